import type { Speaker, Stance } from '../contracts/claim.js';
import { isWhiteSpace, splitLength } from './chars.js';
import { findSides } from './sides.js';
import { mayBeListed, wordShapes } from './word-shapes.js';

/**
 * Attribution: who makes the claims of a sentence, through which cue verb
 * (which gives the stance) and which channel. Recognises the patterns news
 * uses: "X said", "…, X said on Monday", "…, said X", "according to X",
 * "according to X estimates", "X disclosed on Friday that", "X, via a
 * Telegram post, …, stating that", "X, which confirmed", "footage from X
 * showed", and "he"/a last name referring back to a speaker named earlier.
 */
export interface Attribution {
  speaker: Speaker;
  /** Offsets of the speaker phrase in the sentence. */
  start: number;
  end: number;
  verb: string;
  stance: Stance;
  /** A reporting frame ("X said on Friday that …"): the words after it are X's. */
  frame?: boolean;
}

const ASSERT = 'said|says|say|saying|told|tells|telling|stated|states|stating|disclosed|discloses|disclosing|noted|notes|noting|reported|reports|reporting|announced|announces|announcing|added|adds|adding|wrote|writes|posted|posts|highlighted|warned|warns|explained|insisted|revealed|reveals|showed|shows|published|released|indicated|told\\s+reporters';
const CONFIRM = 'confirmed|confirms|confirm|confirming|verified|verifies';
const ESTIMATE = 'estimated|estimates|estimate|estimating|assessed|assesses|believes|believed';
const ALLEGE = 'alleged|alleges|allege|alleging|claimed|claims|claim|claiming|accused|accuses';
const SPEECH = `${ASSERT}|${CONFIRM}|${ESTIMATE}|${ALLEGE}`;

const CONFIRM_WORD = new RegExp(`^(?:${CONFIRM})$`);
const ESTIMATE_WORD = new RegExp(`^(?:${ESTIMATE})$`);
const ALLEGE_WORD = new RegExp(`^(?:${ALLEGE})$`);

export function stanceOfVerb(verb: string): Stance {
  const v = verb.toLowerCase();
  if (CONFIRM_WORD.test(v)) return 'confirmed';
  if (ESTIMATE_WORD.test(v)) return 'estimated';
  if (ALLEGE_WORD.test(v)) return 'alleged';
  if (/^(?:denied|denies|deny|denying|rejected|dismissed)$/.test(v)) return 'denied';
  return 'asserted';
}

const TITLE = 'President|Prime\\s+Minister|Minister|Foreign\\s+Minister|Defen[cs]e\\s+Minister|spokesperson|spokesman|spokeswoman|Secretary|General|Gen\\.|Lt\\.|Col\\.|Capt\\.|Maj\\.|Colonel|Commander|commander|Chief|chief|head|lawmaker|MP|Senator|Sen\\.|Rep\\.|Governor|Gov\\.|Mayor|Ambassador|envoy|official|adviser|advisor|analyst|director|Director|Admiral|Adm\\.';
const ORG_WORDS = /\b(?:Council|Ministry|ministry|Service|Agency|agency|Forces|forces|Army|army|Police|police|Observatory|Committee|Office|Department|Command|House|Government|government|Kremlin|Pentagon|Intelligence|intelligence|Directorate|Staff|Guard|Corps|Commission|Institute|Organi[sz]ation|Mission|Media|media|TV|Television|Radio|News|news|Press|Agency|Tribune|Times|Post|Authority|authorities|Authorities|military|Military|sources|Sources|officials|Officials|witnesses|Witnesses|group|Group|operations|Operations|Brigade|Battalion|Navy|Party|Front|Network|Monitor|Center|Centre|Bureau|Union|Alliance)\b/;
/** Common nouns that can make a claim on their own ("officials said", "a war monitor reported"). */
const SPEAKER_NOUNS = /\b(?:body|bodies|organi[sz]ation|watchdog|ngo|charity|monitors?|officials?|police|military|army|witness(?:es)?|sources?|authorities|residents|officers?|media|agency|ministry|spokes(?:man|woman|person)|doctors?|medics?|government|monitor|head|chief|commander|department|observers?|group|tv|television|radio|broadcaster|newspaper|outlet|portal|service|council|committee|analysts?|experts?|lawmakers?|governor|mayor|minister|president|statement|rescuers|hospital|coroner|prosecutors?|security\s+forces|forces|troops|rebels|militants|insurgents|activists|survivors|relatives|villagers|eyewitness(?:es)?)\b/i;
const NOT_SPEAKERS = /^(?:it|this|that|there|reports?|the\s+reports?|which|who|what|these|those|analysts\s+and)$/i;

