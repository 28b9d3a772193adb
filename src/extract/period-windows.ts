import { calendarOf, dayNumber, isoWeekday, monthEnd, monthsBefore } from './calendar.js';

/**
 * The windows periods resolve to: a span of the sentence plus the UTC days it
 * covers, or only its length when no publication date places it; the counts
 * written before a time unit ("three days", "a few weeks").
 */
export function weekStart(dayNum: number): number {
  return dayNum - isoWeekday(dayNum);
}

/** The Saturday–Sunday weekend that contains `dayNum`, or else the latest one before it. */
export function weekendOnOrBefore(dayNum: number): [number, number] {
  const saturday = dayNum - ((isoWeekday(dayNum) - 5 + 7) % 7);
  return [saturday, saturday + 1];
}

// ---------------------------------------------------------------------------
// Numbers written as words or digits.

export const UNIT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const VAGUE_COUNT_WORDS = new Set(['few', 'a few', 'several', 'couple of', 'a couple of', 'many']);

export const NUMBER_PATTERN =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten' +
  '|a\\s+few|a\\s+couple\\s+of|couple\\s+of|few|several|many|an|a)';

/** A count, null for a vague one ("several"), undefined when it is no count at all. */
export function parseCount(raw: string): number | null | undefined {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^[\d,]+$/.test(word)) return Number(word.replace(/,/g, ''));
  if (VAGUE_COUNT_WORDS.has(word)) return null;
  if (word in UNIT_WORDS) return UNIT_WORDS[word];
  const [tens, unit] = word.split(/[- ]/);
  if (tens !== undefined && tens in TENS_WORDS) return (TENS_WORDS[tens] ?? 0) + (unit === undefined ? 0 : (UNIT_WORDS[unit] ?? 0));
  return undefined;
}

// ---------------------------------------------------------------------------
// Candidates: a span plus its resolved window, before overlaps are settled.

export interface Window {
  startDay: number | null;
  endDay: number | null;
  /** Set when the length is known but the dates are not (no publication date, or a vague start). */
  days: number | null;
}

export interface Candidate extends Window {
  start: number;
  end: number;
}

export const UNKNOWN: Window = { startDay: null, endDay: null, days: null };

/** Days that YYYY-MM-DD can write: "in the last 202310 weeks" reaches back before the year 1. */
export const FIRST_WRITABLE_DAY = dayNumber(1, 1, 1);
export const LAST_WRITABLE_DAY = dayNumber(9999, 12, 31);
export const writable = (day: number | null): number | null => (day !== null && day >= FIRST_WRITABLE_DAY && day <= LAST_WRITABLE_DAY ? day : null);

export function windowOf(startDay: number | null, endDay: number | null): Window {
  // Only a publication date earlier than a date the text states ("since October 2024" in a page dated 1990)
  // makes a window end before it starts: the stated start stands, and the end is left open.
  if (startDay !== null && endDay !== null && endDay < startDay) return openWindow(startDay, null);
  return { startDay, endDay, days: startDay !== null && endDay !== null ? endDay - startDay + 1 : null };
}

/** A window whose length is known but not its dates. */
export function lengthOnly(days: number | null): Window {
  return { startDay: null, endDay: null, days };
}

/** A window whose start is known (or not) but not its length: "since …" without a publication date. */
export function openWindow(startDay: number | null, endDay: number | null): Window {
  return { startDay, endDay, days: null };
}

export function candidate(start: number, end: number, window: Window): Candidate {
  const startDay = writable(window.startDay);
  const endDay = writable(window.endDay);
  const cut = startDay !== window.startDay || endDay !== window.endDay;
  return { start, end, startDay, endDay, days: cut ? null : window.days };
}

export function candidateAt(match: RegExpExecArray, window: Window): Candidate {
  return candidate(match.index, match.index + match[0].length, window);
}

export type TimeUnit = 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year';

export function unitOf(raw: string): TimeUnit {
  const unit = raw.toLowerCase().replace(/s$/, '');
  return unit === 'night' ? 'day' : (unit as TimeUnit);
}

/** The `count` units that end on the publication day ("over the past three days": published − 2 … published). */
export function trailingWindow(count: number | null, unit: TimeUnit, published: number | null): Window {
  if (count === null) return openWindow(null, published);
  if (count <= 0) return UNKNOWN;
  const fixedDays: Record<TimeUnit, number> = { hour: Math.ceil(count / 24), day: count, week: 7 * count, fortnight: 14 * count, month: 30 * count, year: 365 * count };
  if (published === null) return lengthOnly(fixedDays[unit]);
  if (unit === 'month') return windowOf(monthsBefore(published, count) + 1, published);
  if (unit === 'year') return windowOf(monthsBefore(published, 12 * count) + 1, published);
  return windowOf(published - fixedDays[unit] + 1, published);
}

export function windowForUnitContaining(unit: 'week' | 'month' | 'year', dayNum: number): [number, number] {
  const { year, month } = calendarOf(dayNum);
  if (unit === 'week') return [weekStart(dayNum), weekStart(dayNum) + 6];
  if (unit === 'month') return [dayNumber(year, month, 1), monthEnd(year, month)];
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

export function previousUnit(unit: 'week' | 'month' | 'year', dayNum: number): [number, number] {
  const [start] = windowForUnitContaining(unit, dayNum);
  return windowForUnitContaining(unit, start - 1);
}

/**
 * Every match of a global pattern, like `[...text.matchAll(pattern)]` but without the copy of the
 * pattern matchAll makes on each call. None of the patterns used here matches the empty string.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    found.push(match);
  }
  return found;
}

/** A month or a year that contains the publication day ends, as far as a report can know, on that day. */
export function clipToPublished(startDay: number, endDay: number, published: number | null): number {
  return published !== null && startDay <= published && published < endDay ? published : endDay;
}
