/**
 * Bounded look-around next to a number: the word after it, the word before it, and anchored
 * regexes run on a short window before it. Nothing here reads past a fixed number of characters.
 */
import { isHorizontalSpaceCode, isHyphenCode, isLetterAt, isSpaceCode } from './characters.js';

export interface Follower {
  start: number;
  end: number;
  word: string;
  lower: string;
  /** How the word is joined to what precedes it. */
  gap: 'none' | 'hyphen' | 'space';
}

/** The word, "%" or "°" right after `from` (up to three spaces or one hyphen between), ending before `limit`. */
export function readFollower(text: string, from: number, limit: number): Follower | null {
  let index = from;
  let gap: Follower['gap'] = 'none';
  while (index < limit && index - from < 3 && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  if (index > from) gap = 'space';
  else if (index < limit && isHyphenCode(text.charCodeAt(index))) {
    gap = 'hyphen';
    index++;
  }
  if (index >= limit) return null;
  const code = text.charCodeAt(index);
  if (code === 37 /* % */ || code === 0xb0 /* ° */) {
    const word = text.charAt(index);
    return { start: index, end: index + 1, word, lower: word, gap };
  }
  let end = index;
  while (end < limit && end - index <= 20 && isLetterAt(text, end)) end++;
  if (end === index || end - index > 20) return null;
  if (text.charCodeAt(end) === 178 /* ² */) end++;
  const word = text.slice(index, end);
  return { start: index, end, word, lower: word.toLowerCase(), gap };
}

interface WordBefore {
  /** As written; '' when there is no word (or only a very long one) right before. */
  readonly word: string;
  /** `word` lower-cased. */
  readonly lower: string;
  readonly start: number;
}

/** The last answer of wordBefore: one number's readers ask for the word before it several times. */
let wordBeforeText: string | null = null;
let wordBeforeEnd = -1;
let wordBeforeResult: WordBefore = { word: '', lower: '', start: 0 };

/** The word ending at `end`, past up to three spaces: the cheap look-behind used before any regex. */
export function wordBefore(text: string, end: number): WordBefore {
  if (end === wordBeforeEnd && text === wordBeforeText) return wordBeforeResult;
  let index = end;
  while (index > 0 && end - index < 3 && isSpaceCode(text.charCodeAt(index - 1))) index--;
  const wordEnd = index;
  while (index > 0 && wordEnd - index < 24 && isLetterAt(text, index - 1)) index--;
  let result: WordBefore;
  if (isLetterAt(text, index - 1)) {
    result = { word: '', lower: '', start: wordEnd };
  } else {
    const word = text.slice(index, wordEnd);
    result = { word, lower: word.toLowerCase(), start: index };
  }
  wordBeforeText = text;
  wordBeforeEnd = end;
  wordBeforeResult = result;
  return result;
}

/** Index of the first non-space character before `end` (past up to `spaces` spaces), or -1. */
export function charBefore(text: string, end: number, spaces: number): number {
  let index = end - 1;
  while (index >= 0 && end - 1 - index < spaces && isSpaceCode(text.charCodeAt(index))) index--;
  return index;
}

export function windowBefore(text: string, end: number, size: number): string {
  return text.slice(Math.max(0, end - size), end);
}

/**
 * Runs a `d`-flagged regex anchored with `$` on the text before `end` and returns where its
 * first matched capture group starts, if that is not before `floor` (the previous number's end).
 * The window is not cut at `floor`, so `^` in a pattern only ever means the start of the text.
 */
export function groupBefore(pattern: RegExp, text: string, end: number, floor: number, size: number): { start: number; group: string } | null {
  const windowStart = Math.max(0, end - size);
  const match = pattern.exec(text.slice(windowStart, end));
  if (match === null || match.indices === undefined) return null;
  for (let group = 1; group < match.length; group++) {
    const span = match.indices[group];
    const captured = match[group];
    if (span !== undefined && captured !== undefined) {
      return windowStart + span[0] >= floor ? { start: windowStart + span[0], group: captured } : null;
    }
  }
  return null;
}
