/**
 * Spelled-out numbers, the words themselves: cardinals, ordinals, scales ("million", "lakh", "bn"),
 * fractions, vague plurals ("dozens") and starters ("several"), and the reader of one such word.
 */
import { mayBeListed, wordShapes } from '../word-shapes.js';
import { isAlphanumericAt, isAsciiLetterCode, isDigitCode, isHorizontalSpaceCode, isHyphenCode, isLetterAt } from './characters.js';

export const UNIT_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
export const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
export const ORDINAL_UNIT_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
] as const;
export const ORDINAL_TENS_WORDS = [
  'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth',
] as const;
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Written abbreviations of scales, matched with their case ("2 bn", not "2 BN" or "TN"). */
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  bn: 1e9, Bn: 1e9, bln: 1e9, bil: 1e9, mn: 1e6, Mn: 1e6, mln: 1e6, mil: 1e6, tn: 1e12, tln: 1e12,
};
const ORDINAL_SCALE_WORDS: Readonly<Record<string, number>> = {
  thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};
const FRACTION_PLURALS: Readonly<Record<string, number>> = {
  halves: 2, thirds: 3, quarters: 4, fourths: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10,
};

/** "dozens" … "millions": the unit they count in; their smallest reading is two of it. */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};

/** "and likely", "or possibly": the words that open a hedged higher reading ("scores, and likely hundreds, of"). */
export const HEDGE_WORDS = String.raw`(?:and|or)\s+(?:most\s+)?(?:likely|possibly|perhaps|probably|maybe|potentially|even|conceivably)`;
/** ", and likely hundreds,": the hedged reading set off between a vague magnitude and its "of" (a closing quote may stand for the comma). */
export const HEDGED_READING = String.raw`,\s+${HEDGE_WORDS}\s+(?:[\w.-]+\s+){0,2}?[\w.-]+(?:,|["”’],?)\s+`;

/** Vague words that need "of" after them to be numbers ("tens of thousands", "scores of people"). */
export const VAGUE_PLURALS_NEEDING_OF: ReadonlySet<string> = new Set(['tens', 'scores']);
/** "several" (3), "a few" (2), "a handful" (3), "a couple of" (2): the smallest reading of each. */
const VAGUE_STARTERS: Readonly<Record<string, number>> = { several: 3, few: 2, handful: 3, couple: 2 };
const DOZEN_WORDS = ['dozen', 'dz', 'dzs', 'doz', 'dozs'] as const;

/** "twofold" … "nineteenfold", "twentyfold" … "ninetyfold", "hundredfold", "thousandfold", "millionfold". */
export const FOLD_WORDS: Readonly<Record<string, number>> = Object.fromEntries([
  ...UNIT_WORDS.slice(2).map((word, index) => [`${word}fold`, index + 2] as const),
  ...TENS_WORDS.map((word, index) => [`${word}fold`, (index + 2) * 10] as const),
  ['hundredfold', 100], ['thousandfold', 1e3], ['millionfold', 1e6],
]);
/** Verbs that multiply by their number: "doubled" (2), "halved" (0.5). */
export const MULTIPLYING_VERBS: Readonly<Record<string, number>> = {
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, trebled: 3, trebling: 3, quadrupled: 4, quadrupling: 4,
  quintupled: 5, halved: 0.5, halving: 0.5,
};

export type TokenType =
  | 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen'
  | 'ordinalUnit' | 'ordinalTens' | 'ordinalHundred' | 'ordinalScale'
  | 'fractionPlural' | 'quarter' | 'half'
  | 'vaguePlural' | 'vagueStarter' | 'fold' | 'multiplyingVerb'
  | 'article' | 'and' | 'point' | 'of' | 'digits';

interface WordToken {
  readonly type: TokenType;
  readonly value: number;
}

function buildWordTokens(): ReadonlyMap<string, WordToken> {
  const tokens = new Map<string, WordToken>();
  const add = (word: string, type: TokenType, value: number) => tokens.set(word, { type, value });
  UNIT_WORDS.forEach((word, value) => add(word, 'unit', value));
  add('nought', 'unit', 0);
  add('naught', 'unit', 0);
  TENS_WORDS.forEach((word, index) => add(word, 'tens', (index + 2) * 10));
  add('hundred', 'hundred', 100);
  for (const [word, value] of Object.entries(SCALE_WORDS)) add(word, 'scale', value);
  for (const word of DOZEN_WORDS) add(word, 'dozen', 12);
  ORDINAL_UNIT_WORDS.forEach((word, index) => add(word, 'ordinalUnit', index + 1));
  ORDINAL_TENS_WORDS.forEach((word, index) => add(word, 'ordinalTens', (index + 2) * 10));
  add('hundredth', 'ordinalHundred', 100);
  for (const [word, value] of Object.entries(ORDINAL_SCALE_WORDS)) add(word, 'ordinalScale', value);
  for (const [word, value] of Object.entries(FRACTION_PLURALS)) add(word, 'fractionPlural', value);
  add('quarter', 'quarter', 4);
  add('half', 'half', 2);
  for (const [word, value] of Object.entries(VAGUE_PLURALS)) add(word, 'vaguePlural', value);
  for (const [word, value] of Object.entries(VAGUE_STARTERS)) add(word, 'vagueStarter', value);
  for (const [word, value] of Object.entries(FOLD_WORDS)) add(word, 'fold', value);
  for (const [word, value] of Object.entries(MULTIPLYING_VERBS)) add(word, 'multiplyingVerb', value);
  add('a', 'article', 1);
  add('an', 'article', 1);
  add('and', 'and', 0);
  add('point', 'point', 0);
  add('of', 'of', 0);
  return tokens;
}

/** Lower-case number words → token. */
const WORD_TOKENS = buildWordTokens();
const ABBREVIATION_TOKENS: ReadonlyMap<string, WordToken> = new Map(
  Object.entries(SCALE_ABBREVIATIONS).map(([word, value]) => [word, { type: 'scale' as const, value }]),
);

export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

const INNER_DIGITS = /\d{1,3}(?!\d|[.,]\d)/y;
/** Most words after a number are no number word: their shape rules them out before they are sliced and lower-cased. */
const TOKEN_SHAPES = wordShapes([...WORD_TOKENS.keys(), ...ABBREVIATION_TOKENS.keys()]);

export interface ReadToken {
  start: number;
  end: number;
  type: TokenType;
  value: number;
}

/** The number word or small integer after `from` (spaces or one hyphen between), or null. */
export function readToken(text: string, from: number): ReadToken | null {
  const length = text.length;
  let index = from;
  while (index < length && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  if (index < length && isHyphenCode(text.charCodeAt(index))) {
    index++;
    while (index < length && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  }
  if (index >= length) return null;
  const code = text.charCodeAt(index);
  if (isDigitCode(code)) {
    INNER_DIGITS.lastIndex = index;
    const match = INNER_DIGITS.exec(text);
    if (match === null || isLetterAt(text, index + match[0].length)) return null;
    return { start: index, end: index + match[0].length, type: 'digits', value: Number(match[0]) };
  }
  if (!isAsciiLetterCode(code)) return null;
  let end = index;
  while (end < length && end - index <= 12 && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end - index > 12 || isAlphanumericAt(text, end) || !mayBeListed(TOKEN_SHAPES, text, index, end)) return null;
  const word = text.slice(index, end);
  const token = ABBREVIATION_TOKENS.get(word) ?? WORD_TOKENS.get(word.toLowerCase());
  return token === undefined ? null : { start: index, end, type: token.type, value: token.value };
}
