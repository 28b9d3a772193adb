import type { Speaker } from '../contracts/claim.js';
import type { CanonicalSpeaker } from './speakers.js';
import { normaliseName } from './speakers.js';
import { isNonState, NON_STATE_NOUN } from '../extract/speaker-references.js';

/**
 * Speakers named only by their kind ("the agency", "the ministry",
 * "officials", "he"): each is resolved to the one organisation its document
 * quotes, when it can be that organisation.
 */

/** "the rights group", "the charity", "the watchdog": a group of people outside the state, never a ministry or an army. */
const NON_STATE = new RegExp(String.raw`^${NON_STATE_NOUN}$`);
/** Words that name a speaker only by its kind: resolved to the one organisation the document quotes. */
export const GENERIC = new RegExp(
  String.raw`^(?:agency|ministry|service|office|press (?:service|office)|officials?|authorities|military|army|government|spokes(?:man|woman|person)|statement|report|sources?|he|she|they|it|${NON_STATE_NOUN})$`,
);

/** "his spokesman", "her office", "its press service": a role of someone named before, known only by the pronoun. */
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)\s+/;

/** The noun a generic speaker is named by: "the agency" → "agency", "his spokesman" → "spokesman". */
function genericNoun(speaker: Speaker): string {
  return normaliseName(speaker.name ?? speaker.org ?? speaker.text).replace(POSSESSIVE_PRONOUN, '');
}

export function isGeneric(speaker: Speaker): boolean {
  return GENERIC.test(genericNoun(speaker));
}

/** Generic words that name a kind of body: "the army" is the document's one speaker only when that speaker is an army. */
const KIND_OF_BODY = /^(?:ministry|service|office|military|army|government)$/;

/** Whether a generic speaker ("the army", "the agency", "officials") can be `speaker`, the one its document quotes. */
export function refersTo(generic: Speaker, speaker: CanonicalSpeaker): boolean {
  const noun = genericNoun(generic);
  if (NON_STATE.test(noun)) return speaker.isOrg && isNonState(speaker.label);
  return !KIND_OF_BODY.test(noun) || normaliseName(speaker.label).split(' ').includes(noun);
}

/** A body's kind in the words of its name: "Agence France-Presse" is an agency, as "agencia", "agenzia" and "Agentur" are. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  agency: /\b(?:agency|agence|agencia|agenzia|agentur|agentstvo)\b/,
  ministry: /\bministry\b/,
  army: /\barmy\b/,
  military: /\bmilitary\b/,
  government: /\bgovernment\b/,
  office: /\boffice\b/,
  service: /\bservice\b/,
};

/**
 * "The dead included 695 Israeli civilians, …, the agency said", in a story
 * that quotes Agence France-Presse, Israel's government and Gaza's health
 * ministry: a generic noun naming a kind of body is the one organisation of
 * the document of that kind, when exactly one is; otherwise no one.
 */
export function onlyOfItsKind(generic: Speaker, organisations: readonly CanonicalSpeaker[]): CanonicalSpeaker | undefined {
  const kind = KIND_WORDS[genericNoun(generic)];
  if (!kind) return undefined;
  const ofKind = organisations.filter((org) => kind.test(normaliseName(org.label)));
  return ofKind.length === 1 ? ofKind[0] : undefined;
}
