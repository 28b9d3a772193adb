/**
 * A speaker's total with no period, said on or after the day its one running series of that
 * outcome starts ("265 fighters have surrendered", then "since 16 May, 959 have surrendered"), is
 * a reading of that series: one figure, and the later number an update.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const since = (start: string, published: string) => ({ text: `since ${start}`, start, end: published });

test('a speaker\'s total with no period joins its own running series', () => {
  const cases = [
    { outcome: 'surrendered', speakerOrg: 'Russian defence ministry', start: '2022-05-16', values: [265, 959, 1730], affiliation: 'UA', kind: 'military', group: 'fighters' },
    { outcome: 'killed', speakerOrg: 'Gaza health ministry', start: '2023-10-07', values: [1900, 2750, 3478], affiliation: 'PS', kind: null, group: 'Palestinians' },
    { outcome: 'captured', speakerOrg: 'Ukrainian army', start: '2024-08-06', values: [100, 420, 594], affiliation: 'RU', kind: 'military', group: 'Russian soldiers' },
  ] as const;
  for (const c of cases) {
    const day = (n: number) => new Date(Date.parse(c.start) + n * 86_400_000).toISOString().slice(0, 10);
    const common = { outcome: c.outcome, speakerOrg: c.speakerOrg, affiliation: c.affiliation, kind: c.kind, group: c.group, place: null };
    const result = board(
      { id: 'plain', doc: 'd_a', published: day(1), value: c.values[0], ...common },
      { id: 'since1', doc: 'd_b', published: day(2), value: c.values[1], ...common, period: since(c.start, day(2)) },
      { id: 'since2', doc: 'd_c', published: day(3), value: c.values[2], ...common, period: since(c.start, day(3)) },
    );
    assert.equal(result.claims.plain?.figure, result.claims.since1?.figure, c.outcome);
    assert.equal(result.claims.since1?.figure, result.claims.since2?.figure, c.outcome);
    const relation = result.relations.find((r) => r.a === 'plain' && r.b === 'since1');
    assert.equal(relation?.verdict, 'update', `${c.outcome}: ${JSON.stringify(relation)}`);
  }
});

test('a total said before the series starts, or by another speaker, stays apart', () => {
  const common = { outcome: 'surrendered', affiliation: 'UA', kind: 'military', group: 'fighters', place: null } as const;
  const result = board(
    { id: 'before', doc: 'd_a', published: '2022-05-10', value: 50, speakerOrg: 'Russian defence ministry', ...common },
    { id: 'other', doc: 'd_b', published: '2022-05-18', value: 300, speakerOrg: 'regional governor', ...common },
    { id: 'series', doc: 'd_c', published: '2022-05-18', value: 959, speakerOrg: 'Russian defence ministry', ...common, period: since('2022-05-16', '2022-05-18') },
  );
  assert.notEqual(result.claims.before?.figure, result.claims.series?.figure);
  assert.notEqual(result.claims.other?.figure, result.claims.series?.figure);
});
