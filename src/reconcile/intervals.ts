import type { ClaimQuantity } from '../contracts/claim.js';
import type { Item } from './item.js';

/**
 * The values a quantity's wording allows, for deciding whether two claims
 * can both be true. "about 300" allows APPROX_SLACK either side (a conflict
 * is only called where no reasonable reading reconciles the two); "nearly
 * 1,000" keeps its stated ceiling; "over 3,000" has no upper end. A vague
 * magnitude ("dozens", "tens of thousands") allows anything: it never makes
 * a conflict on its own.
 */
const APPROX_SLACK = 0.3;

export interface ValueRange {
  low: number;
  high: number;
}

export function valueRange(quantity: ClaimQuantity): ValueRange {
  const { value, min, max, bound } = quantity;
  switch (bound) {
    case 'exact':
      return { low: value, high: value };
    case 'approx':
      return { low: min ?? value * (1 - APPROX_SLACK), high: max ?? value * (1 + APPROX_SLACK) };
    case 'lower':
      return { low: min ?? value, high: Infinity };
    case 'upper':
      return { low: 0, high: max ?? value };
    case 'range':
      return { low: min ?? value, high: max ?? value };
    case 'vague':
      return { low: 0, high: Infinity };
  }
}

/** What a vague magnitude spans: its order of magnitude ("tens of thousands" 10,000–99,999, "dozens" 10–99, "hundreds" 100–999). */
export function vagueSpan(quantity: ClaimQuantity): ValueRange {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, quantity.min ?? quantity.value)));
  return { low: magnitude, high: magnitude * 10 - 1 };
}

/** The smallest figure the wording asserts. */
export function smallestStated(quantity: ClaimQuantity): number {
  return quantity.bound === 'vague' ? vagueSpan(quantity).low : (quantity.min ?? quantity.value);
}

/** The largest figure the wording asserts, and whether it is open-ended ("over 3,000"). */
export function largestStated(quantity: ClaimQuantity): { value: number; open: boolean } {
  if (quantity.bound === 'vague') return { value: vagueSpan(quantity).high, open: false };
  if (quantity.bound === 'lower') return { value: quantity.min ?? quantity.value, open: true };
  return { value: quantity.max ?? quantity.value, open: false };
}

/** The range of a claim that states a number, made once per claim (the rules ask for it again and again). */
export function rangeOf(item: Item): ValueRange {
  // Callers pass claims with a number: originFirsts keeps only those.
  item.range ??= valueRange(item.claim.quantity!);
  return item.range;
}
