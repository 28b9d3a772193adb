/**
 * Issue 14: one number on two figures a reader could take for one is marked not-comparable, with what each
 * counts (src/reconcile/rules/same-number.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const between = (result: Board, a: string, b: string) => result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
const PEOPLE = { affiliation: null, kind: 'civilian' as const, group: 'people' };

test('the same number for another outcome, or another period, at one place is not comparable, with the reason', () => {
  const pairs: Array<[ClaimSpec, ClaimSpec, RegExp]> = [
    [
      { id: 'a', published: '2024-03-23', speakerOrg: 'Investigative Committee', value: 115, outcome: 'killed', ...PEOPLE, place: 'Krasnogorsk', incident: 'the attack on the concert hall' },
      { id: 'b', published: '2024-03-23', speakerOrg: 'Moscow region governor', value: 115, outcome: 'wounded', ...PEOPLE, place: null },
      /“killed” and “wounded” are different counts|“wounded” and “killed” are different counts/,
    ],
    [
      { id: 'a', published: '2025-04-14', speakerOrg: 'UN spokesperson', value: 400, outcome: 'killed', ...PEOPLE, place: 'Zamzam', country: null },
      { id: 'b', published: '2025-04-16', speakerOrg: 'UN humanitarian office', value: 400, outcome: 'killed', ...PEOPLE, place: 'Zamzam', country: null, period: { text: 'over the past three days', start: '2025-04-14', end: '2025-04-16' } },
      /different periods/,
    ],
    [
      { id: 'a', published: '2023-03-11', speakerOrg: 'Eastern group of forces', value: 500, outcome: 'casualties', affiliation: 'RU', kind: 'military', place: 'Bakhmut', country: 'UA', period: { text: 'over the past day', start: '2023-03-10', end: '2023-03-11' } },
      { id: 'b', published: '2023-03-12', speakerOrg: 'Ukraine’s army', value: 500, outcome: 'killed', affiliation: 'RU', kind: 'military', place: 'Bakhmut', country: 'UA', period: { text: 'in a single day', start: '2023-03-11', end: '2023-03-11' } },
      /only part of/,
    ],
  ];
  for (const [a, b, reason] of pairs) {
    const found = between(board(a, b), 'a', 'b');
    assert.equal(found.length, 1, `${a.value} ${a.outcome} / ${b.outcome}`);
    assert.equal(found[0]?.verdict, 'not-comparable');
    assert.match(found[0]?.why ?? '', reason);
  }
});

test('numbers that are not the same, small numbers, and figures no one would read as one are left alone', () => {
  const other = { id: 'b', published: '2024-03-23', speakerOrg: 'Governor', value: 115, outcome: 'wounded' as const, ...PEOPLE, place: null };
  assert.equal(between(board({ id: 'a', published: '2024-03-23', speakerOrg: 'Committee', value: 116, outcome: 'killed', ...PEOPLE, place: null }, other), 'a', 'b').length, 0);
  assert.equal(between(board({ id: 'a', published: '2024-03-23', speakerOrg: 'Committee', value: 5, outcome: 'killed', ...PEOPLE, place: null }, { ...other, value: 5 }), 'a', 'b').length, 0);
  const elsewhere = board(
    { id: 'a', published: '2024-03-23', speakerOrg: 'Committee', value: 40, outcome: 'killed', ...PEOPLE, place: 'Kharkiv', country: 'UA' },
    { id: 'b', published: '2024-03-23', speakerOrg: 'Governor', value: 40, outcome: 'wounded', ...PEOPLE, place: 'Odesa', country: 'UA' },
  );
  assert.equal(between(elsewhere, 'a', 'b').length, 0, 'two towns');
  const sides = board(
    { id: 'a', published: '2024-03-23', speakerOrg: 'Ministry', value: 40, outcome: 'killed', affiliation: 'RU', kind: 'military', place: null },
    { id: 'b', published: '2024-03-23', speakerOrg: 'Army', value: 40, outcome: 'wounded', affiliation: 'UA', kind: 'military', place: null },
  );
  assert.equal(between(sides, 'a', 'b').length, 0, 'two sides');
});

test('a number shared by many figures is too common to flag, and the relations grow with the statements, not their pairs', () => {
  const many = Array.from({ length: 8 }, (_, i): ClaimSpec => ({ id: `c${i}`, published: '2024-03-23', speakerOrg: `Source ${i}`, value: 100, outcome: i % 2 ? 'killed' : 'wounded', ...PEOPLE, place: null, period: { text: `day ${i}`, start: `2024-03-${10 + i}`, end: `2024-03-${10 + i}` } }));
  assert.equal(board(...many).relations.filter((r) => r.verdict === 'not-comparable').length, 0);
  const copies = Array.from({ length: 30 }, (_, i): ClaimSpec => ({ id: `k${i}`, published: '2024-03-24', speakerOrg: `Outlet source ${i}`, value: 300, outcome: 'killed', ...PEOPLE, place: null }));
  const result = board(...copies, { id: 'w', published: '2024-03-24', speakerOrg: 'Hospital', value: 300, outcome: 'wounded', ...PEOPLE, place: null });
  assert.ok(between(result, 'k0', 'w').length === 1);
  assert.ok(result.relations.filter((r) => r.verdict === 'not-comparable').length <= 30);
});
