import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import type { ClaimQuantity } from '../../src/contracts/claim.js';
import { CHART_WIDTH } from '../../src/report/timeline-chart.js';
import { renderTimeline } from '../../src/report/timeline.js';
import { boardClaim, boardOf } from '../support/board.js';
import { demoBoard } from '../support/demo-board.js';

let demo: Board;
before(async () => {
  demo = await demoBoard();
});

/** The bars of a rendered timeline, keyed by the number written after them. */
function bars(text: string): Array<{ bar: string; number: string; date: string; marker: string }> {
  return [...text.matchAll(/^(\S+) +(\S+(?: copy)?) +│(.*)│ (.*)$/gm)].map((m) => ({ date: m[1]!, marker: m[2]!, bar: m[3]!, number: m[4]! }));
}

/** The table rows: lines starting with a date (or "undated") and two spaces. */
function tableRows(text: string): string[] {
  return text.split('\n').filter((line) => /^(\d{4}-\d\d-\d\d|undated) {2}/.test(line) && !line.includes('│'));
}

test('the demo timelines list every claim of a figure in publication order and chart one row per claim', () => {
  for (const figure of demo.figures) {
    const text = renderTimeline(demo, [figure.id]);
    const rows = tableRows(text);
    const chart = bars(text);
    assert.equal(rows.length, figure.claims.length, `${figure.id}: one table row per claim`);
    assert.equal(chart.length, figure.claims.length, `${figure.id}: one chart row per claim`);
    const dates = chart.map((row) => row.date).filter((date) => date !== 'undated');
    assert.deepEqual(dates, [...dates].sort(), `${figure.id}: publication order`);
    assert.deepEqual(chart.map((row) => row.date), figure.claims.map((id) => demo.claims[id]!.published ?? 'undated'));
    for (const row of chart) assert.equal([...row.bar].length, CHART_WIDTH, 'bars are width-limited');
  }
});

test('copies of one origin share its letter, and each row names the verdicts touching its claim', () => {
  const deployed = demo.figures.find((figure) => figure.outcome === 'deployed' && figure.location === 'Russia')!;
  const text = renderTimeline(demo, [deployed.id]);
  assert.match(text, /^North Korean military — deployed — Russia — running total$/m);
  const [first, ...rest] = tableRows(text);
  assert.match(first!, /U\.S\. Department of Defense\s+about 10,000\s+approx\s+Harbour Wire\s+A\s+conflict×2 consistent×1 same-origin×5$/);
  assert.ok(rest.some((row) => /Russia\s+\(denial\)\s+Harbour Wire\s+B\s+conflict×\d/.test(row)));
  assert.ok(rest.some((row) => /U\.S\. Department of Defense\s+about 10,000\s+approx\s+.*\s+A copy\s+same-origin×1$/.test(row)));
  const denial = bars(text).find((row) => row.number === '(denial)');
  assert.equal(denial?.bar.trim(), '', 'a denial has no bar');
});

const quantity = (text: string, value: number, min: number | null, max: number | null, bound: ClaimQuantity['bound']): ClaimQuantity => ({ text, value, min, max, bound });

function chartOf(quantities: ClaimQuantity[]): Map<string, string> {
  const claims = quantities.map((q, i) => boardClaim(`c_${i}`, { quantity: q, published: `2024-12-${String(10 + i)}` }));
  return new Map(bars(renderTimeline(boardOf(claims), ['f_test'])).map((row) => [row.number, row.bar]));
}

test('bars draw what the wording allows: exact, approximate, floors, ceilings and ranges, scaled to the largest', () => {
  const chart = chartOf([
    quantity('40', 40, 40, 40, 'exact'),
    quantity('about 20', 20, null, null, 'approx'),
    quantity('over 30', 30, 30, null, 'lower'),
    quantity('up to 10', 10, null, 10, 'upper'),
    quantity('between 20 and 30', 20, 20, 30, 'range'),
  ]);
  assert.equal(chart.get('40'), '█'.repeat(40));
  assert.equal(chart.get('about 20'), `${'█'.repeat(19)}~`.padEnd(40));
  assert.equal(chart.get('over 30'), `${'█'.repeat(29)}▶`.padEnd(40));
  assert.equal(chart.get('up to 10'), `${'…'.repeat(9)}◀`.padEnd(40));
  assert.equal(chart.get('between 20 and 30'), `${' '.repeat(19)}${'█'.repeat(11)}`.padEnd(40));
});

test('numbers spanning more than two orders of magnitude are drawn on a log scale', () => {
  const wide = renderTimeline(boardOf([boardClaim('c_a', { quantity: quantity('3', 3, 3, 3, 'exact') }), boardClaim('c_b', { quantity: quantity('3,000', 3000, 3000, 3000, 'exact') })]), ['f_test']);
  assert.match(wide, /^log scale, 1\.5 to 3,000 over 40 columns/m);
  const [small, large] = bars(wide);
  assert.ok(small!.bar.trim().length >= 3, 'the small number is still visible');
  assert.equal(large!.bar, '█'.repeat(40));
  const narrow = renderTimeline(boardOf([boardClaim('c_a', { quantity: quantity('30', 30, 30, 30, 'exact') }), boardClaim('c_b', { quantity: quantity('3,000', 3000, 3000, 3000, 'exact') })]), ['f_test']);
  assert.match(narrow, /^linear scale, 0 to 3,000 over 40 columns/m);
  assert.equal(bars(narrow)[0]!.bar.trim(), '█', '30 of 3,000 is under one column, drawn as one');
  assert.match(renderTimeline(demo, ['f_missing']), /^No figure f_missing on this board\.$/m);
});
