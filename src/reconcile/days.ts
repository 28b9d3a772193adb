/** Calendar days as UTC day numbers (days since 1970-01-01), the unit reconcile compares dates in. */
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-12-27" or "2024-12-27T18:00:00+02:00" → the day number of the date as written. */
export function dayOfIso(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

export function dayOfDate(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A corpus names the same few hundred days again and again. */
const isoDays = new Map<number, string>();

export function isoOfDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size >= 100_000) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

/** "27 Dec 2024": how a brief or a `why` sentence writes a day. */
export function spokenDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return dayOfDate(year, month + 1, 0);
}

/** A closed span of days. */
export interface DaySpan {
  start: number;
  end: number;
}

export function overlaps(a: DaySpan, b: DaySpan, slack = 0): boolean {
  return a.start <= b.end + slack && b.start <= a.end + slack;
}
