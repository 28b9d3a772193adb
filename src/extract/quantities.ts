/**
 * The `corroborate quantities` command's reading of a text (claims.md, "The quantities command"):
 * every number whatever it counts (people, money, percentages, distances, durations), but not
 * the numbers that only say when (years, dates, times of day), nor ordinals or names ("Su-34").
 */
import type { QuantityMention } from '../contracts/quantity.js';
import { findNumbers } from './numbers.js';
import type { NumberKind, NumberMention } from './types.js';
import { isVagueDeterminer, vagueMagnitudeRange } from './numbers/vague-ranges.js';

const QUANTITY_KINDS: ReadonlySet<NumberKind> = new Set(['count', 'money', 'percent', 'measure', 'fraction', 'multiple']);

export function isQuantity(mention: NumberMention): boolean {
  return QUANTITY_KINDS.has(mention.kind) && !isVagueDeterminer(mention);
}

/**
 * The quantities record of a number. A vague magnitude is the range of its order of magnitude
 * ("millions" 1–10 million, "tens of thousands" 10,000–100,000, "dozens" 12–120: vague-ranges.ts);
 * another vague count a range from its smallest to its largest reading ("several hundred" 300–999,
 * "a few dozen" 24–99), where the claim record keeps only the smallest (claims.md, "Quantity bounds").
 */
export function quantityOf(mention: NumberMention): QuantityMention {
  const { text, start, end, value, min, change, unit } = mention;
  const magnitude = vagueMagnitudeRange(mention);
  if (magnitude !== null) return { text, start, end, value: magnitude.min, min: magnitude.min, max: magnitude.max, change: '=', unit };
  const max = mention.bound === 'vague' ? mention.vagueMax : mention.max;
  return { text, start, end, value, min, max, change, unit };
}

export function quantitiesOf(text: string): QuantityMention[] {
  return findNumbers(text).filter(isQuantity).map(quantityOf);
}
