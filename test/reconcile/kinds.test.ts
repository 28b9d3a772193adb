/**
 * Issue 14, figures: a claim that names no kind of people and no side joins the one kind counted at its
 * place ("more than 260 bodies" at the festival where "364 people" were killed); where two kinds are
 * counted there, or it names no place, it stays as it is.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]) => reconcile(specs.map(sourced));
const NO_SIDE = { outcome: 'killed' as const, affiliation: null };

test('a count of no side and no kind joins the one kind counted at its place', () => {
  for (const [place, group] of [['Supernova', 'bodies'], ['Jameela fruit market', 'dead'], ['Ipi village', 'victims']] as const) {
    const result = board(
      { id: 'unkinded', published: '2023-10-12', speakerOrg: 'Rescue workers', value: 260, ...NO_SIDE, kind: null, group, place },
      { id: 'kinded', published: '2024-05-28', speakerOrg: 'Police', value: 364, ...NO_SIDE, kind: 'civilian', group: 'people', place },
    );
    assert.equal(result.claims.unkinded?.figure, result.claims.kinded?.figure, place);
  }
});

test('where two kinds are counted at the place, or there is no place, a count of no kind stays apart', () => {
  const two = board(
    { id: 'unkinded', published: '2023-10-12', speakerOrg: 'Rescue workers', value: 260, ...NO_SIDE, kind: null, group: 'bodies', place: 'Supernova' },
    { id: 'civilians', published: '2024-05-28', speakerOrg: 'Police', value: 364, ...NO_SIDE, kind: 'civilian', group: 'people', place: 'Supernova' },
    { id: 'soldiers', published: '2024-05-28', speakerOrg: 'Army', value: 12, ...NO_SIDE, kind: 'military', group: 'soldiers', place: 'Supernova' },
  );
  assert.notEqual(two.claims.unkinded?.figure, two.claims.civilians?.figure);
  assert.notEqual(two.claims.unkinded?.figure, two.claims.soldiers?.figure);
  const nowhere = board(
    { id: 'unkinded', published: '2023-10-12', speakerOrg: 'Rescue workers', value: 260, ...NO_SIDE, kind: null, group: 'bodies', place: null },
    { id: 'kinded', published: '2024-05-28', speakerOrg: 'Police', value: 364, ...NO_SIDE, kind: 'civilian', group: 'people', place: null },
  );
  assert.notEqual(nowhere.claims.unkinded?.figure, nowhere.claims.kinded?.figure);
});
