import { rangeOf } from './intervals.js';
import type { Item } from './item.js';

/**
 * The missing are counted as they stand on the day: a count falls as the
 * missing are found, alive or dead, so a lower count said on a later day
 * contradicts no earlier one ("the fate of more than 30 is unknown" on the
 * 15th, "20 are still missing" on the 17th).
 */
export function missingFoundSince(earlier: Item, later: Item): boolean {
  if (earlier.claim.outcome !== 'missing' || later.claim.outcome !== 'missing') return false;
  const [first, second] = earlier.stated.start <= later.stated.start ? [earlier, later] : [later, earlier];
  return second.stated.start > first.stated.start && rangeOf(second).high < rangeOf(first).low;
}
