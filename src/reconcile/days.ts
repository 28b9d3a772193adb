import { DAY_MS, dayNumber, isoDate, monthEnd } from '../extract/calendar.js';

/** Calendar days as UTC day numbers (days since 1970-01-01), the unit reconcile compares dates in. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "July", "july", "Sept." → 7, 9: a month's number by its English name or abbreviation, or 0. */
export function monthNumber(name: string): number {
  const abbreviation = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.toLowerCase() === abbreviation) + 1;
}

/** "2024-12-27" or "2024-12-27T18:00:00+02:00" → the day number of the date as written. */
export function dayOfIso(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export { dayNumber as dayOfDate, isoDate as isoOfDay, monthEnd as lastDayOfMonth };

/** "27 Dec 2024": how a brief or a `why` sentence writes a day. */
export function spokenDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A closed span of days. */
export interface DaySpan {
  start: number;
  end: number;
}

export function overlaps(a: DaySpan, b: DaySpan, slack = 0): boolean {
  return a.start <= b.end + slack && b.start <= a.end + slack;
}
