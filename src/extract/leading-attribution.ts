import { endsWithPlaceNoun, mayBePlaceName } from './place-appositions.js';
import type { Stance } from '../contracts/claim.js';
import { isPersonAndRole } from './appositions.js';
import { isWhiteSpace } from './chars.js';
import { type Attribution, isOpeningPreposition, speakerAttribution } from './speaker-phrase.js';
import { DENIALS, PARTICIPLES, SPEECH_WORDS, VERB_LIKE, stanceOfVerb } from './speech-verbs.js';
import { mayBeListed, wordShapes } from './word-shapes.js';
import { isFollowedByAgent } from './participle-phrases.js';

/**
 * Attribution at the start of a sentence: "X said …", "X has claimed …",
 * "X disclosed on Friday that …", "X, via a Telegram post, highlighted …",
 * "X suggested …, noting that …".
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
/** The words the leading scan stops at: speech, its participles and denials. */
const LEADING_WORD_SHAPES = wordShapes([...SPEECH_WORDS, ...PARTICIPLES, ...DENIALS]);
const AUXILIARY = /^(?:can|could|will|would|may|might|must|should|shall|has|have|had|also|further|later|then|again|separately|reportedly|previously|earlier|recently|now|still|initially|originally|first|on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/i;
const FRAMING = /^(?:recent\s+|new\s+)?(?:footage|video|videos|images|a\s+statement|a\s+post|a\s+report|data)\s+(?:from|by|of)\s+/i;

/** Speech words that are also plural nouns ("reports", "claims"), and what shows they are nouns: a verb right after. */
const NOUN_FORMS = new Set(['reports', 'claims', 'estimates', 'notes', 'posts', 'shows', 'states', 'report', 'claim', 'estimate', 'note', 'post']);
const VERB_AFTER_NOUN = /^(?:indicate|indicates|indicated|suggest|suggests|suggested|show|shows|showed|say|says|said|put|puts|places|placed|is|was|are|were|have|has|had|estimate|estimated|claim|claimed|point|pointed|emerged|circulated)$/i;

/** Whether the speech word `lower` is a plural noun here, before the verb `next` ("reports indicate"). */
export function usedAsNoun(lower: string, next: string): boolean {
  return NOUN_FORMS.has(lower) && VERB_AFTER_NOUN.test(next);
}

function withoutTrailingAuxiliaries(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 1 && AUXILIARY.test((words[end - 1] ?? '').replace(/,$/, ''))) end--;
  return end === words.length ? words : words.slice(0, end);
}

/**
 * "The United States strongly condemns …", "Donbass Z Reports wrote …": a
 * capitalised verb of speech right after a capitalised word ends a name, unless
 * the whole line is written in title case ("Ukraine Says 40 Killed").
 */
function isNamePart(word: string, previous: string, line: string): boolean {
  return /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(previous) && !isTitleCase(line);
}

function isTitleCase(line: string): boolean {
  const long = line.split(/\s+/, 16).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.7;
}

/**
 * Word k of `words` looks like a finite verb and is not a participle that
 * modifies the noun before it ("a faction allied to the army and led by …",
 * "a group backed by Iran", "forces linked with the rebels").
 */
function isMainVerb(words: readonly string[], k: number): boolean {
  const word = (words[k] ?? '').replace(/,$/, '');
  if (!VERB_LIKE.test(word)) return false;
  // "The Gulf States said": a capitalised word after a capitalised one is part of a name.
  if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(words[k - 1] ?? '')) return false;
  // "An updated AFP count", "the revised estimate": a participle after an article describes the noun.
  if (word.endsWith('ed') && /^(?:an?|the|its|their|his|her)$/i.test(words[k - 1] ?? '')) return false;
  return !(word.endsWith('ed') && /^(?:to|by|with)$/i.test(words[k + 1] ?? ''));
}

