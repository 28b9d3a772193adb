import { isWhiteSpace } from './chars.js';

/**
 * The phrases that lead up to a place ("in the war-torn northern", "the
 * government in") end the text before it, and each spans only a few runs of
 * white space: such a pattern is tried only from where it can start, not from
 * every position of the text. Its lookbehinds and \b still see the text before.
 */

/** Where the text after its last `runs` runs of white space starts, 0 when it has no more. */
export function startOfLastRuns(text: string, runs: number): number {
  let i = text.length;
  let seen = 0;
  while (i > 0) {
    if (!isWhiteSpace(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    if (seen === runs) return i;
    seen++;
    while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  }
  return 0;
}

/** The match of `phrase` (global, anchored at the end, spanning at most `runs` runs of white space) that ends the text, or null. */
export function phraseEnding(phrase: RegExp, runs: number, text: string): RegExpExecArray | null {
  phrase.lastIndex = startOfLastRuns(text, runs);
  return phrase.exec(text);
}

/** Whether `phrase` (global, anchored at the end, spanning at most `runs` runs of white space) ends the text. */
export function endsWithPhrase(phrase: RegExp, runs: number, text: string): boolean {
  phrase.lastIndex = startOfLastRuns(text, runs);
  return phrase.test(text);
}
