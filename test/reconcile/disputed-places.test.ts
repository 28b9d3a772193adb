/**
 * A statement its reports place in two places ("410 bodies in the Kyiv region", retold by a
 * channel as "410 in Bucha"): a lower count of one of the places is not surely a contradiction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const between = (result: Board, a: string, b: string) => result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
const CIVILIANS = { outcome: 'killed', affiliation: null, kind: 'civilian', group: 'civilians', country: 'UA' } as const;

test('a lower count of a town is not a conflict with a statement its reports place both in the town and in its region', () => {
  for (const [town, region, high, low] of [['Bucha', 'Kyiv Oblast', 410, 320], ['Irpin', 'Kyiv Oblast', 290, 200], ['Mariupol', 'Donetsk Oblast', 5000, 2357]] as const) {
    const result = board(
      { id: 'channel', doc: 'd_a', publisher: 'Local Channel', published: '2022-04-03', speaker: 'Iryna Venediktova', value: high, ...CIVILIANS, place: town },
      { id: 'wire', doc: 'd_b', publisher: 'Wire', published: '2022-04-03', speaker: 'Iryna Venediktova', value: high, ...CIVILIANS, place: region },
      { id: 'mayor', doc: 'd_c', publisher: 'Town News', published: '2022-04-07', speaker: 'Town Mayor', value: low, ...CIVILIANS, place: town },
    );
    const relations = [...between(result, 'channel', 'mayor'), ...between(result, 'wire', 'mayor')];
    assert.ok(relations.length > 0, `${town}: the two are related`);
    assert.ok(relations.every((r) => r.verdict !== 'conflict'), `${town}: ${JSON.stringify(relations)}`);
    assert.ok(relations.some((r) => r.verdict === 'not-comparable' && r.why.includes(region) && r.why.includes(town)), town);
  }
});

test('a statement its reports all place in one town still conflicts with a lower later count there', () => {
  const result = board(
    { id: 'first', doc: 'd_a', publisher: 'Local Channel', published: '2022-04-03', speaker: 'Iryna Venediktova', value: 410, ...CIVILIANS, place: 'Bucha' },
    { id: 'copy', doc: 'd_b', publisher: 'Wire', published: '2022-04-03', speaker: 'Iryna Venediktova', value: 410, ...CIVILIANS, place: 'Bucha' },
    { id: 'mayor', doc: 'd_c', publisher: 'Town News', published: '2022-04-07', speaker: 'Town Mayor', value: 320, ...CIVILIANS, place: 'Bucha' },
  );
  assert.deepEqual(between(result, 'first', 'mayor').map((r) => r.verdict), ['conflict']);
});
