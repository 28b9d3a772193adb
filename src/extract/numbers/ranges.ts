/**
 * Ranges: "10,000-12,000", "between 11,000 and 12,000", "from 40 to 50", "2 to 3 million", and
 * pairs of bounds that make one ("more than 100 and fewer than 300").
 */
import type { NumberMention } from '../types.js';
import type { Atom } from './atom.js';
import { changeBefore } from './changes.js';
import { groupBefore, wordBefore } from './neighbours.js';

const RANGE_CONNECTOR = /([ \t\u00A0\u202F]*)(-|–|‒|~|up to|to|through|thru|and)([ \t\u00A0\u202F]*)(?:(?:US\$|\$US|\$A|RM|Rs\.?|[$€£])[ \t]?)?/y;
/** A unit written after the low end as after the high end ("1 per cent to 1.5 per cent", "15kHz and 17kHz"). */
const REPEATED_UNIT = /[ \t\u00A0]?(?:per cent|[A-Za-z]{1,6}\b)/y;
const REPEATED_TWO_WORD_UNIT = /[ \t\u00A0]?[A-Za-z]{1,6} [A-Za-z]{1,3}\b/y;
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['to', 'and', 'through', 'thru', 'or']);
const RANGE_PREFIX_BEFORE =
  /(?:^|[^\p{L}])(between|from)\s+(?:(?:US|C|A)?\$\s?|\$(?:US|A)\s?|RM\s?|[€£¥₽₴]\s?)?(?:(?:minus|negative)\s+|[-−])?$/iud;
const MERGEABLE_BOUND_GAP = /^[ \t\u00A0]*(?:,[ \t\u00A0]*)?(?:(?:and|but)[ \t\u00A0]+)?$/;

export interface Item {
  low: Atom;
  high: Atom | null;
  lowValue: number;
  highValue: number;
  /** Start of "between" / "from", else the low number's start. */
  prefixStart: number;
}

function canBeRangeEnd(atom: Atom): boolean {
  return atom.formKind === null && !atom.vague && !atom.ordinal;
}

const YEAR_WORDS: ReadonlySet<string> = new Set(['in', 'since', 'by', 'during', 'until']);

function isPlainYear(atom: Atom): boolean {
  return atom.plainInteger && atom.digitCount === 4 && atom.value >= 1900 && atom.value <= 2100;
}

/** Where "$", "€", "US$" before the number starts ("increased by $43.6 billion"): the change word is before it. */
function signStartBefore(text: string, start: number): number {
  if (!/[$€£¥]/.test(text.charAt(start - 1))) return start;
  let index = start - 1;
  while (index > 0 && start - 1 - index < 2 && /[A-Z]/.test(text.charAt(index - 1))) index--;
  return index;
}

function repeatedLength(pattern: RegExp, text: string, low: Atom, high: Atom): number {
  pattern.lastIndex = low.end;
  const unit = pattern.exec(text);
  if (unit === null || CONNECTOR_WORDS.has(unit[0].trim().toLowerCase()) || !text.startsWith(unit[0], high.end)) return 0;
  return unit[0].length;
}

/** "450 sq ft up to 900 sq ft", "15kHz and 17kHz": the length of the unit the low end repeats from the high end. */
function repeatedUnitLength(text: string, low: Atom, high: Atom): number {
  return repeatedLength(REPEATED_TWO_WORD_UNIT, text, low, high) || repeatedLength(REPEATED_UNIT, text, low, high);
}

const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+$/;

