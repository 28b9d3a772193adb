/**
 * A figure's claims over time: x the publication date, y the number, each
 * claim drawn as what it says (a dot for a number, an arrow up from a floor,
 * an arrow down from a ceiling, a bar for a range, a cross for a denial),
 * coloured by speaker; copies of one statement joined by a dashed line.
 */
import * as Plot from '@observablehq/plot';
import type { BoardClaim } from '../../src/contracts/board.js';
import { el } from './dom.js';
import { speakerLabel } from './format.js';
import { tagClaimIds, withoutInlineStyles } from './plot-support.js';

type Shape = 'point' | 'floor' | 'ceiling' | 'range' | 'denial';

interface ClaimMark {
  id: string;
  date: Date;
  /** Where the mark sits: the number, or the floor/ceiling it starts at. */
  y: number;
  /** The far end: the arrow's tip or the range's high end. */
  y2: number;
  shape: Shape;
  speaker: string;
  origin: string;
  title: string;
}

export interface TimelineOptions {
  log: boolean;
  width?: number;
}

function shapeOf(claim: BoardClaim): Shape | null {
  const quantity = claim.quantity;
  // A claim with no number is a denial only when it denies ("some soldiers took their own lives" is not one).
  if (!quantity) return claim.stance === 'denied' ? 'denial' : null;
  if (quantity.bound === 'lower' || quantity.bound === 'vague') return 'floor';
  if (quantity.bound === 'upper') return 'ceiling';
  if (quantity.bound === 'range' && quantity.min !== null && quantity.max !== null) return 'range';
  return 'point';
}

function dayOf(claim: BoardClaim, fallback: string): Date {
  return new Date(`${claim.published ?? claim.stated ?? fallback}T00:00:00Z`);
}

function claimMarks(claims: readonly BoardClaim[], log: boolean): ClaimMark[] {
  const numbers = claims.flatMap((c) => (c.quantity ? [c.quantity.value, c.quantity.min, c.quantity.max] : [])).filter((n): n is number => n !== null && n > 0);
  const top = numbers.length ? Math.max(...numbers) : 10;
  const bottom = numbers.length ? Math.min(...numbers) : 1;
  const floor = log ? Math.max(bottom / 2, 0.5) : 0;
  const raise = (n: number) => (log ? n * 1.8 : n + top * 0.12);
  const lower = (n: number) => (log ? Math.max(n / 1.8, floor) : Math.max(n - top * 0.12, 0));
  const onScale = (n: number) => (log ? Math.max(n, floor) : n);
  const fallbackDay = claims.find((c) => c.published)?.published ?? new Date().toISOString().slice(0, 10);

  return claims.flatMap((claim) => {
    const shape = shapeOf(claim);
    if (shape === null) return [];
    const q = claim.quantity;
    let y = floor;
    let y2 = floor;
    if (q && shape === 'floor') [y, y2] = [onScale(q.min ?? q.value), raise(onScale(q.min ?? q.value))];
    else if (q && shape === 'ceiling') [y, y2] = [onScale(q.max ?? q.value), lower(onScale(q.max ?? q.value))];
    else if (q && shape === 'range') [y, y2] = [onScale(q.min ?? q.value), onScale(q.max ?? q.value)];
    else if (q) y = y2 = onScale(q.value);
    const speaker = speakerLabel(claim.speaker, claim.speaker_label);
    const date = claim.published ?? claim.stated ?? 'undated';
    const mark: ClaimMark = {
      id: claim.id,
      date: dayOf(claim, fallbackDay),
      y,
      y2,
      shape,
      speaker,
      origin: claim.origin,
      title: `${speaker}: ${q ? q.text : 'denies'} ${claim.outcome}\n${date} — ${claim.publisher ?? 'unknown outlet'}\n${claim.stance}, origin ${claim.origin}`,
    };
    return [mark];
  });
}

function only(marks: ClaimMark[], ...shapes: Shape[]): ClaimMark[] {
  return marks.filter((m) => shapes.includes(m.shape));
}

function claimMarkOptions(marks: ClaimMark[]) {
  return { stroke: 'speaker', title: 'title', ariaLabel: 'title', render: tagClaimIds(marks.map((m) => m.id)) } as const;
}

export function timelineChart(claims: readonly BoardClaim[], options: TimelineOptions): HTMLElement {
  const marks = claimMarks(claims, options.log);
  const copies = marks.filter((m) => marks.some((other) => other !== m && other.origin === m.origin));
  const points = only(marks, 'point', 'denial');
  const arrows = only(marks, 'floor', 'ceiling');
  const ranges = only(marks, 'range');

  const chart = Plot.plot({
    className: 'chart',
    width: options.width ?? 860,
    height: 380,
    marginLeft: 60,
    marginRight: 20,
    x: { type: 'utc', label: 'published', grid: true },
    y: { type: options.log ? 'log' : 'linear', label: 'claimed number', grid: true, nice: true, zero: !options.log },
    color: { type: 'categorical', legend: false },
    marks: [
      Plot.line(copies, { x: 'date', y: 'y', z: 'origin', stroke: '#999', strokeDasharray: '4,3', sort: 'date', ariaHidden: 'true' }),
      Plot.ruleX(ranges, { x: 'date', y1: 'y', y2: 'y2', strokeWidth: 7, strokeOpacity: 0.8, ...claimMarkOptions(ranges) }),
      Plot.arrow(arrows, { x1: 'date', x2: 'date', y1: 'y', y2: 'y2', strokeWidth: 2.5, headLength: 10, ...claimMarkOptions(arrows) }),
      Plot.dot(points, {
        x: 'date',
        y: 'y',
        r: 5,
        fill: 'speaker',
        symbol: (m: ClaimMark) => (m.shape === 'denial' ? 'times' : 'circle'),
        strokeWidth: 2,
        ...claimMarkOptions(points),
      }),
    ],
  });
  withoutInlineStyles(chart);
  return el('figure', { class: 'timeline' }, chart, speakerLegend(chart));
}

function speakerLegend(chart: ReturnType<typeof Plot.plot>): HTMLElement {
  const legend = el('ul', { class: 'legend', 'aria-label': 'speakers' });
  const color = chart.scale('color');
  const domain = (color?.domain ?? []) as unknown[];
  const range = (color?.range ?? []) as unknown[];
  domain.forEach((speaker, i) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = String(range[i % Math.max(range.length, 1)] ?? '#888');
    legend.append(el('li', {}, swatch, String(speaker)));
  });
  legend.append(el('li', { class: 'legend-key' }, '● number   ↑ “over …” (a floor)   ↓ “up to …” (a ceiling)   ▮ a range   × a denial   - - copies of one statement'));
  return legend;
}
