/**
 * The `corroborate quantities` command's reading of a text (claims.md, "The quantities command"):
 * every number whatever it counts (people, money, percentages, distances, durations), but not
 * the numbers that only say when (years, dates, times of day), nor ordinals or names ("Su-34").
 */
import type { QuantityMention } from '../contracts/quantity.js';
import { findNumbers } from './numbers.js';
import type { NumberKind, NumberMention } from './types.js';

const QUANTITY_KINDS: ReadonlySet<NumberKind> = new Set(['count', 'money', 'percent', 'measure']);

export function isQuantity(mention: NumberMention): boolean {
  return QUANTITY_KINDS.has(mention.kind);
}

export function quantityOf(mention: NumberMention): QuantityMention {
  const { text, start, end, value, min, max, change, unit } = mention;
  return { text, start, end, value, min, max, change, unit };
}

export function quantitiesOf(text: string): QuantityMention[] {
  return findNumbers(text).filter(isQuantity).map(quantityOf);
}
