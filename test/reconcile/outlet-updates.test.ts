/**
 * Issue 14, verdicts: an outlet's own count, attributed to no one ("our volunteers have now recorded
 * 312"), is the outlet's word: its later number on the figure is an update, not a contradiction between
 * sources; two outlets' unattributed counts stay two sources.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function own(id: string, day: string, publisher: string, value: number): ClaimSpec {
  return { id, doc: `d_${id}`, published: day, publisher, value, outcome: 'killed', affiliation: null, kind: 'civilian', place: 'Zamzam', country: null, incident: 'the assault on the camp' };
}

const between = (board: ReturnType<typeof reconcile>) => board.relations.filter((r) => [r.a, r.b].sort().join() === 'first,later').map((r) => r.verdict);

test('an outlet’s own later number on a figure is its update, raised or revised down', () => {
  const cases: Array<[string, number, number]> = [
    ['Zamzam Camp Relief Volunteers', 200, 312],
    ['The Kharkiv Courier', 40, 52],
    ['Sahel Brief', 61, 48],
  ];
  for (const [publisher, first, later] of cases) {
    const board = reconcile([own('first', '2025-04-13', publisher, first), own('later', '2025-04-15', publisher, later)].map(sourced));
    assert.deepEqual(between(board), ['update'], publisher);
    assert.match(board.relations[0]?.why ?? '', new RegExp(later > first ? 'raised' : 'revised down'));
  }
});

test('two outlets’ unattributed counts are two sources', () => {
  const board = reconcile([own('first', '2025-04-13', 'The Kharkiv Courier', 61), own('later', '2025-04-15', 'Sahel Brief', 48)].map(sourced));
  assert.notDeepEqual(between(board), ['update']);
});
