/**
 * Words and signs around a number that bound it ("over", "nearly", "or more", "3,000+", ">10")
 * or make it negative ("minus", "-").
 */
import { isSpaceCode, phrasePattern } from './characters.js';
import { charBefore, groupBefore, windowBefore, wordBefore } from './neighbours.js';

/** "minus 40", "negative ten": words that make the number after them negative. */
const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

export type CueBound = 'lower' | 'upper' | 'approx' | 'approxMax';

/** Words before a number that bound it (claims.md, "Quantity bounds"). */
const BOUND_CUES: Readonly<Record<CueBound, readonly string[]>> = {
  lower: [
    'more than', 'greater than', 'higher than', 'larger than', 'bigger than', 'over', 'above', 'exceeding', 'exceeds',
    'exceeded', 'exceed', 'in excess of', 'upwards of', 'upward of', 'at least', 'no fewer than', 'not fewer than',
    'no less than', 'not less than', 'a minimum of', 'minimum of', 'well over', 'well above', 'just over', 'just above',
    'slightly more than', 'slightly over', 'far more than', 'much more than', 'well in excess of', 'surpassing',
    'surpassed', 'surpass', 'topping', 'greater than or equal to', 'more than or equal to', 'higher than or equal to',
    'larger than or equal to', 'bigger than or equal to', 'greater or equal than', 'higher or equal than',
    'larger or equal than', 'bigger or equal than', 'more or equal than', 'greater or equal to', 'equal to or more than',
    'equal to or greater than', 'equal to or higher than', 'at least or equal to', 'no fewer than', 'north of', 'as low as',
  ],
  upper: [
    'up to', 'fewer than', 'less than', 'as many as', 'as much as', 'as high as', 'at most', 'no more than', 'not more than',
    'a maximum of', 'maximum of', 'under', 'below', 'lower than', 'smaller than', 'no greater than', 'not exceeding',
    'less than or equal to', 'fewer than or equal to', 'smaller than or equal to', 'lower than or equal to',
    'less or equal than', 'less or equal to', 'smaller or equal than', 'lower or equal than', 'fewer or equal than',
    'equal to or less than', 'equal to or fewer than', 'equal to or lower than', 'equal to or smaller than',
  ],
  approx: [
    'about', 'approximately', 'approx.', 'approx', 'around', 'some', 'roughly', 'an estimated', 'estimated', 'circa',
    'ca.', 'c.', 'more or less', 'an approximate', 'approximate', 'give or take', 'in the region of',
    'on the order of', 'in the order of', 'of the order of', 'somewhere around', 'somewhere between',
    'an estimate of', 'reportedly', 'perhaps', 'possibly',
  ],
  approxMax: [
    'nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'shy of', 'not quite', 'a little under',
    'slightly under', 'slightly less than', 'just short of', 'short of', 'nearly as many as',
  ],
};

function buildCueTable(): ReadonlyMap<string, CueBound> {
  const table = new Map<string, CueBound>();
  for (const [bound, phrases] of Object.entries(BOUND_CUES) as Array<[CueBound, readonly string[]]>) {
    for (const phrase of phrases) table.set(phrase, bound);
  }
  return table;
}
const CUE_BOUNDS = buildCueTable();

function cueFinalWord(phrase: string): string {
  return phrase.split(' ').pop()!.replace(/\.$/, '');
}

/** Last words of the cue phrases: the cue regex runs only when the word before the number is one of them. */
const CUE_FINAL_WORDS: ReadonlySet<string> = new Set([...CUE_BOUNDS.keys()].map(cueFinalWord));
const SYMBOL_CUE_CODES: ReadonlySet<number> = new Set(['<', '>', '=', '≤', '≥', '~', '≈'].map((sign) => sign.charCodeAt(0)));
const CUE_PHRASES_LONGEST_FIRST = [...CUE_BOUNDS.keys()].sort((a, b) => b.length - a.length);
/**
 * The cue regex for each last word before the number: only the phrases that end in that word (or,
 * when the look-behind window cuts the word, in an ending of it) can match, so the others are left
 * out; the order of the phrases, and so the match, is that of one regex holding them all.
 */
