import { counterOf } from './counting-phrases.js';
import type { Speaker, Stance } from '../contracts/claim.js';
import { isWhiteSpace, splitLength } from './chars.js';
import { memoByText } from './memo-by-text.js';
import { stripOpening } from './openings.js';
import { hasSpeakerHead, isAcronymSpelledAsWord, trimOpening, trimQuotes } from './speaker-head.js';
import { parseSpeaker } from './speaker-parse.js';
import { ownerOfRecord } from './record-owners.js';
import { withoutParticiplePhrase } from './participle-phrases.js';
import { stanceOfVerb } from './speech-verbs.js';

/**
 * A speaker phrase cut out of a sentence: cut down to its noun phrase and
 * judged whether it can be a speaker at all ("officials" can, "at least 30
 * people" and "it" cannot), then made into an Attribution.
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
  /** Who passed the speaker's words on ("Yonhap reported, citing the NIS": Yonhap), when not the speaker. */
  relay?: Speaker | null;
}

const NOT_SPEAKERS = /^(?:this|that|there|reports?|the\s+reports|which|who|what|these|those|analysts\s+and)$/i;
/** Phrases that refer back to a speaker (speaker-references.ts): they are resolved, or dropped, where the document is known. */
const REFERRING = /^(?:he|she|they|it|(?:the|its|his|her|their)\s+(?:statement|post|report|message|update|bulletin))$/i;

/** What the social-channel pattern below needs to find, in one scan: without it the pattern cannot match. */
const MAY_NAME_CHANNEL = /telegram|twitter|facebook|social|\sx/i;
const TRAILING_ADVERBS = new Set(['also', 'further', 'later', 'earlier', 'previously', 'again', 'separately', 'reportedly', 'now', 'still', 'initially', 'originally', 'first', 'has', 'have', 'had', 'there', 'here', 'locally']);

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
export function cleanSpeakerText(raw: string): string {
  const trimmed = trimQuotes(raw);
  let text = stripOpening(trimmed.includes(':') ? trimmed.replace(/^[^:]{1,40}:\s+/, '') : trimmed).replace(/^(?:and|but|while|as|also|meanwhile|however|moreover)\s+/i, '');
  text = text.replace(/^(?:recent\s+|new\s+)?(?:footage|video|videos|images|a\s+statement|statements?|a\s+post|posts?|a\s+report|reports|data|figures)\s+(?:from|by|of)\s+/i, '');
  // "according to a review by Human Rights Watch": the maker of a study or a count speaks through it.
  text = text.replace(/^(?:an?\s+|the\s+)?(?:recent\s+|new\s+|latest\s+|separate\s+)?(?:review|investigation|analysis|study|survey|count|tally|audit|inquiry)\s+(?:from|by)\s+/i, '');
  // "a count by Agence France-Presse based on official Israeli figures": what the count rests on is not who made it.
  if (text.includes(' based on ')) text = text.replace(/\s+based\s+on\s.*$/i, '');
  if (MAY_NAME_CHANNEL.test(text)) {
    text = text.replace(/\s+(?:on|via|in)\s+(?:telegram|twitter|x|facebook|social\s+media)\b.*$/i, '');
  }
  if (TRAILING_ADVERBS.has(lastWordAfterSpace(text))) {
    text = text.replace(/(?:\s+(?:also|further|later|earlier|previously|again|separately|reportedly|now|still|initially|originally|first|has|have|had|had\s+also|has\s+also|there|here|locally))+$/i, '');
  }
  if (text.slice(-3).toLowerCase() === 'day') {
    text = text.replace(/\s+(?:on|late\s+on|early\s+on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+day)$/i, '');
  }
  if (text.endsWith(',')) text = text.slice(0, -1);
  if (text.endsWith('.')) text = text.replace(/(?<!\b\p{Lu})\.$/u, '');
  return (counterOf(text) ?? text).trim();
}

/** "accused the coalition of failing …": a verb and its object, the rest of a clause, not a noun phrase. */
const VERB_AND_OBJECT = /^\p{Ll}+ed\s+(?:the|a|an|his|her|its|their|him|them|it)\s/u;

/** The prepositions that open a phrase of place, time or topic: "about the rainy season cutting off Rann" is no speaker, whatever names it holds. */
const OPENING_PREPOSITIONS = 'about|across|after|along|amid|around|before|despite|during|following|for|from|in|inside|into|near|on|outside|over|since|through|throughout|under|with|without';
const PREPOSITIONAL = new RegExp(`^(?:${OPENING_PREPOSITIONS})\\s`, 'i');
const OPENING_PREPOSITION = new RegExp(`^(?:${OPENING_PREPOSITIONS})$`, 'i');

export function isOpeningPreposition(word: string): boolean {
  return OPENING_PREPOSITION.test(word);
}

/** "three people familiar with the matter", "two sources with knowledge of the report": unnamed sources, counted. */
const ANONYMOUS_SOURCES = /^(?:(?:one|two|three|four|five|six|several|some|\d{1,2})\s+)?(?:people|persons|sources|officials|individuals)\s+(?:familiar\s+with|with\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|close\s+to|briefed\s+on|involved\s+in|privy\s+to)\s[^,;:]{2,60}$/i;

/** Words a speaker phrase cannot end with: it was cut short ("the head of"). */
const DANGLING_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'to', 'that']);

function isWordCode(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;
}

/** The run of word characters (`\w`) that ends `text`, lower-cased: what `\b(?:…)$` can match. */
function finalWord(text: string): string {
  let start = text.length;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start).toLowerCase();
}

function span(sentence: string, text: string, from = 0): [number, number] {
  const at = sentence.indexOf(text, from);
  return at < 0 ? [0, 0] : [at, at + text.length];
}

/** The speaker phrase `raw` cut down to its noun phrase, or null when that cannot be a speaker. */
function speakerText(raw: string): string | null {
  const phrase = trimOpening(withoutParticiplePhrase(cleanSpeakerText(raw)));
  // "the ministry's final count": whose record it is speaks.
  const text = ownerOfRecord(phrase)?.owner ?? phrase;
  if (/[:;]/.test(text) || /^(?:some|many|several|most|all)\s/i.test(text) || VERB_AND_OBJECT.test(text) || PREPOSITIONAL.test(text)) return null;
  if (DANGLING_WORDS.has(finalWord(text)) || /^(?:an?|the)\s+(?:man|woman|boy|girl|child|person|suspect)\b/i.test(text)) return null;
  if (ANONYMOUS_SOURCES.test(text)) return text;
  if (text.length < 2 || (NOT_SPEAKERS.test(text) && !isAcronymSpelledAsWord(text)) || splitLength(text) > 16 || /\d|\b(?:at\s+least|dozens|hundreds|thousands|people|soldiers|civilians)\b/i.test(text)) return null;
  // Who can speak: a noun phrase headed by a person, a group or an organisation (speaker-head), or a phrase referring back to one.
  return REFERRING.test(text) || hasSpeakerHead(text) ? text : null;
}

const knownSpeakerText = memoByText(speakerText);

/** The attribution to the speaker phrase `raw` (found in `sentence` from `from` on), or null when it cannot be a speaker. */
export function speakerAttribution(sentence: string, raw: string, verb: string, stance: Stance | null = null, from = 0): Attribution | null {
  const text = knownSpeakerText(raw);
  if (text === null) return null;
  const [start, end] = span(sentence, text, from);
  return { speaker: parseSpeaker(text), start, end, verb, stance: stance ?? stanceOfVerb(verb) };
}