function rangeOf(text: string, low: Atom, high: Atom): Item | null {
  if (!canBeRangeEnd(low) || !canBeRangeEnd(high)) return null;
  // "5%-10%": the low end may repeat the high end's percent sign.
  const lowEnd = text.charCodeAt(low.end) === 37 && text.charCodeAt(high.end) === 37 ? low.end + 1 : low.end + repeatedUnitLength(text, low, high);
  RANGE_CONNECTOR.lastIndex = lowEnd;
  const connector = RANGE_CONNECTOR.exec(text);
  if (connector === null || lowEnd + connector[0].length !== high.start) return null;
  const [, spaceBefore = '', word = '', spaceAfter = ''] = connector;
  const isWord = /^[a-z]/i.test(word);
  if (isWord && (spaceBefore === '' || spaceAfter === '')) return null;
  if (!isWord && !(low.fromDigits && high.fromDigits)) return null;
  const prefix = groupBefore(RANGE_PREFIX_BEFORE, text, low.start, 0, 32);
  const prefixWord = prefix?.group.toLowerCase();
  if (word.toLowerCase() === 'and' && prefixWord !== 'between') return null;
  if (word.toLowerCase() === 'up to' && prefixWord !== 'from') return null; // "from 450 sq ft up to 900 sq ft"
  // "rose by 120,000 to 1.5 million": a change, then the level it reached, of another magnitude
  // than a range's ends ("rose 5 to 10 points").
  if (isWord && prefixWord === undefined && high.value > 3 * low.value && changeBefore(text, signStartBefore(text, low.start), 'percent', null) !== null) return null;
  // "rose 60% in 2018 to 3.9 million": a year, then the level reached.
  if (isWord && isPlainYear(low) && !isPlainYear(high) && YEAR_WORDS.has(wordBefore(text, low.start).lower)) return null;
  // "killed since Oct. 7 to 30,035": a day of a month, then the level reached (a high end no day can be).
  if (isWord && low.value <= 31 && high.value > 31 && MONTH_BEFORE.test(text.slice(Math.max(0, low.start - 12), low.start))) return null;
  let lowValue = low.value;
  let highValue = high.value;
  if (low.multiplier === 1 && high.multiplier > 1 && low.value * high.multiplier <= high.value) {
    lowValue = low.value * high.multiplier; // "2 to 3 million"
  } else if (word === '-' || word === '–') {
    const abbreviatedYear = low.plainInteger && low.digitCount === 4 && high.plainInteger && high.digitCount === 2;
    if (abbreviatedYear) highValue = Math.floor(low.value / 100) * 100 + high.value; // "2022-23"
  }
  if (!(lowValue < highValue)) return null;
  const prefixStart = prefix?.start ?? low.start;
  const isFromOrBetween = prefixWord === 'between' || (prefixWord === 'from' && word.toLowerCase() !== 'and');
  return { low, high, lowValue, highValue, prefixStart: isFromOrBetween ? prefixStart : low.start };
}

export function combineRanges(text: string, atoms: readonly Atom[]): Item[] {
  const items: Item[] = [];
  for (let index = 0; index < atoms.length; index++) {
    const low = atoms[index]!;
    const high = atoms[index + 1];
    const range = high === undefined ? null : rangeOf(text, low, high);
    if (range !== null) {
      items.push(range);
      index++;
    } else {
      items.push({ low, high: null, lowValue: low.value, highValue: low.value, prefixStart: low.start });
    }
  }
  return items;
}

/** "more than 100 and fewer than 300", "at least 20 and at most 100": one range. */
export function mergeBoundPairs(text: string, mentions: NumberMention[]): NumberMention[] {
  const merged: NumberMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const first = mentions[index]!;
    const second = mentions[index + 1];
    const range = second === undefined ? null : rangeOfBounds(text, first, second);
    if (range !== null) {
      merged.push(range);
      index++;
    } else {
      merged.push(first);
    }
  }
  return merged;
}

function rangeOfBounds(text: string, first: NumberMention, second: NumberMention): NumberMention | null {
  if (first.kind !== second.kind || !MERGEABLE_BOUND_GAP.test(text.slice(first.end, second.start))) return null;
  const lower = first.bound === 'lower' ? first : second.bound === 'lower' ? second : null;
  const upper = first.bound === 'upper' ? first : second.bound === 'upper' ? second : null;
  if (lower === null || upper === null || lower.min === null || upper.max === null || !(lower.min < upper.max)) return null;
  return {
    start: first.start, end: second.end, text: text.slice(first.start, second.end), value: lower.min, min: lower.min,
    max: upper.max, bound: 'range', change: '=', kind: first.kind, unit: second.unit ?? first.unit, vagueMax: null,
    numberStart: first.numberStart, numberEnd: second.numberEnd,
  };
}
