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