/** A claim of responsibility for the killing itself, not for an attack whose toll someone else reports. */
export const CLAIMED_KILLING = /\bclaim(?:ed|s|ing)?\s+(?:responsibility\s+for\s+)?(?:the\s+)?(?:killing|murder|deaths?|execution|kidnapping|abduction|capture|beheading)\b/i;

/** The first words of a text, as offsets: word k is text.slice(starts[k], ends[k]). */
interface Words {
  starts: number[];
  ends: number[];
}

/** Whether text[0, length) holds white space other than the plain space: \t \n \v \f \r, no-break and typographic spaces. */
function hasOtherSpace(text: string, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII is by far the most common: one comparison rules it out.
    if (code >= 32 && code < 127) continue;
    if ((code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) return true;
  }
  return false;
}

/**
 * The first words of a text, at most `limit`, within its first limit * 24 characters. Words are nearly
 * always separated by one space: they are split on spaces alone unless other white space is there.
 */
function firstWords(text: string, limit: number): Words {
  const length = Math.min(text.length, limit * 24);
  const anySpace = hasOtherSpace(text, length);
  const words: Words = { starts: [], ends: [] };
  let i = 0;
  while (words.starts.length < limit) {
    while (i < length && (anySpace ? isWhiteSpace(text.charCodeAt(i)) : text.charCodeAt(i) === 32)) i++;
    if (i === length) break;
    words.starts.push(i);
    i = anySpace ? wordEnd(text, i, length) : spaceOrEnd(text, i, length);
    words.ends.push(i);
  }
  return words;
}

/** Where the word at `i` ends when only spaces separate words: the next space, found by the native search. */
function spaceOrEnd(text: string, i: number, length: number): number {
  const space = text.indexOf(' ', i);
  return space < 0 || space > length ? length : space;
}

function wordEnd(text: string, i: number, length: number): number {
  while (i < length && !isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
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

/** A leading speaker found but not yet parsed: parsing is left until it is chosen. */
export interface LeadingCandidate {
  text: string;
  verb: string;
  stance: Stance;
  offset: number;
  frame: boolean;
}

/**
 * The main verb of speech of a leading attribution and the words before it:
 * its subject is cut out of them (leadingCandidate) only when the leading
 * attribution is chosen, as one at the end often is.
 */
export interface LeadingVerb {
  before: string[];
  verb: string;
  offset: number;
  frame: boolean;
}

/** The leading verb of speech of `sentence`, whose opening (stripOpening) is `stripped`. */
export function leadingVerb(sentence: string, stripped: string): LeadingVerb | null {
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
    // A comma before this word parts the subject's clauses, unless it sets off a place beside its noun.
    const clauseComma = stripped.charCodeAt(previousEnd - 1) === 44 && !inPlaceApposition(stripped, words, i - 1);
    if (!mayBeListed(LEADING_WORD_SHAPES, stripped, start, wordEnd)) {
      if (clauseComma) commas++;
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
      if (DETERMINERS.has(previous.toLowerCase()) || (lower === 'accused' && /^of\b/i.test(next)) || (lower.endsWith('ed') && isFollowedByAgent(` ${wordTexts(stripped, words, i + 1, i + 3).join(' ')}`))) continue;
      // "Preliminary reports indicate that …": a plural noun before its own verb, not a verb of speech.
      if (usedAsNoun(lower, next)) continue;
      // "Unconfirmed reports: more than 200 dead": a plural noun that labels what follows.
      if (PLURAL_NOUNS_OF_SPEECH.has(lower) && stripped.charCodeAt(end - 1) === 58) continue;
      if (isNamePart(word, previous, stripped)) continue;
      const before = wordTexts(stripped, words, 0, i);
      if (PARTICIPLES.has(lower)) return { before, verb: word, offset, frame: false };
      // Only the main clause's verb: the subject may carry one parenthetical (", via a Telegram post,"), no more.
      const plain = commas === 0 ? before : before.slice(0, before.findIndex((w) => w.endsWith(',')) + 1);
      // "MSF can now confirm that …": a modal and adverbs right before the verb are the verb's, not a verb of the subject.
      const subject = withoutTrailingAuxiliaries(plain);
      if (commas > 2 || subject.some((w, k) => k > 0 && isMainVerb(subject, k))) return null;
      const after = wordTexts(stripped, words, i + 1, i + 7).join(' ');
      return { before, verb: word, offset, frame: /^(?:[^,.;]{0,40}?\s)?that\b|^[^,.;]{0,30}:/i.test(after) };
    }
    if (clauseComma) commas++;
    if (DENIALS.has(lower)) return null;
  }
  return null;
}

const PLURAL_NOUNS_OF_SPEECH = new Set(['reports', 'claims', 'estimates', 'posts', 'states']);

/**
 * Whether the comma after word `k` opens or closes a place named beside its
 * noun ("in the Houthi-controlled capital, Sanaa, says"): it parts no clause
 * of the subject.
 */
function inPlaceApposition(text: string, words: { starts: number[]; ends: number[] }, k: number): boolean {
  const word = (j: number) => text.slice(words.starts[j] as number, words.ends[j] as number);
  if (endsWithPlaceNoun(word(k))) return true;
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    if (!mayBePlaceName(word(k - back + 1).replace(/,$/, ''))) return false;
    if (endsWithPlaceNoun(word(k - back))) return true;
  }
  return false;
}

