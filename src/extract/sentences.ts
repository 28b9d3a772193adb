import type { Span } from '../contracts/claim.js';
import { isWhiteSpace } from './chars.js';
import { mayBeListed, wordShapes } from './word-shapes.js';

/**
 * Sentence boundaries with offsets. A boundary is a blank line; a line break
 * after closing punctuation or before a capital; or ., ! or ? followed by
 * space and a capital, digit or opening quote, unless the word before the
 * full stop is a known abbreviation or an initial. Sentences longer than
 * MAX_SENTENCE are cut at a space so that later stages stay bounded.
 */
export const MAX_SENTENCE = 2000;

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'maj', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov',
    'sen', 'rep', 'rev', 'st', 'jr', 'sr', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'inc',
    'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon',
    'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
    'ky', 'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'la', 'md', 'mass', 'mich', 'minn',
    'miss', 'mo', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis', 'wyo', 'fig', 'op', 'para',
  ],
);

/** Abbreviations after which a sentence rarely ends even before a capital (titles, "No. 5"). */
const NEVER_FINAL = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cpt', 'maj', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep', 'rev', 'st', 'no', 'nos', 'vs', 'mt', 'ft']);

/** No abbreviation is longer: a longer word before a full stop is no abbreviation. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS, ...NEVER_FINAL].map((word) => word.length));

const LETTER_OR_DOT = /[\p{L}.]/u;

function isLetterOrDot(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DOT.test(text.charAt(i));
}

/** Where the run of letters and dots that ends at `dot` starts. */
function wordStartBefore(text: string, dot: number): number {
  let i = dot - 1;
  while (i >= 0 && isLetterOrDot(text, i)) i--;
  return i + 1;
}

/** Shapes of every listed abbreviation: most words before a full stop are told apart without being sliced. */
const ABBREVIATION_SHAPES = wordShapes([...ABBREVIATIONS, ...NEVER_FINAL]);

function isAsciiRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

function isBoundaryAfterDot(text: string, dot: number): boolean {
  const start = wordStartBefore(text, dot);
  if (dot - start > LONGEST_ABBREVIATION) return true;
  // An ASCII word lower-cases letter for letter, so its shape alone can rule both lists out.
  if (dot - start > 1 && isAsciiRun(text, start, dot) && !mayBeListed(ABBREVIATION_SHAPES, text, start, dot)) return true;
  const word = text.slice(start, dot);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // A single capital letter is an initial ("J. Smith"); "U.S." style acronyms end sentences only before a capital word that starts a clause, which we cannot tell: keep them inside.
  if (/^\p{Lu}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(lower)) {
    // "…in the U.S. The next day…": an abbreviation followed by a common sentence opener still ends the sentence.
    const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(dot + 1, dot + 40))?.[1];
    return next !== undefined && OPENERS.has(next);
  }
  return true;
}

const OPENERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'And', 'In', 'On', 'At', 'A', 'An', 'Officials', 'Police']);

// The run of closing punctuation is taken whole (a lookahead and a backreference make it atomic) and only from
// its first character, so a run that no space follows is scanned once, not once per character: nothing the rest
// of the pattern needs is punctuation, so giving part of the run back could never make it match. The leading
// look-ahead only restates the first character every alternative needs: it lets the scan skip other characters
// without trying the look-behind at each.
const CANDIDATE = /(?=[.!?…\n])(?:(?<![.!?…])(?=([.!?…]+))\1(["'”’)\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])|\n[ \t]*\n\s*|\n)/gu;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    pushTrimmed(text, start, end, spans);
  };
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const at = match.index;
    if (match[1]) {
      if (match[1].endsWith('.') && match[1].length === 1 && !isBoundaryAfterDot(text, at)) continue;
      const end = at + match[1].length + (match[2]?.length ?? 0);
      push(end);
      start = end;
    } else if (match[0].includes('\n\n') || /\n[ \t]*\n/.test(match[0])) {
      push(at);
      start = at + match[0].length;
    } else if (isLineBreakBoundary(text, at)) {
      push(at);
      start = at + 1;
    }
  }
  push(text.length);
  return spans;
}

function isLineBreakBoundary(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 1), at);
  const after = text.slice(at + 1, at + 3);
  return /[.!?:;"”’)\]]/.test(before) || /^[ \t]*[\p{Lu}\p{N}•\-–—*#"“]/u.test(after) || before === '';
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  while (e - s > MAX_SENTENCE) {
    // The last space within the limit, looked for no further back than the sentence's start: lastIndexOf would
    // scan back to the start of the text when the sentence has none, quadratic in a long text without spaces.
    let cut = s + MAX_SENTENCE;
    while (cut > s && text.charCodeAt(cut) !== 32) cut--;
    if (cut <= s) cut = s + MAX_SENTENCE;
    spans.push({ start: s, end: cut, text: text.slice(s, cut) });
    s = cut;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  }
  if (s < e) spans.push({ start: s, end: e, text: text.slice(s, e) });
}