const BOUND_CUE_BEFORE: ReadonlyMap<string, RegExp> = new Map([...CUE_FINAL_WORDS].map((last) => [
  last,
  new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(${CUE_PHRASES_LONGEST_FIRST.filter((phrase) => last.endsWith(cueFinalWord(phrase))).map(phrasePattern).join('|')})\\s*$`,
    'iud',
  ),
]));
/** ">10", ">= 30", "≤ 100", "~300", "≈ 2,000". */
const SYMBOL_CUE_BEFORE = /(?:^|[^<>=])(>[ \t]*=|≥|>|<[ \t]*=|≤|<|~|≈)[ \t\u00A0]*$/d;
const HTML_TAG_BEFORE = /<\/?[A-Za-z][^<>]*>[ \t]*$/;

/** Words after a number that bound it: "500 or more", "3,000+", "40-odd". */
const POSTFIX_CUE =
  /(?:[ \t\u00A0]*(?:or|and)[ \t\u00A0]+(more|greater|higher|above|over|upwards|fewer|less|lower|below|under)(?![\p{L}])(?![ \t]+than[ \t]*[\p{L}\p{N}$€£-])(?:[ \t]+than)?|[ \t\u00A0]*or[ \t\u00A0]+(so|thereabouts)(?![\p{L}])|(\+)(?![ \t]*[\d(+])|-(plus|odd)(?![\p{L}]))/uy;
const POSTFIX_FOLLOWED_BY_ALTERNATIVE = /[ \t\u00A0]+(?:or|than)(?![\p{L}])/uy;
const POSTFIX_BOUNDS: Readonly<Record<string, CueBound>> = {
  more: 'lower', greater: 'lower', higher: 'lower', above: 'lower', over: 'lower', upwards: 'lower', plus: 'lower', '+': 'lower',
  fewer: 'upper', less: 'upper', lower: 'upper', below: 'upper', under: 'upper',
  so: 'approx', thereabouts: 'approx', odd: 'approx',
};

const LOOK_BEHIND = 48;

export interface FoundCue {
  bound: CueBound;
  start: number;
}

export function boundCueBefore(text: string, left: number, floor: number): FoundCue | null {
  const before = charBefore(text, left, 3);
  if (before < floor) return null;
  const code = text.charCodeAt(before);
  if (code === 45 && before === left - 1) {
    const prefix = wordBefore(text, before); // "sub-7 nanometre", "sub-300 sq m"
    return prefix.lower === 'sub' && prefix.start >= floor ? { bound: 'upper', start: prefix.start } : null;
  }
  if (SYMBOL_CUE_CODES.has(code)) {
    const symbol = groupBefore(SYMBOL_CUE_BEFORE, text, left, floor, 8);
    if (symbol === null || HTML_TAG_BEFORE.test(windowBefore(text, left, LOOK_BEHIND))) return null;
    const sign = symbol.group.replace(/[ \t]/g, '');
    const bound: CueBound = sign.startsWith('>') || sign === '≥' ? 'lower' : sign.startsWith('<') || sign === '≤' ? 'upper' : 'approx';
    return { bound, start: symbol.start };
  }
  const last = wordBefore(text, code === 46 /* . */ ? before : left).lower;
  const pattern = BOUND_CUE_BEFORE.get(last);
  if (pattern === undefined) return null;
  const words = groupBefore(pattern, text, left, floor, LOOK_BEHIND);
  if (words === null) return null;
  const bound = CUE_BOUNDS.get(words.group.toLowerCase().replace(/\s+/g, ' '));
  return bound === undefined ? null : { bound, start: words.start };
}

interface PostfixCue {
  bound: CueBound;
  end: number;
}

export function postfixCue(text: string, end: number, limit: number): PostfixCue | null {
  POSTFIX_CUE.lastIndex = end;
  const match = POSTFIX_CUE.exec(text);
  if (match === null || end + match[0].length > limit) return null;
  // "above 1000 and below 1500": the words bound the next number, not this one.
  if (limit < text.length && /^\s*$/.test(text.slice(end + match[0].length, limit))) return null;
  POSTFIX_FOLLOWED_BY_ALTERNATIVE.lastIndex = end + match[0].length;
  if (POSTFIX_FOLLOWED_BY_ALTERNATIVE.test(text)) return null;
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
  const bound = POSTFIX_BOUNDS[word];
  return bound === undefined ? null : { bound, end: end + match[0].length };
}

/** "-5", "minus five", "negative ten": where the sign starts, or -1. */
export function signStartBefore(text: string, numberStart: number, floor: number): number {
  const before = numberStart - 1;
  if (before < floor) return -1;
  const code = text.charCodeAt(before);
  if (code === 45 || code === 0x2212) {
    const outer = before - 1;
    const outerCode = text.charCodeAt(outer);
    const standsAlone = outer < 0 || isSpaceCode(outerCode) || '(<>=≤≥$€£'.includes(text.charAt(outer)); // "$-50.8bn"
    if (standsAlone) return before;
    const word = wordBefore(text, before); // "minus-260"
    return NEGATIVE_WORDS.has(word.lower) && word.start >= floor ? word.start : -1;
  }
  if (!isSpaceCode(code)) return -1;
  const word = wordBefore(text, numberStart);
  return NEGATIVE_WORDS.has(word.lower) && word.start >= floor ? word.start : -1;
}
