import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/**
 * A number someone denies: "denied that dozens of civilians had died",
 * "rejected claims that 300 soldiers were killed", "dismissed reports that
 * 50 protesters had been shot". The count right after the denial's "that" is
 * its denier's word against it (stance `denied`), not a number they give,
 * and the denier is its speaker. A denial of anything else ("denied that it
 * carried out the strike, which killed 30") leaves the count as it was.
 */
const DENIED_BEFORE = /\b(deny|denies|denied|denying|rejected|rejects|dismissed|dismisses|disputed|disputes)\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?|accounts?)\s+)?that\s+(?:as\s+many\s+as\s+|some\s+|any\s+|more\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|at\s+least\s+)?$/i;
/** Words without which DENIED_BEFORE cannot match. */
const HINT = /\b(?:den[iy]|reject|dismiss|disput)/i;
const WINDOW = 80;

export interface DeniedNumber {
  /** The denier, when the clause before the verb names one who can speak ("The ministry rejected …"). */
  denier: Attribution | null;
}

/** The denial whose object is the count that starts at `countStart` ("denied that [dozens] of civilians had died"), or null. */
export function deniedNumber(sentence: string, countStart: number): DeniedNumber | null {
  if (!HINT.test(sentence)) return null;
  const from = Math.max(0, countStart - WINDOW);
  const found = DENIED_BEFORE.exec(sentence.slice(from, countStart));
  if (!found) return null;
  const verbStart = from + found.index;
  const clauseStart = Math.max(sentence.lastIndexOf(',', verbStart), sentence.lastIndexOf(';', verbStart)) + 1;
  const subject = sentence.slice(clauseStart, verbStart).trim();
  const denier = subject ? speakerAttribution(sentence, subject, found[1] as string, 'denied', clauseStart) : null;
  return { denier };
}