const SOCIAL_CHANNEL_STEMS = ['telegram', 'twitter', 'facebook', 'social'];
const TRAILING_ADVERBS = new Set(['also', 'further', 'later', 'earlier', 'previously', 'again', 'separately', 'reportedly', 'has', 'have', 'had']);

/** The run of ASCII letters that ends `text`, lower-cased, when white space stands before it; else ''. */
function lastWordAfterSpace(text: string): string {
  let start = text.length;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start > 0 && start < text.length && isWhiteSpace(text.charCodeAt(start - 1)) ? text.slice(start).toLowerCase() : '';
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Cuts a speaker phrase down to its noun phrase: no leading adverbials or
 * framing ("Recent footage from"). The patterns anchored at the end are
 * searched from every position, so each runs only when the word it must end
 * with (or hold) is there.
 */
function cleanSpeakerText(raw: string): string {
  const trimmed = raw.trim();
  let text = stripOpening(trimmed.includes(':') ? trimmed.replace(/^[^:]{1,40}:\s+/, '') : trimmed).replace(/^(?:and|but|while|as|also|meanwhile|however|moreover)\s+/i, '');
  text = text.replace(/^(?:recent\s+|new\s+)?(?:footage|video|videos|images|a\s+statement|statements?|a\s+post|posts?|a\s+report|reports|data|figures)\s+(?:from|by|of)\s+/i, '');
  const lower = text.toLowerCase();
  if (SOCIAL_CHANNEL_STEMS.some((stem) => lower.includes(stem)) || /\sx/i.test(text)) {
    text = text.replace(/\s+(?:on|via|in)\s+(?:telegram|twitter|x|facebook|social\s+media)\b.*$/i, '');
  }
  if (TRAILING_ADVERBS.has(lastWordAfterSpace(text))) {
    text = text.replace(/(?:\s+(?:also|further|later|earlier|previously|again|separately|reportedly|has|have|had|had\s+also|has\s+also))+$/i, '');
  }
  if (text.slice(-3).toLowerCase() === 'day') {
    text = text.replace(/\s+(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+day)$/i, '');
  }
  if (text.endsWith(',')) text = text.slice(0, -1);
  if (text.endsWith('.')) text = text.replace(/(?<!\b\p{Lu})\.$/u, '');
  return text.trim();
}

const TITLED_SPEAKER = new RegExp(`^(.*?)\\s*\\b(?:${TITLE})\\s+((?:[\\p{Lu}][\\p{L}'’.-]+\\s*){1,4})$`, 'u');

/** Splits "White House National Security Council spokesperson John Kirby" into organisation and person. */
export function parseSpeaker(text: string): Speaker {
  const titled = TITLED_SPEAKER.exec(text);
  let name: string | null = null;
  let org: string | null = null;
  if (titled) {
    name = (titled[2] ?? '').trim() || null;
    org = cleanOrg(titled[1] ?? '');
  } else if (/^(?:[\p{Lu}][\p{L}'’.-]+)(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}$/u.test(text) && !ORG_WORDS.test(text) && !isSideName(text.replace(/^the\s+/i, '')) && !/^The\s/.test(text)) {
    name = text;
  } else {
    const apposition = /^(.+?),\s+(?:the\s+|a\s+)?(.+)$/.exec(text);
    if (apposition && /^[\p{Lu}]/u.test(apposition[1] ?? '') && !ORG_WORDS.test(apposition[1] ?? '')) {
      name = apposition[1] ?? null;
      org = cleanOrg(apposition[2] ?? '');
    } else {
      org = cleanOrg(text);
    }
  }
  return { text, name, org, country: countryOfSpeaker(text) };
}

function isSideName(text: string): boolean {
  const sides = findSides(text);
  return sides.length > 0 && sides[0]?.start === 0 && sides[0].end === text.length;
}

function cleanOrg(text: string): string | null {
  const trimmed = text.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '').trim();
  return trimmed === '' ? null : trimmed;
}

const KNOWN_SPEAKER_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/White\s+House|Pentagon|State\s+Department|Washington|\bU\.S\.|\bUS\b|United\s+States|Kirby|Austin|Blinken|Biden/, 'US'],
  [/Kremlin|Moscow|Peskov|Putin|Lavrov|Shoigu/, 'RU'],
  [/Kyiv|Kiev|Zelensk|HUR|SBU|General\s+Staff|Syrskyi|Budanov/, 'UA'],
  [/Seoul|NIS|National\s+Intelligence\s+Service|Yoon|Lee\s+Seong-kweun|JCS/, 'KR'],
  [/Pyongyang|KCNA|Kim\s+Jong/, 'KP'],
  [/British|Britain|UK\s+Ministry|London/, 'GB'],
];

