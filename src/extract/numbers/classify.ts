/**
 * What a number is from its context: a date ("December 14"), a time ("7 p.m."), an ordinal,
 * money, a percentage, a measure, a name ("Resolution 2231"), a year, or a count of something.
 */
import type { NumberKind, NumberMention } from '../types.js';
import type { Atom } from './atom.js';
import { IDENTIFIER_TOKEN, isLetterAt } from './characters.js';
import type { CueBound } from './cues.js';
import { MONEY_WORDS, currencyNamed, symbolAfterEnd } from './currencies.js';
import { type Follower, charBefore, readFollower, wordBefore } from './neighbours.js';
import { isHouseNumber, isMarketIndexNumber, isNamedByCapitalBefore, isNamedByWordBefore } from './names.js';
import { PEOPLE_NOUNS, countedNoun } from './nouns.js';
import type { Item } from './ranges.js';
import { UNITS } from './units.js';

/** Nouns a hyphen makes into an adjective with a number before them: the number counts stars, storeys or rooms. */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(['star', 'storey', 'story', 'floor', 'bedroom', 'room', 'lane', 'seat', 'page', 'point', 'party', 'nation', 'way', 'engine', 'wheel']);
const MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'before', 'after', 'during', 'early', 'late', 'mid', 'spring', 'summer', 'autumn',
  'winter', 'fall', 'year', 'years',
]);
const TIME_ZONE_WORDS: ReadonlySet<string> = new Set(['gmt', 'utc', 'zulu', 'hrs', 'cet', 'cest', 'eet', 'eest', 'msk', 'bst', 'est', 'edt', 'pst', 'pdt', 'kst', 'jst', 'ist']);

