import type { FigurePeriod } from '../contracts/board.js';
import type { Period } from '../contracts/claim.js';
import { dayOfIso } from './days.js';
import type { Item } from './item.js';

/**
 * "since Oct. 7", "since Monday": a period from a start to the report itself,
 * which ends on each report's own day. Two such counts from one start are one
 * running total read on different days, not two periods.
 */
const SINCE = /\bsince\b/i;

export function runsToReport(item: Item, period: Period | null = item.period): boolean {
  const end = period?.end;
  return !!period?.start && !!end && SINCE.test(period.text) && Math.abs(dayOfIso(end) - item.published) <= 1;
}

/** A figure that only grows: no period at all, or one open from a start ("since Oct. 7"). */
export function isRunningTotal(period: FigurePeriod | null): boolean {
  return period === null || (period.start !== null && period.end === null && period.text === undefined);
}