/** Any of KNOWN_SPEAKER_COUNTRIES: most speakers name none, and one test rules them all out. */
const ANY_KNOWN_SPEAKER = new RegExp(KNOWN_SPEAKER_COUNTRIES.map(([pattern]) => pattern.source).join('|'));

function countryOfSpeaker(text: string): string | null {
  if (ANY_KNOWN_SPEAKER.test(text)) for (const [pattern, country] of KNOWN_SPEAKER_COUNTRIES) if (pattern.test(text)) return country;
  return findSides(text).find((side) => side.country !== null)?.country ?? null;
}

const INVERTED = new RegExp(`,\\s*(${ASSERT}|${CONFIRM})\\s+([^,]{2,120}?)\\s*[.!]?$`, 'iu');
const ACCORDING = /according\s+to\s+([^,;]{2,120}?)(?:\s*[,;.]|$)/iu;
const WHICH = new RegExp(`(?:by\\s+)?([\\p{Lu}][^,]{2,120}),\\s+which\\s+(${SPEECH})`, 'u');

function span(sentence: string, text: string, from = 0): [number, number] {
  const at = sentence.indexOf(text, from);
  return at < 0 ? [0, 0] : [at, at + text.length];
}

function attribution(sentence: string, raw: string, verb: string, stance: Stance | null = null, from = 0): Attribution | null {
  const text = cleanSpeakerText(raw);
  if (/[:;]/.test(text) || /^(?:some|many|several|most|all)\s/i.test(text)) return null;
  if (/\b(?:a|an|the|of|and|to|that)$/i.test(text) || /^(?:an?|the)\s+(?:man|woman|boy|girl|child|person|suspect)\b/i.test(text)) return null;
  if (text.length < 2 || NOT_SPEAKERS.test(text) || splitLength(text) > 16 || /\d|\b(?:at\s+least|dozens|hundreds|thousands|people|soldiers|civilians)\b/i.test(text)) return null;
  if (!/[\p{Lu}]/u.test(text) && !SPEAKER_NOUNS.test(text) && !/^(?:he|she|they)$/i.test(text)) return null;
  const [start, end] = span(sentence, text, from);
  return { speaker: parseSpeaker(text), start, end, verb, stance: stance ?? stanceOfVerb(verb) };
}

/** The attribution of a sentence, or null when it names no speaker. */
export function findAttribution(sentence: string): Attribution | null {
  // A reporting frame at the start ("X said on Thursday that …", "X has claimed …") names the source of the
  // claim even when an outlet or a relay is named at the end ("…, the Interfax news agency reported").
  const candidate = leadingAttribution(sentence);
  if (candidate && (candidate.frame || CLAIMED_KILLING.test(sentence))) {
    const framed = parseLeading(sentence, candidate);
    if (framed) return framed;
  }
  const lower = sentence.toLowerCase();
  const according = lower.includes('according') ? ACCORDING.exec(sentence) : null;
  if (according) {
    const raw = according[1] ?? '';
    const estimates = /\s+(?:estimates?|figures|data|assessments?|count|tally|calculations)$/i.exec(raw);
    const found = attribution(sentence, estimates ? raw.slice(0, estimates.index) : raw, estimates ? 'estimates' : 'according to', estimates ? 'estimated' : 'asserted', according.index);
    if (found) return found;
  }
  const which = lower.includes(', which') ? WHICH.exec(sentence) : null;
  if (which) {
    const found = attribution(sentence, (which[1] ?? '').replace(/^.*\bby\s+/i, ''), which[2] ?? 'said', null, which.index);
    if (found) return found;
  }
  // "…, said the Syrian Observatory": only the last comma can start it.
  const lastComma = sentence.lastIndexOf(',');
  const inverted = lastComma >= 0 && VERB_FIRST.test(sentence.slice(lastComma + 1)) ? INVERTED.exec(sentence.slice(lastComma)) : null;
  if (inverted && !/^(?:on|in|at|by|last|this|late|early|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(inverted[2] ?? '')) {
    const found = attribution(sentence, inverted[2] ?? '', inverted[1] ?? 'said', null, lastComma + inverted.index);
    if (found) return found;
  }
  return trailingAttribution(sentence) ?? parseLeading(sentence, candidate) ?? headlineAttribution(sentence);
}

/** A claim of responsibility for the killing itself, not for an attack whose toll someone else reports. */
const CLAIMED_KILLING = /\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the\s+)?(?:killing|murder|deaths?|execution|kidnapping|abduction|capture|beheading)\b/i;

