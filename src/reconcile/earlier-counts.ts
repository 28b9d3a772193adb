import type { Item } from './item.js';
import { rangeOf } from './intervals.js';

/**
 * A count its own report tells as given before the others of the day: "had
 * put the toll at 43 earlier in the day", "initially said 30", "first
 * reported 12". Read after a higher count of the same report or day, it is
 * still the earlier one: a running total that grew, not one that shrank.
 * (back-references.ts's toldAsEarlier reads recalled statements for origins
 * and updates; this reads the wider words a report uses to order a day's
 * counts, and is kept apart so that those rules are unchanged.)
 */
const TOLD_AS_EARLIER = /\b(?:had\s+(?:\p{L}+ly\s+)?(?:put|placed|said|given|reported|announced|counted|estimated|told|recorded)|earlier\s+(?:in\s+the\s+day|on\s+\p{L}+|that\s+day|today)|initially|at\s+first|first\s+(?:reported|said|put|gave|counted|announced)|previously|an\s+earlier\s+(?:toll|count|figure|tally))\b/iu;

function givenEarlier(item: Item): boolean {
  return TOLD_AS_EARLIER.test(item.claim.sentence.text);
}

/** Whether `later`, read after `earlier` but lower, is a count its report dates before it on the same day or in the same report. */
export function isEarlierCountReadLater(earlier: Item, later: Item): boolean {
  if (rangeOf(later).high >= rangeOf(earlier).low || !givenEarlier(later) || givenEarlier(earlier)) return false;
  return later.claim.doc === earlier.claim.doc || (later.stated.start <= earlier.stated.end && earlier.stated.start <= later.stated.end);
}
