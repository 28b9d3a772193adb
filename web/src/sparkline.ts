/** A figure's claimed numbers over time, small enough for a table row. */
import * as Plot from '@observablehq/plot';
import type { BoardClaim } from '../../src/contracts/board.js';
import { representativeValue } from './format.js';
import { withoutInlineStyles } from './plot-support.js';

export function sparkline(claims: readonly BoardClaim[]): Element {
  const points = claims
    .map((c) => ({ date: c.published ? new Date(`${c.published}T00:00:00Z`) : null, value: representativeValue(c.quantity) }))
    .filter((p): p is { date: Date; value: number } => p.date !== null && p.value !== null && p.value > 0)
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.value - b.value);
  const values = points.map((p) => p.value);
  const spansDecades = values.length > 1 && Math.max(...values) / Math.min(...values) > 100;
  const chart = Plot.plot({
    className: 'sparkline',
    width: 140,
    height: 32,
    margin: 4,
    axis: null,
    x: { type: 'utc' },
    y: { type: spansDecades ? 'log' : 'linear', zero: !spansDecades },
    marks: [Plot.line(points, { x: 'date', y: 'value', stroke: '#888' }), Plot.dot(points, { x: 'date', y: 'value', r: 2, fill: 'currentColor' })],
  });
  chart.setAttribute('aria-label', `${points.length} claims over time`);
  return withoutInlineStyles(chart);
}