/**
 * "the group's Amaq news agency said on Friday": the first word of speech in
 * a comma-free segment that has a subject of 2 to 140 characters before it
 * and at most 60 characters after it.
 */
function speechInSegment(text: string): { subject: string; verb: string } | null {
  SPEECH_WORD.lastIndex = 0;
  for (let m = SPEECH_WORD.exec(text); m; m = SPEECH_WORD.exec(text)) {
    const at = m.index;
    const after = text.length - (at + m[0].length);
    if (after > 60) continue;
    if (at === 0 || !/\s/.test(text[at - 1] as string)) continue;
    const subject = text.slice(0, at).trim();
    if (subject.length < 2 || subject.length > 140 || /[—–]/.test(subject)) continue;
    return { subject, verb: m[0] };
  }
  return null;
}

/**
 * "…, officials said on Monday", also when a clause follows the attribution
 * ("…, security sources told AFP Monday, days before the elections", "…, the
 * broadcaster reported, citing a doctor"): the last three comma-separated
 * segments are tried, from the end.
 */
function trailingAttribution(sentence: string): Attribution | null {
  const body = sentence.replace(/[.!]\s*$/, '');
  const commas: number[] = [];
  for (let i = body.indexOf(','); i >= 0; i = body.indexOf(',', i + 1)) commas.push(i);
  const bounds = [-1, ...commas, body.length];
  const segments = bounds.slice(0, -1).map((start, i) => ({ start: start + 1, text: body.slice(start + 1, bounds[i + 1]) }));
  for (let k = segments.length - 1; k >= Math.max(0, segments.length - 3); k--) {
    const segment = segments[k] as { start: number; text: string };
    if (!hasSpeechWord(segment.text)) continue;
    const verbFirst = VERB_FIRST.exec(segment.text);
    if (verbFirst) {
      // "…, Ukraine's military intelligence agency, known as HUR, said on Monday" / "Lee, who sits on …, told reporters that"
      const subject = segments.slice(0, k).reverse().find((s) => !APPOSITION.test(s.text));
      const nounPhrase = subject !== undefined && !subject.text.trim().split(/\s+/).some((w) => VERB_LIKE.test(w));
      if (subject && nounPhrase && k - segments.indexOf(subject) <= 3) {
        const found = attribution(sentence, subject.text, verbFirst[1] ?? 'said', null, subject.start);
        if (found) return found;
      }
      continue;
    }
    const match = speechInSegment(segment.text);
    if (match && !SPEECH_INSIDE.test(match.subject)) {
      const found = attribution(sentence, match.subject, match.verb, null, segment.start);
      if (found) return found;
    }
  }
  return null;
}

/** A cheap test before the segment patterns: does any word of the segment say something was said? */
function hasSpeechWord(text: string): boolean {
  SPEECH_WORD.lastIndex = 0;
  return SPEECH_WORD.test(text);
}

