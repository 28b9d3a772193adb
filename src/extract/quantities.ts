/**
 * The `corroborate quantities` command's reading of a text (claims.md, "The quantities command"):
 * every number whatever it counts (people, money, percentages, distances, durations), but not
 * the numbers that only say when (years, dates, times of day), nor ordinals or names ("Su-34").
 */
import type { QuantityMention } from '../contracts/quantity.js';
import { findNumbers } from './numbers.js';
import type { NumberKind, NumberMention } from './types.js';

const QUANTITY_KINDS: ReadonlySet<NumberKind> = new Set(['count', 'money', 'percent', 'measure', 'fraction', 'multiple']);

export function isQuantity(mention: NumberMention): boolean {
  return QUANTITY_KINDS.has(mention.kind);
}

/**
 * The quantities record of a number. A vague count is a range from its smallest to its largest
 * reading ("dozens" 24–99, "hundreds" 200–999, "tens of thousands" 20,000–99,999), where the claim
 * record keeps only the smallest (claims.md, "Quantity bounds").
 */
export function quantityOf(mention: NumberMention): QuantityMention {
  const { text, start, end, value, min, change, unit } = mention;
  const max = mention.bound === 'vague' ? mention.vagueMax : mention.max;
  return { text, start, end, value, min, max, change, unit };
}

export function quantitiesOf(text: string): QuantityMention[] {
  return findNumbers(text).filter(isQuantity).map(quantityOf);
}
