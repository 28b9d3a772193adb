import { findPlaces } from './places.js';

/**
 * Speaker phrases that refer back to a speaker named earlier rather than name
 * one: a pronoun ("it said", "he added"), the statement itself ("the
 * statement said", "the post added", "according to the report") and a bare
 * office noun ("the ministry said" after "Russia's defence ministry said").
 */
export type Reference =
  /** "he", "she", "the spokesman": a person named earlier. */
  | { kind: 'person' }
  /** "they": an organisation named earlier. */
  | { kind: 'group' }
  /** "it": the organisation that spoke just before. */
  | { kind: 'it' }
  /** "the statement", "the post", "the report": whoever made it, just before. */
  | { kind: 'statement' }
  /** "the ministry", "the agency": the latest speaker whose organisation is one. */
  | { kind: 'office'; noun: string }
  /** "the rights group", "the charity", "the aid organisation": the latest organisation outside the state. */
  | { kind: 'non-state' };

const PERSON = /^(?:he|she|the\s+(?:spokesman|spokeswoman|spokesperson|official|minister|president))$/i;
const STATEMENT = /^(?:the|that|this|its|his|her|their)\s+(?:statement|post|report|message|communiqu[eé]|update|bulletin|release|briefing|video|letter|document|note|summary|post\s+on\s+\w+)$/i;
/** "rights group", "medical charity", "watchdog": a group outside the state named by its kind. */
export const NON_STATE_NOUN = String.raw`(?:(?:(?:human\s+)?rights|aid|relief|humanitarian|medical|monitoring|advocacy|campaign)\s+(?:group|organi[sz]ation|body|ngo|charity|watchdog)|charity|ngo|watchdog)`;
const NON_STATE = new RegExp(String.raw`^the\s+${NON_STATE_NOUN}$`, 'i');
/** "the New York-based group", "the London-based monitor": a group named by where it is based stands outside the state. */
const BASED_GROUP = /^the\s+(?:[\p{L}.'’-]+\s+){0,2}?[\p{L}.'’]+-based\s+(?:(?:rights|monitoring|advocacy|war|watchdog|aid|medical)\s+)?(?:group|organi[sz]ation|monitor|watchdog|charity|ngo)$/iu;
const OFFICE = /^the\s+(ministry|agency|committee|army|military|group|council|service|office|command|department|government|police|guard|observatory|monitor|organi[sz]ation|mission|authority|administration|directorate|general\s+staff|spy\s+agency|news\s+agency|broadcaster|newspaper|channel|hospital|watchdog|regiment|brigade|unit|forces|militia|movement)$/i;

/** The words every referring phrase above starts with: most speaker phrases start with another and need none of the patterns. */
const REFERRING_FIRST_WORDS = new Set(['he', 'she', 'the', 'they', 'it', 'that', 'this', 'its', 'his', 'her', 'their']);

/** The run of ASCII letters a text starts with, lower-cased. */
function leadingLetters(text: string): string {
  let end = 0;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return text.slice(0, end).toLowerCase();
}

function isAsciiLetter(code: number): boolean {
  const folded = code | 32;
  return folded >= 97 && folded <= 122;
}

/** What a speaker phrase refers back to, or null when it names its speaker itself. */
export function referenceOf(text: string): Reference | null {
  const trimmed = text.replace(/^[\s"“”'‘’«»]+/, '').trim();
  if (trimmed.length > 40 || !REFERRING_FIRST_WORDS.has(leadingLetters(trimmed))) return null;
  if (PERSON.test(trimmed)) return { kind: 'person' };
  if (/^they$/i.test(trimmed)) return { kind: 'group' };
  if (/^it$/i.test(trimmed)) return { kind: 'it' };
  if (STATEMENT.test(trimmed)) return { kind: 'statement' };
  if (NON_STATE.test(trimmed) || BASED_GROUP.test(trimmed)) return { kind: 'non-state' };
  const office = OFFICE.exec(trimmed);
  return office ? { kind: 'office', noun: (office[1] ?? '').toLowerCase().replace(/\s+/g, ' ') } : null;
}

/**
 * Whether `org` (of a speaker named earlier) is one of the offices `noun`
 * names, as its head: "Russia's defence ministry" or "Ministry of Health" for
 * "ministry"; not "the military government" for "military", nor "the ministry
 * did not" or "X and the army".
 */
export function isOfficeOf(org: string, noun: string): boolean {
  const lower = org.replace(/^[^\p{L}]+/u, '').replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
  if (lower.length <= noun.length) return false;
  const headed = lower.startsWith(`${noun} of `) || (lower.endsWith(noun) && /[\s'’-]/.test(lower[lower.length - noun.length - 1] as string));
  // Most organisations are not headed by the noun: the clause test is left until one is.
  return headed && !/\s(?:and|or|did|does|do|has|have|had|is|was|were|will|would)\s/.test(` ${lower} `);
}

const STATE_BODY = /\b(?:ministry|government|army|military|armed|forces|police|president|presidential|governor|kremlin|white\s+house|pentagon|defen[cs]e|general\s+staff|command|prosecutor|(?:city|town|municipal|regional|village|district|security)\s+council|administration|parliament|embassy|mission\s+to)\b/i;

/** Whether `org` (of a speaker named earlier) is an organisation outside the state: "Amnesty International", not "Russia's defence ministry". */
export function isNonState(org: string): boolean {
  return !STATE_BODY.test(org);
}

const NAME_WORDS = String.raw`(?:of|for|on|and|the|police|ministry|army|military|government|forces|agency|office|authorities|health|defen[cs]e|interior|\p{Lu}[\p{L}'’.-]*)`;
const OWNED_BY = new RegExp(String.raw`\b(?:report|statement|post|communiqu[eé]|bulletin|assessment|update)\s+(?:by|from|of)\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORDS}){0,8})`, 'u');
/** The nouns every pattern below needs, as nouns ("report", not "reported"). */
const STATEMENT_NOUN = /\b(?:(?:reports?|statements?|posts?|bulletins?|assessments?|updates?)\b|communiqu)/i;
/** The verbs RELEASED_BY needs: most sentences have none, and its pattern can start at any capital. */
const RELEASING = /\b(?:released|issued|published|put\s+out)\s/;
/** "The Gaza health ministry has released its latest report": who puts out a statement is its owner. */
const RELEASED_BY = new RegExp(
  String.raw`((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORDS}){0,6})\s+(?:has\s+|have\s+|had\s+)?(?:released|issued|published|put\s+out)\s+(?:its|their|a|an)\s+(?:(?:latest|new|daily|weekly|monthly|annual|updated|first|final|own)\s+)*(?:report|statement|communiqu[eé]|bulletin|assessment|update)\b`,
  'u',
);
const OWNER_S = /((?:\p{Lu}[\p{L}.-]*\s+){0,5}\p{Lu}[\p{L}.-]*)['’]s\s+(?:(?:latest|new|annual|daily|weekly|monthly|first|final|own)\s+)?(?:report|statement|post|communiqu[eé]|bulletin|assessment|update)\b/u;

/**
 * The organisation whose report or statement a sentence names ("a report by
 * Human Rights Watch", "the UN's latest report"): what a following "it" or
 * "the report" refers to when the sentence names no speaker.
 */
export function statementOwner(sentence: string): string | null {
  if (!STATEMENT_NOUN.test(sentence)) return null;
  const released = RELEASING.test(sentence) ? RELEASED_BY.exec(sentence)?.[1] : undefined;
  const owner = (OWNED_BY.exec(sentence)?.[1] ?? OWNER_S.exec(sentence)?.[1] ?? released ?? '').replace(/\s+(?:of|for|on|and|the)$/i, '').trim();
  const bare = owner.replace(/^the\s+/i, '');
  // "an update from Kharkiv": where it came from, not who made it.
  return bare.length >= 2 && !findPlaces(bare).some((p) => p.start === 0 && p.end === bare.length) ? owner : null;
}

/**
 * The name an organisation was given earlier in the same sentence, before
 * "the charity" or "the ministry" refers to it: "a hospital backed by the
 * medical charity Médecins Sans Frontières …, the charity said", "the
 * interior ministry of Somalia … the ministry said" gives nothing (no name
 * after the noun). Null when the sentence names none, or more than one.
 */
export function namedBeforeIn(sentence: string, reference: string): string | null {
  const noun = reference.trim().replace(/^the\s+/i, '').split(/\s+/).pop();
  if (!noun || !sentence) return null;
  const at = sentence.indexOf(reference.trim());
  const before = at > 0 ? sentence.slice(0, at) : '';
  const pattern = new RegExp(String.raw`\bthe\s+(?:[\p{L}-]+\s+){0,2}${noun}\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|for|de|du|des|and)\s+)*\p{Lu}[\p{L}'’.-]*){0,5})`, 'gu');
  const names = [...before.matchAll(pattern)].map((m) => m[1] as string);
  return names.length === 1 ? (names[0] as string) : null;
}