const VERB_FIRST = new RegExp(`^\\s*(?:also\\s+|later\\s+|further\\s+)?(${SPEECH})\\b`, 'iu');
const APPOSITION = /^\s*(?:known\s+as|also\s+known|also\s+called|who|which|whose|a|an|the\s+(?:former|head|chief|country's)|citing|quoting|according|in\s+a|on\s+\w+day|via|through|on\s+(?:telegram|twitter|x|facebook)|after|speaking|writing)\b/i;
const SPEECH_INSIDE = new RegExp(`\\b(?:${ASSERT}|that)\\b`, 'i');

/** "HUR: at least 30 …", "White House: over 1,000 …", "NIS to lawmakers: about 300 …": the speaker-colon headline of posts and wires. */
function headlineAttribution(sentence: string): Attribution | null {
  const colon = sentence.indexOf(':');
  if (colon < 0 || colon > 90) return null;
  const match = /^([\p{Lu}][\p{L}'’.\s-]{1,60}?)(?:\s+(?:to|in|at)\s+[\p{L}\s]{1,25})?:\s+\S/u.exec(sentence);
  if (!match) return null;
  const text = (match[1] ?? '').trim();
  if (/^(?:note|update|updated|breaking|analysis|photo|photos|video|watch|read|live|opinion|editor's\s+note|correction|background|context|related|more|source|sources|headline|summary|q|a)$/i.test(text)) return null;
  if (splitLength(text) > 6 || /\d/.test(text) || text === text.toUpperCase()) return null;
  return attribution(sentence, text, 'said', 'asserted', 0);
}

const SPEECH_WORDS = new Set(SPEECH.split('|').filter((w) => !w.includes('\\')));
/** A word of speech: a whole run of ASCII letters that, lower-cased, is one of SPEECH_WORDS. */
const SPEECH_WORD = new RegExp(`(?<![A-Za-z])(?:${[...SPEECH_WORDS].join('|')})(?![A-Za-z])`, 'gi');
const PARTICIPLES = new Set(['stating', 'saying', 'noting', 'adding', 'claiming', 'confirming', 'alleging', 'estimating', 'writing', 'disclosing', 'announcing', 'reporting']);
const AUXILIARY = /^(?:has|have|had|also|further|later|then|again|separately|reportedly|previously|earlier|recently|on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/i;
const VERB_LIKE = /^(?:is|are|was|were|will|would|can|could|did|does|do|may|might|should|must|be|been|being|[a-z]+ed|came|comes|went|goes|took|takes|made|makes|gave|gives|got|gets|saw|sees|put|puts|left|began|fell|rose|ran|held|holds|brought|found|kept|lost|met|sent|became|remains|seems|appears)$/;
const FRAMING = /^(?:recent\s+|new\s+)?(?:footage|video|videos|images|a\s+statement|a\s+post|a\s+report|data)\s+(?:from|by|of)\s+/i;

const DATELINE = /^[\p{Lu}]{3,}[\p{Lu}\s,.'’-]*(?:,\s*\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*/u;
const ADVERBIAL = /^(?:(?:(?:separately|meanwhile|later|earlier|also|however|moreover|still|now|then|despite|after|amid|amidst|following|with|as|while|in|on|at)\b[^,]{0,60},\s*)|(?:(?:separately\s+|later\s+|early\s+|late\s+)?(?:on|in|at|by)\s+(?:(?:the\s+end|the\s+start|the\s+beginning)\s+of\s+)?(?:late\s+|early\s+|mid-?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?\s+))+/iu;

/** Datelines ("KYIV —", "SEOUL, Dec 23 (Wire) -") and opening adverbials ("Separately on Friday,", "In December") before a subject. */
function stripOpening(sentence: string): string {
  return sentence.replace(DATELINE, '').replace(ADVERBIAL, '');
}

/** "X said …", "X has claimed …", "X disclosed on Friday that …", "X, via a Telegram post, highlighted …", "X suggested …, noting that …". */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
const DENIALS = new Set(['denied', 'denies', 'deny', 'dismissed', 'rejected']);
/** The words the leading scan stops at: speech, its participles and denials. */
const LEADING_WORD_SHAPES = wordShapes([...SPEECH_WORDS, ...PARTICIPLES, ...DENIALS]);

/** The first words of a text, as offsets: word k is text.slice(starts[k], ends[k]). */
interface Words {
  starts: number[];
  ends: number[];
}

const OTHER_SPACE = /[\t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/**
 * The first words of a text, at most `limit`, within its first limit * 24 characters. Words are nearly
 * always separated by one space: they are split on spaces alone unless other white space is there.
 */
function firstWords(text: string, limit: number): Words {
  const length = Math.min(text.length, limit * 24);
  const anySpace = OTHER_SPACE.test(text.slice(0, length));
  const isSeparator = (code: number) => (anySpace ? isWhiteSpace(code) : code === 32);
  const words: Words = { starts: [], ends: [] };
  let i = 0;
  while (words.starts.length < limit) {
    while (i < length && isSeparator(text.charCodeAt(i))) i++;
    if (i === length) break;
    words.starts.push(i);
    while (i < length && !isSeparator(text.charCodeAt(i))) i++;
    words.ends.push(i);
  }
  return words;
}

/** Words from..to (exclusive) of `words` as strings. */
function wordTexts(text: string, words: Words, from: number, to: number): string[] {
  const texts: string[] = [];
  for (let k = from; k < Math.min(to, words.starts.length); k++) texts.push(text.slice(words.starts[k], words.ends[k]));
  return texts;
}

/** Whether the character is one of , . ; : */
function isClausePunctuation(code: number): boolean {
  return code === 44 || code === 46 || code === 59 || code === 58;
}

function leadingAttribution(sentence: string): LeadingCandidate | null {
  const stripped = stripOpening(sentence);
  const offset = sentence.length - stripped.length;
  const words = firstWords(stripped, 24);
  const { starts, ends } = words;
  let commas = 0;
  for (let i = 1; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = ends[i] as number;
    const previousEnd = ends[i - 1] as number;
    // The word without one trailing , . ; or :
    const wordEnd = isClausePunctuation(stripped.charCodeAt(end - 1)) ? end - 1 : end;
    if (!mayBeListed(LEADING_WORD_SHAPES, stripped, start, wordEnd)) {
      if (stripped.charCodeAt(previousEnd - 1) === 44) commas++;
      continue;
    }
    const word = stripped.slice(start, wordEnd);
    const first = word.charCodeAt(0);
    // Lower-case words are the common case: only capitalised ones need lowering for the set lookups.
    const lower = first >= 65 && first <= 90 ? word.toLowerCase() : word;
    const speech = PARTICIPLES.has(lower) || SPEECH_WORDS.has(lower);
    if (speech) {
      const previous = stripped.slice(starts[i - 1], previousEnd);
      const next = i + 1 < starts.length ? stripped.slice(starts[i + 1], ends[i + 1]) : '';
      if (DETERMINERS.has(previous.toLowerCase()) || (lower === 'accused' && /^of\b/i.test(next))) continue;
      const before = wordTexts(stripped, words, 0, i);
      if (PARTICIPLES.has(lower)) return leadingSubject(before, word, offset);
      // Only the main clause's verb: the subject may carry one parenthetical (", via a Telegram post,"), no more.
      const plain = commas === 0 ? before : before.slice(0, before.findIndex((w) => w.endsWith(',')) + 1);
      if (commas > 2 || plain.some((w, k) => k > 0 && VERB_LIKE.test(w.replace(/,$/, '')))) return null;
      const found = leadingSubject(before, word, offset);
      const after = wordTexts(stripped, words, i + 1, i + 7).join(' ');
      return found ? { ...found, frame: /^(?:[^,.;]{0,40}?\s)?that\b|^[^,.;]{0,30}:/i.test(after) } : null;
    }
    if (stripped.charCodeAt(previousEnd - 1) === 44) commas++;
    if (DENIALS.has(lower)) return null;
  }
  return null;
}

/** A leading speaker found but not yet parsed: parsing is left until it is chosen. */
interface LeadingCandidate {
  text: string;
  verb: string;
  stance: Stance;
  offset: number;
  frame: boolean;
}

function leadingSubject(words: string[], verb: string, offset: number): LeadingCandidate | null {
  let subject = words;
  while (subject.length > 0 && AUXILIARY.test((subject[subject.length - 1] ?? '').replace(/,$/, ''))) subject = subject.slice(0, -1);
  const comma = subject.findIndex((w) => w.endsWith(','));
  if (comma >= 0) subject = subject.slice(0, comma + 1);
  // The subject ends at its first verb ("Kirby suggested a lower figure, noting that" → "Kirby").
  const verbAt = subject.findIndex((w, i) => i > 0 && VERB_LIKE.test(w.replace(/,$/, '')) && !/^(?:United|Armed|Allied)$/.test(w));
  if (verbAt > 0) subject = subject.slice(0, verbAt);
  const text = subject.join(' ').replace(/,$/, '').replace(FRAMING, '');
  if (subject.length === 0 || subject.length > 14) return null;
  const base = PARTICIPLES.has(verb.toLowerCase()) ? verb.replace(/ing$/, 'ed') : verb;
  return { text, verb, stance: stanceOfVerb(base === 'claimed' || base === 'alleged' || base === 'confirmed' || base === 'estimated' ? base : verb), offset, frame: false };
}

function parseLeading(sentence: string, candidate: LeadingCandidate | null): Attribution | null {
  if (!candidate) return null;
  const found = attribution(sentence, candidate.text, candidate.verb, candidate.stance, candidate.offset);
  return found ? { ...found, frame: candidate.frame } : null;
}

/** Every channel word of findVia but "x" holds one of these; "x" follows white space. */
const CHANNEL_STEMS = ['telegram', 'twitter', 'facebook', 'instagram', 'youtube', 'truth', 'briefing', 'conference', 'statement', 'interview', 'address'];

function mayNameChannel(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return CHANNEL_STEMS.some((stem) => lower.includes(stem)) || /\sx/i.test(sentence);
}

/** The channel a claim came through, when the sentence says. */
export function findVia(sentence: string): string | null {
  if (!mayNameChannel(sentence)) return null;
  const match = /\b(?:via|on|in|through)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:official\s+)?(telegram|twitter|x|facebook|instagram|youtube|truth\s+social|briefing|press\s+briefing|press\s+conference|news\s+conference|statement|interview|televised\s+address|video\s+address|evening\s+address|address)\b/i.exec(sentence);
  if (!match) return null;
  const channel = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (channel === 'x') return /\bon\s+X\b/.test(sentence) ? 'x' : null;
  if (/briefing/.test(channel)) return 'briefing';
  if (/conference/.test(channel)) return 'press conference';
  if (/address/.test(channel)) return 'address';
  return channel;
}

/** Every stance word of localStance holds one of these: most claims have none before them. */
const STANCE_STEMS = ['claim', 'alleg', 'confirm', 'verified', 'estimat'];

/** A stance word right before a claim overrides the sentence's verb ("with claims of killing 77", "confirmed the death of"). */
export function localStance(before: string): Stance | null {
  const tail = before.slice(-60).toLowerCase();
  if (!STANCE_STEMS.some((stem) => tail.includes(stem))) return null;
  if (/\b(?:claims?|claimed|claiming|alleged|allegedly|alleging)\b(?:\s+(?:of|responsibility\s+for|that|to\s+have))?[^.;]{0,25}$/.test(tail)) return 'alleged';
  if (/\b(?:confirmed|confirms|confirming|verified)\b[^.;]{0,25}$/.test(tail)) return 'confirmed';
  if (/\b(?:estimated|estimates|estimating)\b[^.;]{0,15}$/.test(tail)) return 'estimated';
  return null;
}

const TITLED_NAME = new RegExp(`((?:[\\p{Lu}][\\p{L}'’.-]+\\s+){0,6}(?:${TITLE})\\s+(?:[\\p{Lu}][\\p{L}'’.-]+(?:\\s+|$)){2,3})`, 'gu');
const TITLE_HINT = /\b(?:spokes|President|Minister|Secretary|General|Gen\.|Colonel|[Cc]ommander|[Cc]hief|lawmaker|Senator|Governor|Mayor|Ambassador|envoy|official|adviser|[Dd]irector|Admiral)/;

/**
 * People named with a title anywhere in a sentence ("White House spokesperson
 * John Kirby briefed reporters"), so that a later "Kirby said" or "he said"
 * can be resolved even when the first mention makes no claim.
 */
export function titledPeople(sentence: string): Speaker[] {
  if (!TITLE_HINT.test(sentence)) return [];
  const people: Speaker[] = [];
  TITLED_NAME.lastIndex = 0;
  for (let m = TITLED_NAME.exec(sentence); m; m = TITLED_NAME.exec(sentence)) {
    const text = cleanSpeakerText(stripOpening(m[1] ?? ''));
    const speaker = parseSpeaker(text);
    if (speaker.name?.includes(' ')) people.push(speaker);
  }
  return people;
}
