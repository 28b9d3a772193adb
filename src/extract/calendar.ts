/**
 * Calendar arithmetic on UTC day numbers (days since 1970-01-01): the unit
 * periods are resolved in by the extractor and compared in by reconcile.
 */
export const DAY_MS = 86_400_000;

export interface YearMonthDay {
  year: number;
  month: number; // 1..12
  day: number;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function calendarOf(dayNum: number): YearMonthDay {
  const date = new Date(dayNum * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Dates already written: a corpus names the same few hundred days again and again. */
const ISO_DATES = new Map<number, string>();

/** The day as YYYY-MM-DD. */
export function isoDate(dayNum: number): string;
export function isoDate(dayNum: number | null): string | null;
export function isoDate(dayNum: number | null): string | null {
  if (dayNum === null) return null;
  let iso = ISO_DATES.get(dayNum);
  if (iso === undefined) {
    iso = new Date(dayNum * DAY_MS).toISOString().slice(0, 10);
    if (ISO_DATES.size >= 100_000) ISO_DATES.clear();
    ISO_DATES.set(dayNum, iso);
  }
  return iso;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day-of-month `months` earlier, clamped to the shorter month (Mar 31 − 1 month → Feb 28/29). */
export function monthsBefore(dayNum: number, months: number): number {
  const { year, month, day } = calendarOf(dayNum);
  const monthIndex = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return dayNumber(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function monthEnd(year: number, month: number): number {
  return dayNumber(year, month, daysInMonth(year, month));
}

/** 0 = Monday … 6 = Sunday. */
export function isoWeekday(dayNum: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNum + 3) % 7) + 7) % 7;
}

/** The same day `years` years later (earlier when negative); 29 February becomes the 28th. */
export function shiftYear(dayNum: number, years: number): number {
  const { year, month, day } = calendarOf(dayNum);
  return dayNumber(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}
