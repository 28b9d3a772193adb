import { isIdentifiableSource } from './identifiable-sources.js';
import { cleanSpeakerText } from './speaker-phrase.js';

/**
 * Relayed attribution: an outlet, an agency or a lawmaker passing on what a
 * ministry or an intelligence service said ("Yonhap reported, citing the
 * NIS", "Citing the border guard, Interfax said …", "according to X, which
 * cited Y"). The number comes from the cited source, who is the speaker; the
 * one who passed it on is the relay.
 */
export interface CitedSource {
  /** The cited speaker phrase, cleaned. */
  text: string;
  start: number;
  end: number;
  /** The sentence with the citing phrase taken out, for finding the relay (whose offsets are not kept). */
  rest: string;
}

/** "citing the NIS", "quoting a ministry statement", "which cited South Korea's spy agency". */
const CITING = /(?:^|(,\s*)|\s)(?:(?:which|who)\s+(?:cited|quoted)|[Cc]iting|[Qq]uoting)\s+([^,;:()]{2,100}?)(?=\s*[,;:()]|(?<!\b\p{Lu})\.\s|\s*\.?["”’]?\s*$|\s+as\s+saying\b|\s+that\s|\s+who\s|\s+on\s+\p{Lu}\p{Ll}+day\b)/u;

/** Every citing word of CITING ends in one of these: one cheap scan rules out most sentences before the exact ones. */
const MAY_CITE = /(?:it|uot)(?:ing|ed) /;

/** The cited source of a sentence, when it names one that can speak for itself; else null. */
export function findCitedSource(sentence: string): CitedSource | null {
  if (!MAY_CITE.test(sentence) || !(sentence.includes('iting ') || sentence.includes(' cited ') || sentence.includes(' quoted ') || sentence.includes('uoting '))) return null;
  const match = CITING.exec(sentence);
  if (!match) return null;
  const raw = match[2] ?? '';
  const text = cleanSpeakerText(raw);
  if (text.length < 2 || /\d/.test(text) || !isIdentifiableSource(text)) return null;
  const phraseStart = match.index + (match[1] !== undefined ? 0 : match[0].length - match[0].trimStart().length);
  const rawStart = match.index + match[0].length - raw.length;
  const start = sentence.indexOf(text, rawStart);
  let phraseEnd = match.index + match[0].length;
  const asSaying = /^\s+as\s+saying\b/.exec(sentence.slice(phraseEnd, phraseEnd + 20));
  if (asSaying) phraseEnd += asSaying[0].length;
  // "Citing the border guard, Interfax said", "X told reporters, citing the NIS, that": the comma after it goes with it.
  if (sentence.charCodeAt(phraseEnd) === 44) phraseEnd++;
  const rest = `${sentence.slice(0, phraseStart)} ${sentence.slice(phraseEnd).trimStart()}`;
  return { text, start: start < 0 ? rawStart : start, end: (start < 0 ? rawStart : start) + text.length, rest };
}
