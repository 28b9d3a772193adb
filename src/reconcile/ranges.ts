import type { PlacedFigure } from './figures.js';
import { largestStated, smallestStated } from './intervals.js';
import type { Item } from './item.js';
import { originFirsts } from './related.js';

/**
 * A figure's range, from the first claim of each independent origin:
 *  - low: the most conservative figure any origin asserts (ACLED's rule);
 *  - high: the largest figure any origin asserts; null when that largest
 *    figure is only a floor ("over 3,000": no source puts a ceiling on it);
 *  - best: the latest origin's figure, passing over claims that a numeric
 *    conflict contradicts (a denial marks the figure `denied` but does not
 *    remove its best figure); null when every origin is contradicted. A vague
 *    magnitude ("tens of thousands": 10,000 to 99,999 for low and high) is
 *    never the best figure: with no number beside it, best is null.
 * "Latest" is by when the statement was made, then by publication.
 */
export interface FigureRange {
  low: number | null;
  best: number | null;
  high: number | null;
}

export function figureRange(figure: PlacedFigure, contradicted: ReadonlySet<string>): FigureRange {
  const firsts = originFirsts(figure);
  if (firsts.length === 0) return { low: null, best: null, high: null };
  let low = Infinity;
  let largest = { value: -Infinity, open: false };
  for (const item of firsts) {
    const quantity = item.claim.quantity!;
    low = Math.min(low, smallestStated(quantity));
    const stated = largestStated(quantity);
    if (stated.value > largest.value || (stated.value === largest.value && stated.open)) largest = stated;
  }
  // Undated documents cannot be the latest word.
  const byStatement = [...firsts].sort((a, b) => Number(a.dated) - Number(b.dated) || a.stated.end - b.stated.end || a.order - b.order);
  const best = byStatement.reverse().find((item: Item) => !contradicted.has(item.claim.id) && item.claim.quantity!.bound !== 'vague');
  return { low, best: best ? best.claim.quantity!.value : null, high: largest.open ? null : largest.value };
}
