/**
 * Issue 14, denials: a denial of a toll of no side ("the RSF said the figures were fabricated", of the
 * civilians killed in El Geneina) stands against the tolls at its place; not against tolls elsewhere, and
 * a denial that names no place is set against nothing of no side.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const conflictsOf = (result: Board, id: string) => result.relations.filter((r) => r.verdict === 'conflict' && (r.a === id || r.b === id)).map((r) => (r.a === id ? r.b : r.a)).sort();
const CIVILIANS = { affiliation: null, kind: 'civilian' as const, country: null };

test('a denial of the figures at a place stands against every toll of no side there', () => {
  const stories: Array<[string, string, number, number]> = [
    ['El Geneina', 'RSF', 15000, 12000],
    ['Hroza', 'Russia', 51, 59],
    ['Wad Madani', 'the militia', 40, 37],
  ];
  for (const [place, denier, first, second] of stories) {
    const result = board(
      { id: 'first', doc: 'd_first', published: '2024-01-19', speakerOrg: 'UN monitors', value: first, outcome: 'killed', ...CIVILIANS, place },
      { id: 'second', doc: 'd_second', published: '2024-01-25', speakerOrg: 'community leaders', value: second, outcome: 'killed', ...CIVILIANS, place },
      { id: 'denial', doc: 'd_second', published: '2024-01-25', speakerOrg: denier, value: null, stance: 'denied', outcome: 'casualties', ...CIVILIANS, place, sentenceStart: 300 },
      { id: 'elsewhere', doc: 'd_other', published: '2024-01-20', speakerOrg: 'UN monitors', value: 900, outcome: 'killed', ...CIVILIANS, place: 'Kyiv' },
    );
    // One conflict per independent count on the denied figure; the figure is marked denied.
    assert.deepEqual(conflictsOf(result, 'denial'), ['first', 'second'], place);
    const figureOf = (id: string) => result.figures.find((f) => f.claims.includes(id));
    assert.equal(figureOf('first')?.denied, true, place);
    assert.equal(figureOf('elsewhere')?.denied, false, `${place}: a toll elsewhere is not denied`);
  }
});

test('a denial that names no place is set against no toll of no side', () => {
  const result = board(
    { id: 'toll', doc: 'd_first', published: '2024-01-19', speakerOrg: 'UN monitors', value: 15000, outcome: 'killed', ...CIVILIANS, place: 'El Geneina' },
    { id: 'denial', doc: 'd_second', published: '2024-01-25', speakerOrg: 'RSF', value: null, stance: 'denied', outcome: 'casualties', ...CIVILIANS, place: null },
  );
  assert.deepEqual(conflictsOf(result, 'denial'), []);
});
