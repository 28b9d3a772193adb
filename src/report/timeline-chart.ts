import type { ClaimQuantity } from '../contracts/claim.js';
import { formatCount } from './numbers.js';

/**
 * A text chart of a figure's claims: one row per claim, a horizontal bar
 * scaled to the largest number any of them states (log10 when the numbers
 * span more than two orders of magnitude). What the wording allows is
 * drawn, not just the number: exact █, approximate ending in ~, a floor
 * ending in ▶ ("over 3,000"), a ceiling as … up to ◀ ("up to 300"), a range
 * as a bar from its low to its high end.
 */
export const CHART_WIDTH = 40;
export const CHART_LEGEND = '█ exact   ~ approximate   ▶ at least   …◀ at most   blank then █ a range from its low to its high end';

export interface Scale {
  kind: 'linear' | 'log';
  /** The value at column 0 (0, or the log scale's floor) and at the last column. */
  from: number;
  to: number;
}

export function chartScale(quantities: ReadonlyArray<ClaimQuantity | null>): Scale | null {
  const values = quantities.flatMap((q) => (q ? [lowEnd(q), highEnd(q)] : [])).filter((v) => v > 0);
  if (values.length === 0) return null;
  const largest = Math.max(...values);
  const smallest = Math.min(...values);
  // The floor sits a little below the smallest number, so that it still gets a visible bar.
  return largest / smallest > 100 ? { kind: 'log', from: smallest / 2, to: largest } : { kind: 'linear', from: 0, to: largest };
}

export function scaleLabel(scale: Scale): string {
  return scale.kind === 'log'
    ? `log scale, ${formatCount(scale.from)} to ${formatCount(scale.to)} over ${CHART_WIDTH} columns`
    : `linear scale, 0 to ${formatCount(scale.to)} over ${CHART_WIDTH} columns`;
}

/** The bar for one quantity, exactly CHART_WIDTH columns wide. */
export function chartBar(quantity: ClaimQuantity | null, scale: Scale | null): string {
  if (!quantity || !scale) return ''.padEnd(CHART_WIDTH);
  const low = column(lowEnd(quantity), scale);
  const high = column(highEnd(quantity), scale);
  switch (quantity.bound) {
    case 'exact':
      return fill('█', high);
    case 'approx':
      return endsWith('█', high, '~');
    case 'lower':
    case 'vague':
      return endsWith('█', low, '▶');
    case 'upper':
      return endsWith('…', high, '◀');
    case 'range':
      return (' '.repeat(Math.max(low - 1, 0)) + '█'.repeat(Math.max(high - low + 1, 1))).padEnd(CHART_WIDTH);
  }
}

function lowEnd(quantity: ClaimQuantity): number {
  return quantity.min ?? quantity.value;
}

function highEnd(quantity: ClaimQuantity): number {
  return quantity.max ?? Math.max(quantity.value, quantity.min ?? 0);
}

/** 1..CHART_WIDTH: the column where a value ends; any positive value gets at least one. */
function column(value: number, scale: Scale): number {
  if (value <= 0) return 0;
  const share =
    scale.kind === 'log'
      ? Math.log10(value / scale.from) / Math.log10(scale.to / scale.from)
      : value / scale.to;
  return Math.min(CHART_WIDTH, Math.max(1, Math.round(share * CHART_WIDTH)));
}

function fill(char: string, columns: number): string {
  return char.repeat(Math.max(columns, 0)).padEnd(CHART_WIDTH);
}

function endsWith(char: string, columns: number, end: string): string {
  return (char.repeat(Math.max(columns - 1, 0)) + end).padEnd(CHART_WIDTH);
}
