import { endsWithPlaceNoun, mayBePlaceName } from './place-appositions.js';
import { isPersonAndRole } from './appositions.js';
import { usedAsNoun } from './leading-attribution.js';
import { hasSpeakerHead, trimQuotes } from './speaker-head.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';
import { isWhiteSpace } from './chars.js';
import { findPlaces } from './places.js';
import { isFollowedByAgent, isObjectOfVerb, withoutParticiplePhrase } from './participle-phrases.js';
import { ASSERT, CONFIRM, SPEECH, type SpeechWordAt, VERB_LIKE, speechWordsIn } from './speech-verbs.js';

/**
 * Attribution at the end of a sentence: "…, officials said on Monday",
 * "…, said the Syrian Observatory", "…, Ukraine's military intelligence
 * agency, known as HUR, said".
 */
const INVERTED = new RegExp(`,\\s*(${ASSERT}|${CONFIRM})\\s+([^,]{2,120}?)\\s*[.!]?$`, 'iu');
const VERB_FIRST = new RegExp(`^\\s*(?:also\\s+|later\\s+|further\\s+)?(${SPEECH})\\b`, 'iu');
const APPOSITION = /^\s*(?:known\s+as|also\s+known|also\s+called|who|which|whose|a|an|the\s+(?:former|head|chief|country's)|citing|quoting|according|in\s+a|on\s+\w+day|via|through|on\s+(?:telegram|twitter|x|facebook)|after|speaking|writing|addressing|talking)\b/i;
const SPEECH_INSIDE = new RegExp(`\\b(?:${ASSERT}|that)\\b`, 'i');

/** The verbs that can stand before their speaker ("…, said Nur", "…, wrote the agency"); not "told" (its object follows). */
const INVERTIBLE = /^(?:said|says|added|adds|wrote|writes|reported|reports|confirmed|confirms|estimated|claimed|noted|stated|explained|warned|insisted|announced)$/i;
/** "the head of the council", "a doctor at the hospital": a role in apposition, with no verb of its own. */
const ROLE = /^\s*(?:the|a|an)\s+(?!\S+\s+(?:is|are|was|were|has|have|had)\b)[^\d]{2,80}$/i;

/**
 * "…, said Bondarenko", "…,” said Nour Mansour, a doctor at the hospital",
 * "…, wrote the agency, adding that …": the speaker right after the verb,
 * filling the rest of its comma segment.
 */
function invertedSpeaker(sentence: string, segment: { start: number; text: string }, verbFirst: RegExpExecArray): Attribution | null {
  const verb = verbFirst[1] ?? '';
  if (!INVERTIBLE.test(verb)) return null;
  const text = trimQuotes(segment.text);
  const rest = text.slice(verbFirst.index + verbFirst[0].length).trim();
  if (rest === '' || !hasSpeakerHead(rest)) return null;
  return speakerAttribution(sentence, rest, verb, null, segment.start);
}

/** "…, said the Syrian Observatory": only the last comma can start it. */
export function invertedAttribution(sentence: string): Attribution | null {
  const lastComma = sentence.lastIndexOf(',');
  const inverted = lastComma >= 0 && VERB_FIRST.test(sentence.slice(lastComma + 1)) ? INVERTED.exec(sentence.slice(lastComma)) : null;
  if (inverted && INVERTIBLE.test(inverted[1] ?? '') && !/^(?:on|in|at|by|last|this|late|early|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(inverted[2] ?? '')) {
    return speakerAttribution(sentence, inverted[2] ?? '', inverted[1] ?? 'said', null, lastComma + inverted.index);
  }
  return null;
}

/** Where the verb's circumstances give way to a clause of their own: "… on Saturday after meeting rescue teams". */
const CIRCUMSTANCE_CLAUSE = /\s(?:after|when|as|while|before|following|amid|during|because|since|without|despite|adding|saying|noting|citing|days|hours|weeks)\s/i;

const CLAIM_HINT = /\d|kill|dead|death|die|wound|injur|casualt|captur|missing/i;

/** The length of what follows a verb of speech up to any clause of circumstances ("told reporters on Saturday"). */
function circumstancesLength(after: string): number {
  const clause = CIRCUMSTANCE_CLAUSE.exec(after);
  if (!clause) return after.length;
  // A clause that holds a claim of its own ("… says after a series of explosions killed 215") is not a circumstance.
  return CLAIM_HINT.test(after.slice(clause.index)) ? Number.POSITIVE_INFINITY : clause.index;
}

/**
 * "the group's Amaq news agency said on Friday": the first word of speech in
 * a comma-free segment that has a subject of 2 to 140 characters before it
 * and at most 60 characters after it. `words` are the segment's words of
 * speech, at `offset` + their index in `text`.
 */
function speechInSegment(text: string, words: readonly SpeechWordAt[], offset: number): { subject: string; verb: string } | null {
  for (const { index, word } of words) {
    const at = index - offset;
    const after = text.slice(at + word.length);
    if (usedAsNoun(word.toLowerCase(), /^\s*(\S*)/.exec(after)?.[1] ?? '') || isFollowedByAgent(after) || isObjectOfVerb(text.slice(0, at), word)) continue;
    if (circumstancesLength(text.slice(at + word.length)) > 60) continue;
    if (at === 0 || !/\s/.test(text[at - 1] as string)) continue;
    const subject = text.slice(0, at).trim();
    if (subject.length < 2 || subject.length > 140 || /[—–]/.test(subject)) continue;
    return { subject, verb: word };
  }
  return null;
}

/** A subject without its last word when that is a speech word used as a plural noun ("media reports"). */
function withoutFinalNoun(subject: string): string {
  const space = subject.lastIndexOf(' ');
  return space > 0 && usedAsNoun(subject.slice(space + 1).toLowerCase(), 'said') ? subject.slice(0, space) : subject;
}

/** The sentence without the full stop or exclamation mark that ends it (and the white space after that). */
function withoutFinalStop(sentence: string): string {
  let end = sentence.length;
  while (end > 0 && isWhiteSpace(sentence.charCodeAt(end - 1))) end--;
  const last = sentence.charCodeAt(end - 1);
  return last === 46 || last === 33 ? sentence.slice(0, end - 1) : sentence;
}

/** The words of speech from index `start` to `end`, or null when there are none. */
function wordsWithin(words: readonly SpeechWordAt[], start: number, end: number): SpeechWordAt[] | null {
  let within: SpeechWordAt[] | null = null;
  for (const w of words) if (w.index >= start && w.index < end) (within ??= []).push(w);
  return within;
}

interface Segment {
  start: number;
  text: string;
}

/** "speaking at a summit", "addressing reporters", "on a visit to Kyiv": where or how someone spoke, no role of theirs. */
const WHERE_SPOKEN = /^\s*(?:speaking|writing|addressing|talking|visiting|interviewed|on\s+a\s+visit|during\s+a\s+visit|in\s+an?\s+(?:interview|statement|post|video|address))\b/i;

/** "in the Houthi-controlled capital, Sanaa": segment `k` is a place named beside the noun that ends the one before. */
function isPlaceBesideItsNoun(segments: Segments, k: number): boolean {
  return mayBePlaceName(segments.at(k).text) && endsWithPlaceNoun(segments.at(k - 1).text);
}

/** "…, speaking at a summit in Granada, Spain, said": a segment that is only the country or region of the place the one before it ends on. */
function isPlaceTail(segments: Segments, k: number): boolean {
  if (k === 0) return false;
  const text = segments.at(k).text.trim();
  if (isPlaceBesideItsNoun(segments, k)) return true;
  if (!/^\p{Lu}/u.test(text) || text.split(/\s+/).length > 3) return false;
  const places = findPlaces(text);
  if (!places.some((p) => p.start === 0 && p.end === text.length && p.level !== 'city')) return false;
  return /\b(?:in|at|near|from|outside)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$/u.test(segments.at(k - 1).text);
}

/** The comma-separated segments of a text, cut only when asked: most sentences are decided by their last. */
class Segments {
  private readonly cut: Array<Segment | undefined>;
  constructor(
    private readonly body: string,
    private readonly commas: readonly number[],
  ) {
    this.cut = new Array<Segment | undefined>(commas.length + 1);
  }

  get length(): number {
    return this.commas.length + 1;
  }

  at(k: number): Segment {
    let segment = this.cut[k];
    if (segment === undefined) {
      const start = k === 0 ? 0 : (this.commas[k - 1] as number) + 1;
      const end = k === this.commas.length ? this.body.length : (this.commas[k] as number);
      segment = { start, text: this.body.slice(start, end) };
      this.cut[k] = segment;
    }
    return segment;
  }
}

/**
 * "…, officials said on Monday", also when a clause follows the attribution
 * ("…, security sources told AFP Monday, days before the elections", "…, the
 * broadcaster reported, citing a doctor"): the last three comma-separated
 * segments are tried, from the end.
 */
export function trailingAttribution(sentence: string): Attribution | null {
  const body = withoutFinalStop(sentence);
  const commas: number[] = [];
  for (let i = body.indexOf(','); i >= 0; i = body.indexOf(',', i + 1)) commas.push(i);
  // Found once for the segments tried: they are cut at commas, and no word of speech holds one.
  const speechWords = speechWordsIn(body, commas.length < 3 ? 0 : (commas[commas.length - 3] as number) + 1);
  if (speechWords.length === 0) return null;
  const segments = new Segments(body, commas);
  for (let k = segments.length - 1; k >= Math.max(0, segments.length - 3); k--) {
    const segment = segments.at(k);
    const words = wordsWithin(speechWords, segment.start, segment.start + segment.text.length);
    if (words === null) continue;
    // A closing quote mark may stand between the comma and the verb: "…,” said Nur.
    const verbFirst = VERB_FIRST.exec(trimQuotes(segment.text));
    if (verbFirst) {
      const inverted = invertedSpeaker(sentence, segment, verbFirst);
      if (inverted) return inverted;
      // "…, Ukraine's military intelligence agency, known as HUR, said on Monday" / "Lee, who sits on …, told reporters that"
      let subjectAt = k - 1;
      while (subjectAt >= 0 && (APPOSITION.test(segments.at(subjectAt).text) || isPlaceTail(segments, subjectAt))) subjectAt--;
      // "General Mark Milley, the chairman of the joint staff, said" / "the head of the committee, Alexander Bastrykin, said"
      if (subjectAt > 0 && isPersonAndRole(segments.at(subjectAt - 1).text, segments.at(subjectAt).text)) subjectAt--;
      const subject = subjectAt >= 0 ? segments.at(subjectAt) : undefined;
      const nounPhrase = subject !== undefined && !subject.text.trim().split(/\s+/).some((w) => VERB_LIKE.test(w));
      if (subject && nounPhrase && k - subjectAt <= 3) {
        // "Jan Egeland, the head of the refugee council, said": the name keeps its role.
        const roles: Segment[] = [];
        let aside = false;
        // "…, a doctor in the regional capital, Maiduguri, said": the place named beside its noun closes the role.
        let end = k;
        while (end - 1 > subjectAt + 1 && isPlaceBesideItsNoun(segments, end - 1)) end--;
        for (let r = subjectAt + 1; r < end; r++) {
          roles.push(segments.at(r));
          aside ||= WHERE_SPOKEN.test(segments.at(r).text) || isPlaceTail(segments, r);
        }
        const last = roles[roles.length - 1];
        // "The minister, speaking in Brussels, Belgium, said": where they spoke is no role.
        const withRole = last && !aside && (roles.every((s) => ROLE.test(s.text)) || isPersonAndRole(subject.text, last.text)) ? body.slice(subject.start, last.start + last.text.length) : subject.text;
        const found = speakerAttribution(sentence, withRole, verbFirst[1] ?? 'said', null, subject.start);
        if (found) return found;
      }
      continue;
    }
    const match = speechInSegment(segment.text, words, segment.start);
    // "locals and media reports said": a speech word speechInSegment passed over as a noun is no verb inside the subject.
    if (match && !SPEECH_INSIDE.test(withoutFinalNoun(withoutParticiplePhrase(match.subject)))) {
      const found = speakerAttribution(sentence, match.subject, match.verb, null, segment.start);
      if (found) return found;
    }
  }
  return null;
}