/** The leading attribution of a verb found by leadingVerb, or null when the words before it are no subject. */
export function leadingCandidate(found: LeadingVerb): LeadingCandidate | null {
  const candidate = leadingSubject(found.before, found.verb, found.offset);
  return candidate ? { ...candidate, frame: found.frame } : null;
}

function leadingSubject(words: string[], verb: string, offset: number): LeadingCandidate | null {
  let subject = words;
  while (subject.length > 0 && AUXILIARY.test((subject[subject.length - 1] ?? '').replace(/,$/, ''))) subject = subject.slice(0, -1);
  let comma = subject.findIndex((w) => w.endsWith(','));
  // "about the rainy season cutting off Rann, MSF": what is left of an opening phrase comes before the subject.
  while (comma >= 0 && isOpeningPreposition(subject[0] ?? '')) {
    subject = subject.slice(comma + 1);
    comma = subject.findIndex((w) => w.endsWith(','));
  }
  if (comma >= 0) subject = subject.slice(0, withApposition(subject, comma) + 1);
  // The subject ends at its first verb ("Kirby suggested a lower figure, noting that" → "Kirby").
  const verbAt = subject.findIndex((w, i) => i > 0 && isMainVerb(subject, i) && !/^(?:United|Armed|Allied)$/.test(w));
  if (verbAt > 0) subject = subject.slice(0, verbAt);
  const text = subject.join(' ').replace(/,$/, '').replace(FRAMING, '');
  if (subject.length === 0 || subject.length > 14) return null;
  const base = PARTICIPLES.has(verb.toLowerCase()) ? verb.replace(/ing$/, 'ed') : verb;
  return { text, verb, stance: stanceOfVerb(base === 'claimed' || base === 'alleged' || base === 'confirmed' || base === 'estimated' ? base : verb), offset, frame: false };
}

/**
 * Where a subject that has a comma at word `comma` ends: at that comma, or at
 * the next when the part between is a person's role or name beside the
 * first part ("The head of the committee, Alexander Bastrykin, told …").
 */
function withApposition(words: readonly string[], comma: number): number {
  const next = words.findIndex((w, i) => i > comma && w.endsWith(','));
  if (next < 0) return comma;
  const first = words.slice(0, comma + 1).join(' ').slice(0, -1);
  const second = words.slice(comma + 1, next + 1).join(' ').slice(0, -1);
  return isPersonAndRole(first, second) ? next : comma;
}

export function parseLeading(sentence: string, candidate: LeadingCandidate | null): Attribution | null {
  if (!candidate) return null;
  const found = speakerAttribution(sentence, candidate.text, candidate.verb, candidate.stance, candidate.offset);
  return found ? { ...found, frame: candidate.frame } : null;
}