const AM_PM = /[ \t\u00A0\u202F]?(?:[aApP]\.[mM]\.|[aApP]\.?[mM](?![\p{L}])|o['’]clock(?![\p{L}]))/uy;
export const DATE_CONTINUATION_GAP = /^[ \t\u00A0]*(?:and|or|to|through|&|,|-|–)[ \t\u00A0]*$/;

/** Units written after "sq" ("570 sq m", "450 sq ft"). */
const SQUARED_UNITS: ReadonlySet<string> = new Set(['m', 'ft', 'km', 'mi', 'yd', 'in', 'metres', 'meters', 'feet']);

const HOUR_AND_MINUTES = /^(\d{1,2})(?:\.[0-5]\d)?$/;

export interface Reading {
  kind: NumberKind;
  unit: string | null;
  start: number;
  end: number;
}

function readingOf(kind: NumberKind, unit: string | null, start: number, end: number): Reading {
  return { kind, unit, start, end };
}

interface Context {
  text: string;
  item: Item;
  numberStart: number;
  numberEnd: number;
  /** Leftmost start so far (sign, currency, "between"). */
  left: number;
  floor: number;
  limit: number;
  currency: string | null;
  cue: CueBound | null;
  previous: NumberMention | null;
}

function isDayOfMonth(atom: Atom, value: number): boolean {
  return atom.fromDigits && (atom.plainInteger || atom.ordinal) && Number.isInteger(value) && value >= 1 && value <= 31;
}

function isYearLike(atom: Atom, value: number): boolean {
  return atom.plainInteger && atom.digitCount === 4 && value >= 1900 && value <= 2100;
}

/** "7" or "7.30" before "p.m.". */
function isHourLike(text: string, item: Item): boolean {
  const { low } = item;
  // An hour of 1 to 12 as written has a value from 1 to below 13: the others are not sliced and read.
  if (item.high !== null || !low.fromDigits || low.multiplier !== 1 || !(low.value >= 1 && low.value < 13)) return false;
  const written = HOUR_AND_MINUTES.exec(text.slice(low.start, low.end));
  return written !== null && Number(written[1]) >= 1 && Number(written[1]) <= 12;
}

function amPmEnd(text: string, end: number, limit: number): number {
  AM_PM.lastIndex = end;
  const amPm = AM_PM.exec(text);
  return amPm !== null && end + amPm[0].length <= limit ? end + amPm[0].length : -1;
}

/** "December 14", "Dec. 14": where the month name before the number starts, or -1. */
function monthStartBefore(text: string, numberStart: number, floor: number): number {
  let end = charBefore(text, numberStart, 2) + 1;
  if (end === numberStart) return -1;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  const month = wordBefore(text, end);
  return MONTHS.has(month.word) && month.start >= floor ? month.start : -1;
}

function areAllShortPlainIntegers(item: Item): boolean {
  return item.low.plainInteger && item.low.digitCount <= 4 && (item.high === null || (item.high.plainInteger && item.high.digitCount <= 4));
}

/** "hit 40C", "-5C": a temperature written without "°"; not a model after its name ("iPhone 5C"). */
function isTemperatureWithoutDegree(text: string, item: Item, left: number): boolean {
  if (item.high !== null || !item.low.fromDigits || item.low.multiplier !== 1 || Math.abs(item.lowValue) >= 1000) return false;
  const before = wordBefore(text, left).word;
  return before === '' || !/[A-Z]/.test(before);
}

const ERA_BEFORE = /(?:^|[^\p{L}])(?:A\.D\.|AD)[ \t\u00A0]*$/u;
const ERA_AFTER = /^[ \t\u00A0]*(?:BC|BCE|CE|AD|B\.C\.|A\.D\.)(?![\p{L}])/u;

function isEraSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** ERA_BEFORE on the eight characters before `end`, read only when they end in "D" or "." (before spaces). */
function hasEraBefore(text: string, end: number): boolean {
  const windowStart = Math.max(0, end - 8);
  let index = end;
  while (index > windowStart && isEraSpaceCode(text.charCodeAt(index - 1))) index--;
  const last = index > windowStart ? text.charCodeAt(index - 1) : -1;
  return (last === 68 /* D */ || last === 46 /* . */) && ERA_BEFORE.test(text.slice(windowStart, end));
}

/** ERA_AFTER on the eight characters from `start`, read only when the first after spaces is "B", "C" or "A". */
function hasEraAfter(text: string, start: number): boolean {
  const windowEnd = Math.min(text.length, start + 8);
  let index = start;
  while (index < windowEnd && isEraSpaceCode(text.charCodeAt(index))) index++;
  const first = index < windowEnd ? text.charCodeAt(index) : -1;
  return (first === 66 /* B */ || first === 67 /* C */ || first === 65 /* A */) && ERA_AFTER.test(text.slice(start, windowEnd));
}

/** "A.D. 1000", "350 BC", and "1260" after "A.D. 1000 and": a year of an era, whatever its size. */
function isEraYear(text: string, item: Item, left: number, numberEnd: number, previous: NumberMention | null): boolean {
  const { low } = item;
  if (!low.plainInteger || low.digitCount > 4 || (item.high !== null && !item.high.plainInteger)) return false;
  if (hasEraBefore(text, left) || hasEraAfter(text, numberEnd)) return true;
  return previous !== null && previous.kind === 'year' && low.digitCount === 4 && DATE_CONTINUATION_GAP.test(text.slice(previous.end, left)) &&
    hasEraBefore(text, previous.start);
}

/** What the word, "%" or "°" right after the number makes it: a percentage, money, a measure, a factor or a name. */
function readingByFollower(context: Context, follower: Follower): Reading | null {
  const { text, item, numberStart, numberEnd, limit, left } = context;
  const { low } = item;
  const joined = follower.gap !== 'space';
  if (follower.word === '%') return readingOf('percent', '%', left, follower.end);
  if (follower.word === '°') {
    const scale = text.charAt(follower.end);
    const withScale = (scale === 'C' || scale === 'F') && !isLetterAt(text, follower.end + 1) && follower.end + 1 <= limit;
    return readingOf('measure', withScale ? `°${scale}` : 'degrees', left, withScale ? follower.end + 1 : follower.end);
  }
  if (follower.lower === 'percent' || follower.lower === 'pct' || follower.word === 'pc') return readingOf('percent', '%', left, follower.end);
  if (follower.gap === 'none' && follower.word === 'p') return readingOf('money', 'pence', left, follower.end); // "164p", "118.5p"
  if (follower.lower === 'sq') {
    const area = readFollower(text, follower.end, limit);
    if (area !== null && area.gap === 'space' && SQUARED_UNITS.has(area.lower)) return readingOf('measure', `sq ${area.lower}`, left, area.end); // "570 sq m"
  }
  if (follower.gap === 'none' && (follower.word === 'C' || follower.word === 'F') && isTemperatureWithoutDegree(text, item, left)) {
    return readingOf('measure', `°${follower.word}`, left, follower.end); // "40C", "104F"
  }
  if (follower.lower === 'percentage') return readingOf('percent', '%', left, numberEnd);
  if (follower.lower === 'per') {
    const cent = readFollower(text, follower.end, limit);
    if (cent !== null && cent.gap === 'space' && cent.lower === 'cent') return readingOf('percent', '%', left, cent.end);
  }
  if (TIME_ZONE_WORDS.has(follower.lower) && areAllShortPlainIntegers(item)) return readingOf('time', null, left, numberEnd);
  const money = currencyNamed(follower);
  if (money !== null) return readingOf('money', money, left, joined ? follower.end : numberEnd);
  if (follower.lower === 'fold') return readingOf('multiple', 'times', left, follower.end); // "three-fold", "100-fold"
  if (follower.lower === 'basis') {
    const points = readFollower(text, follower.end, limit);
    if (points !== null && points.gap === 'space' && (points.lower === 'points' || points.lower === 'point')) return readingOf('measure', 'bp', left, numberEnd);
  }
  // "a two-star general", "a five-storey block", "a three-bedroom flat": a number in an adjective names no people.
  if (follower.gap === 'hyphen' && COMPOUND_HEADS.has(follower.lower)) return readingOf('identifier', null, left, follower.end);
  if (follower.word === 'US') {
    const dollars = readFollower(text, follower.end, limit);
    if (dollars !== null && (dollars.lower === 'dollars' || dollars.lower === 'dollar')) return readingOf('money', 'USD', left, numberEnd);
  }
  const unit = UNITS.get(follower.lower);
  if (unit !== undefined && (!unit.attachedOnly || (follower.gap === 'none' && follower.word === follower.lower))) {
    if (unit.unit === 'lb' && (low.multiplier >= 1000 || item.lowValue >= 1e6)) return readingOf('money', 'GBP', left, numberEnd);
    if (unit.unit === 'hours' && low.plainInteger && low.digitCount === 4 && text.charCodeAt(low.start) === 48) {
      return readingOf('time', null, left, numberEnd); // "0700 hours"
    }
    let end = joined ? follower.end : numberEnd;
    if (unit.unit === 'years' && joined) {
      const old = readFollower(text, follower.end, limit);
      if (old !== null && old.gap === 'hyphen' && old.lower === 'old') end = old.end; // "20-year-old"
    }
    return readingOf('measure', unit.unit, left, end);
  }
  if (follower.gap === 'none') {
    // Letters against the digits that are no unit: a name such as "5G" or "2S19".
    IDENTIFIER_TOKEN.lastIndex = numberStart;
    const token = IDENTIFIER_TOKEN.exec(text);
    const tokenEnd = token === null ? follower.end : numberStart + token[0].length;
    return readingOf('identifier', null, numberStart, Math.min(limit, Math.max(follower.end, tokenEnd)));
  }
  return null;
}

/** Kind, unit and the span's extension by what the number's own notation includes. */
export function classify(context: Context): Reading {
  const { text, item, numberStart, numberEnd, limit, left } = context;
  const { low, high } = item;

  if (low.formKind === 'time') {
    const amPm = amPmEnd(text, numberEnd, limit);
    return readingOf('time', null, left, amPm < 0 ? numberEnd : amPm);
  }
  if (low.formKind !== null) return readingOf(low.formKind, low.formKind === 'multiple' ? 'times' : null, left, numberEnd);

  const follower = readFollower(text, numberEnd, limit);
  const dayLike = isDayOfMonth(low, item.lowValue) && (high === null || isDayOfMonth(high, item.highValue));
  if (dayLike) {
    const monthStart = monthStartBefore(text, numberStart, context.floor);
    if (monthStart >= 0) return readingOf('date', null, Math.min(monthStart, left), numberEnd);
    let monthWord = follower;
    if (monthWord !== null && monthWord.gap === 'space' && monthWord.lower === 'of') monthWord = readFollower(text, monthWord.end, limit);
    if (monthWord !== null && monthWord.gap === 'space' && MONTHS.has(monthWord.word)) {
      const end = text.charCodeAt(monthWord.end) === 46 && monthWord.word.length <= 4 ? monthWord.end + 1 : monthWord.end;
      return readingOf('date', null, left, Math.min(end, limit));
    }
  }
  if (low.ordinal) return readingOf('ordinal', null, left, numberEnd);
  if (context.currency !== null) return readingOf('money', context.currency, left, numberEnd);
  if (isHourLike(text, item)) {
    const amPm = amPmEnd(text, numberEnd, limit);
    if (amPm >= 0) return readingOf('time', null, left, amPm);
  }

  const symbol = symbolAfterEnd(text, numberEnd, limit);
  if (symbol !== null) return readingOf('money', symbol.code, left, symbol.end);
  if (follower !== null) {
    const reading = readingByFollower(context, follower);
    if (reading !== null) return reading;
  }
  if (low.fraction) return readingOf('fraction', null, left, numberEnd);

  if (left === numberStart && (isNamedByWordBefore(text, numberStart) || isMarketIndexNumber(text, low))) return readingOf('identifier', null, left, numberEnd);
  if (left === numberStart && context.cue === null && high === null &&
    (isNamedByCapitalBefore(text, low, numberEnd, limit, context.floor) || isHouseNumber(text, numberEnd))) {
    return readingOf('identifier', null, left, numberEnd);
  }
  if (AGE_WORDS.has(wordBefore(text, left).lower)) return readingOf('measure', 'years', left, numberEnd);

  const previous = context.previous;
  if (dayLike && high === null && previous !== null && previous.kind === 'date' && DATE_CONTINUATION_GAP.test(text.slice(previous.end, numberStart))) {
    return readingOf('date', null, left, numberEnd); // "December 14 and 15"
  }
  if (isEraYear(text, item, left, numberEnd, previous)) return readingOf('year', null, left, numberEnd);

  const noun = countedNoun(text, numberEnd, limit, low);
  const yearLike = isYearLike(low, item.lowValue) &&
    (high === null || isYearLike(high, item.highValue) || (high.plainInteger && high.digitCount === 2));
  if (yearLike && context.currency === null) {
    const countsPeople = noun !== null && PEOPLE_NOUNS.has(noun) && !YEAR_PREPOSITIONS.has(wordBefore(text, left).lower);
    const bounded = context.cue === 'lower' || context.cue === 'upper';
    if (!countsPeople && !bounded) return readingOf('year', null, left, numberEnd);
  }
  const currency = noun === null ? undefined : MONEY_WORDS.get(noun);
  if (currency !== undefined) return readingOf('money', currency, left, numberEnd); // "millions of dollars"
  return readingOf('count', noun, left, numberEnd);
}
