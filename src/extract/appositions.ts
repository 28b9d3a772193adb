import { hasSpeakerHead } from './speaker-head.js';

/**
 * A person and their role side by side between commas: "Jan Egeland, the
 * head of the Norwegian Refugee Council," and "the head of Russia's
 * Investigative Committee, Alexander Bastrykin,". Together they are one
 * speaker: the name from one part, the organisation from the other.
 */
const PERSON_NAME = /^(?:(?:Gen\.|General|Lt\.|Lieutenant|Col\.|Colonel|Dr\.|Mr\.|Mrs\.|Ms\.|Maj\.|Major|Capt\.|Captain|Adm\.|Admiral|Sgt\.|Sen\.|Rep\.|Gov\.)\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|de|da|di|van|von|der|la|le|du|dos|das)[\s-])?\p{Lu}[\p{L}\p{M}'’.-]+){0,3}$/u;
/** A role: a determiner, no number, no finite verb ("the chairman of the Joint Chiefs of Staff", "a doctor at the hospital"). */
const ROLE = /^(?:the|a|an|its|their)\s+[^\d]{2,100}$/i;
const FINITE = /\s(?:is|are|was|were|has|have|had|will|would|said|says|told)\s/i;

export function isPersonName(text: string): boolean {
  return PERSON_NAME.test(text.trim());
}

/** A role with no determiner, ending on its title: "Battlegroup Tsentr spokesman", "Kherson regional governor". */
/** Titles a role names its holder by. */
const TITLES = 'spokes(?:man|woman|person)|commander|minister|governor|mayor|chief|director|secretary|ambassador|envoy|prosecutor|chairman|chairwoman|chairperson|chair|president|leader|commissioner|administrator|coordinator';
const TITLE_LAST = new RegExp(`^[^\\d,]{2,80}\\s(?:${TITLES})$`, 'i');

/** A role with no determiner, opening on its title: "spokesman for the health ministry", "head of the regional military administration". */
const TITLE_FIRST =
  new RegExp(`^(?:(?:chief|senior|deputy|acting|main|press|military|vice)[\\s-]+)?(?:${TITLES}|head|advis[eo]r|representative)\\s+(?:for|of|at|to|in)\\s+[^\\d,]{2,80}$`, 'i');

export function isRole(text: string): boolean {
  const trimmed = text.trim();
  return (ROLE.test(trimmed) || TITLE_LAST.test(trimmed) || TITLE_FIRST.test(trimmed)) && !FINITE.test(` ${trimmed} `) && trimmed.split(/\s+/).length <= 14 && hasSpeakerHead(trimmed);
}

/** Whether two comma-separated parts, in this order, are a person and their role (either way round). */
export function isPersonAndRole(first: string, second: string): boolean {
  return (isPersonName(first) && isRole(second)) || (isRole(first) && isPersonName(second));
}
