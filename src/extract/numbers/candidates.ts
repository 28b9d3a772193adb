/**
 * The one pass over the whole text: where a number may start (a digit, a leading decimal point,
 * a vulgar fraction, a number word, or "a" before a multiplier such as "a dozen").
 */
import { mayBeListed, wordShapes, type WordShapes } from '../word-shapes.js';
import { ASCII_CLASS, DIGIT, DOT, LETTER, UNDERSCORE, isAsciiLetterCode, isWordCode } from './characters.js';
import {
  FOLD_WORDS, MULTIPLYING_VERBS, ORDINAL_TENS_WORDS, ORDINAL_UNIT_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_PLURALS, VULGAR_FRACTIONS,
} from './number-words.js';

/** Words a number can start with; "a" is matched separately, only before a multiplier. */
const START_WORDS: readonly string[] = [
  ...UNIT_WORDS, 'nought', 'naught', ...TENS_WORDS, ...ORDINAL_UNIT_WORDS, ...ORDINAL_TENS_WORDS, 'hundredth',
  ...Object.keys(VAGUE_PLURALS), 'several', 'half', 'quarter', ...Object.keys(FOLD_WORDS), ...Object.keys(MULTIPLYING_VERBS),
];

/**
 * Where a number may start — the first index at or after `from` that the pattern
 *   [0-9] | \.(?=[0-9]) | [½⅓…⅞] | \b(?:START_WORDS)\b | \ba(?=[ \t\u00A0]+(?:ARTICLE_MULTIPLIERS)\b)
 * (case-insensitive, ASCII word characters) would match — or -1. A hand-written scan: the only
 * pass over the whole text, so it reads each character once and slices only words that may be
 * number words.
 */
const START_WORD_SET: ReadonlySet<string> = new Set(START_WORDS);
const ARTICLE_MULTIPLIERS: ReadonlySet<string> = new Set([
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'few', 'handful', 'couple', 'half', 'quarter', 'third',
]);
const START_WORD_SHAPES = wordShapes(START_WORD_SET);
const ARTICLE_MULTIPLIER_SHAPES = wordShapes(ARTICLE_MULTIPLIERS);
const VULGAR_FRACTION_CODES: ReadonlySet<number> = new Set(Object.keys(VULGAR_FRACTIONS).map((fraction) => fraction.charCodeAt(0)));

/** Whether the run of ASCII letters [start, end) is one of `words`, ignoring case. */
function isLettersIn(text: string, start: number, end: number, shapes: WordShapes, words: ReadonlySet<string>): boolean {
  return mayBeListed(shapes, text, start, end) && words.has(text.slice(start, end).toLowerCase());
}

/** "a" followed by spaces and a multiplier word: "a dozen", "a few", "a half". */
function isArticleBeforeMultiplier(text: string, after: number): boolean {
  const length = text.length;
  let index = after;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 0xa0) break;
    index++;
  }
  if (index === after) return false;
  let end = index;
  while (end < length && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end === index || (end < length && isWordCode(text.charCodeAt(end)))) return false;
  return isLettersIn(text, index, end, ARTICLE_MULTIPLIER_SHAPES, ARTICLE_MULTIPLIERS);
}

export function nextCandidate(text: string, from: number): number {
  const length = text.length;
  for (let index = from; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) {
      if (VULGAR_FRACTION_CODES.has(code)) return index;
      continue;
    }
    const type = ASCII_CLASS[code];
    if (type === DIGIT) return index;
    if (type === DOT) {
      const next = text.charCodeAt(index + 1);
      if (next >= 48 && next <= 57) return index;
      continue;
    }
    if (type !== LETTER || (index > 0 && isWordCode(text.charCodeAt(index - 1)))) continue;
    // A word starts here: read its run of word characters.
    let end = index + 1;
    let lettersOnly = true;
    for (; end < length; end++) {
      const next = text.charCodeAt(end);
      if (next >= 128) break;
      const nextType = ASCII_CLASS[next];
      if (nextType === LETTER) continue;
      if (nextType === DIGIT) return end; // inside a word only a digit can start a number ("F16")
      if (nextType !== UNDERSCORE) break;
      lettersOnly = false;
    }
    if (lettersOnly) {
      if (isLettersIn(text, index, end, START_WORD_SHAPES, START_WORD_SET)) return index;
      if (end === index + 1 && (code | 32) === 97 /* a */ && isArticleBeforeMultiplier(text, end)) return index;
    }
    index = end - 1;
  }
  return -1;
}
