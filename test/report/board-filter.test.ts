import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filterBoard } from '../../src/report/board-filter.js';
import { boardClaim, boardOf } from '../support/board.js';

test('filterBoard keeps matching figures, the relations touching them, and every claim those reference', () => {
  const killedKp = boardClaim('c_1', { figure: 'f_kp_killed' });
  const woundedKp = boardClaim('c_2', { figure: 'f_kp_wounded', outcome: 'wounded' });
  const killedRu = boardClaim('c_3', { figure: 'f_ru_killed', subject: { text: 'Russian soldiers', affiliation: 'RU', kind: 'military' } });
  const board = boardOf(
    [killedKp, woundedKp, killedRu],
    [
      { a: 'c_1', b: 'c_2', verdict: 'not-comparable', why: 'different outcomes' },
      { a: 'c_2', b: 'c_3', verdict: 'consistent', why: 'unrelated to killed KP' },
    ],
  );
  const filtered = filterBoard(board, { subject: 'kp', outcome: 'killed' });
  assert.deepEqual(filtered.figures.map((f) => f.id), ['f_kp_killed']);
  assert.deepEqual(filtered.relations.map((r) => r.why), ['different outcomes']);
  assert.deepEqual(Object.keys(filtered.claims).sort(), ['c_1', 'c_2']);
  assert.equal(filtered.as_of, board.as_of);
  assert.deepEqual(filterBoard(board, {}).figures.length, 3);
  assert.deepEqual(filterBoard(board, { outcome: 'killed' }).figures.map((f) => f.id), ['f_kp_killed', 'f_ru_killed']);
  assert.equal(board.figures.length, 3, 'the input board is not changed');
});

test('--since shows the part of the board reconciled from every claim: it never invents a conflict the whole board does not have', async () => {
  const { reconcile } = await import('../../src/reconcile/board.js');
  const { sourced } = await import('../reconcile/build.js');
  const civilians = { affiliation: null, kind: 'civilian' as const, outcome: 'killed' as const, place: 'Kramatorsk', country: 'UA' };
  // A governor's toll rises from 30 to 52; two days later an outlet repeats the old 30 without attribution.
  const board = reconcile(
    [
      { id: 'first', published: '2022-04-08', speaker: 'Pavlo Kyrylenko', value: 30, ...civilians },
      { id: 'raised', published: '2022-04-09', speaker: 'Pavlo Kyrylenko', value: 52, ...civilians },
      { id: 'stale', published: '2022-04-10', speaker: null, value: 30, ...civilians },
      { id: 'old', published: '2022-03-01', speaker: 'Someone Else', value: 7, outcome: 'wounded' as const, affiliation: null, kind: 'civilian' as const, place: 'Sloviansk', country: 'UA' },
    ].map(sourced),
  );
  const conflicts = (b: typeof board) => b.relations.filter((r) => r.verdict === 'conflict').map((r) => `${r.a}–${r.b}`);
  const since = filterBoard(board, { since: '2022-04-09' });
  assert.deepEqual(conflicts(since), conflicts(board).filter((pair) => !pair.includes('first')), 'the same verdicts, less the claims before the day');
  assert.ok(!conflicts(since).includes('raised–stale'), 'the stale repeat is the governor’s first statement, not a new count below the raised one');
  assert.deepEqual(Object.keys(since.claims).sort(), ['raised', 'stale']);
  assert.ok(since.relations.every((r) => r.a !== 'first' && r.b !== 'first'));
  assert.ok(!since.figures.some((f) => f.claims.includes('old')), 'a figure with nothing since the day is left out');
  const whole = board.figures.find((f) => f.claims.includes('raised'));
  assert.equal(since.figures.find((f) => f.claims.includes('raised'))?.best, whole?.best, 'the range is the whole board’s');
});
