/**
 * Issue 14, false accusations: an outlet's daily reports written from one template read alike, but each
 * day's numbers are that day's; only another publisher's copy, or the same day's, is a copy
 * (src/reconcile/outlet-series.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));

test('a daily update from one template is a series of statements, never drift', () => {
  const series: Array<[string, string, Array<[string, number]>]> = [
    ['South Bulletin', 'Oleksandr Prokudin', [['2024-06-10', 3], ['2024-06-11', 4], ['2024-06-12', 5]]],
    ['General Staff channel', 'General Staff of the Armed Forces of Ukraine', [['2024-03-01', 1060], ['2024-03-02', 990], ['2024-03-03', 1120]]],
    ['Regional administration feed', 'Belgorod governor', [['2024-05-20', 2], ['2024-05-21', 7], ['2024-05-22', 1]]],
  ];
  for (const [publisher, speaker, days] of series) {
    const specs = days.map(([day, value], i): ClaimSpec => ({
      id: `day${i}`,
      doc: `d_${i}`,
      cluster: 'd_0',
      publisher,
      published: day,
      speakerOrg: speaker,
      value,
      outcome: 'killed',
      period: { text: 'over the past day', start: day, end: day },
    }));
    const result = board(...specs);
    assert.ok(!result.relations.some((r) => r.verdict === 'drift' || r.verdict === 'conflict'), `${publisher}: ${result.relations.map((r) => r.why).join(' | ')}`);
    assert.equal(new Set(specs.map((s) => result.claims[s.id]?.figure)).size, days.length, `${publisher}: one figure per day`);
  }
});

test('another publisher’s copy, or the same outlet’s copy the same day, is still a copy', () => {
  const first: ClaimSpec = { id: 'first', doc: 'd_first', publisher: 'South Bulletin', published: '2024-06-10', speakerOrg: 'Oleksandr Prokudin', value: 3, outcome: 'killed' };
  const elsewhere = board(first, { id: 'copy', doc: 'd_copy', cluster: 'd_first', publisher: 'Harbour Wire', published: '2024-06-11', speakerOrg: 'Oleksandr Prokudin', value: 4, outcome: 'killed' });
  assert.deepEqual(elsewhere.relations.map((r) => r.verdict), ['drift']);
  const sameDay = board(first, { id: 'copy', doc: 'd_copy', cluster: 'd_first', publisher: 'South Bulletin', published: '2024-06-10', speakerOrg: 'Oleksandr Prokudin', value: 3, outcome: 'killed' });
  assert.deepEqual(sameDay.relations.map((r) => r.verdict), ['same-origin']);
});
