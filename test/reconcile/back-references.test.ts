/**
 * Issue 14, statements: a number recalled as the one a new number replaces ("down to 1,200 from more than
 * 1,400", "up from the 40 it reported a day earlier", "higher than the count of 1,139 it published in
 * December") is the earlier statement, not the new one's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}

const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, place: null };

const RECALLS: Array<[string, string, string]> = [
  ['Israel lowered its death toll to about 1,200 from more than 1,400, a foreign ministry spokesman said.', 'more than 1,400', 'about 1,200'],
  ['The ministry said 50 prisoners had died in the strike, up from the 40 it reported a day earlier.', '40', '50'],
  ['The new tally of 1,163 is higher than the count of 1,139 that the agency published in December.', '1,139', '1,163'],
];

function valueOf(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

test('a recalled number joins the earlier statement that gave it, not the sentence’s new one', () => {
  for (const [sentence, recalled, fresh] of RECALLS) {
    const result = board(
      { id: 'earlier', published: '2023-10-15', speakerOrg: 'Israeli government', value: valueOf(recalled), text: recalled, ...KILLED },
      { id: 'recall', doc: 'd_later', published: '2023-11-10', speakerOrg: 'foreign ministry', value: valueOf(recalled), text: recalled, ...KILLED, sentence },
      { id: 'fresh', doc: 'd_later', published: '2023-11-10', speakerOrg: 'foreign ministry', value: valueOf(fresh), text: fresh, ...KILLED, sentence },
    );
    assert.equal(result.claims.recall?.origin, result.claims.earlier?.origin, sentence);
    assert.notEqual(result.claims.fresh?.origin, result.claims.earlier?.origin, sentence);
  }
});

test('a recalled number whose statement is not in the store is a statement of its own, apart from the new one', () => {
  for (const [sentence, recalled, fresh] of RECALLS) {
    const result = board(
      { id: 'recall', doc: 'd_later', published: '2023-11-10', speakerOrg: 'foreign ministry', value: valueOf(recalled), text: recalled, ...KILLED, sentence },
      { id: 'fresh', doc: 'd_later', published: '2023-11-10', speakerOrg: 'foreign ministry', value: valueOf(fresh), text: fresh, ...KILLED, sentence },
    );
    assert.notEqual(result.claims.recall?.origin, result.claims.fresh?.origin, sentence);
  }
});

test('a number that only follows "from" as a source or a place is no recall', () => {
  const sentence = 'Medics from 3 hospitals said 45 people were killed.';
  const result = board(
    { id: 'one', doc: 'd_one', published: '2023-11-10', speakerOrg: 'medics', value: 45, text: '45', ...KILLED, sentence },
    { id: 'two', doc: 'd_one', published: '2023-11-10', speakerOrg: 'medics', value: 12, text: '12', ...KILLED, sentence: 'Medics said 12 people were wounded.', outcome: 'wounded' },
  );
  assert.equal(result.claims.one?.origin, result.claims.two?.origin, 'one speaker, one occasion, one statement');
});

test('a statement told as made back then ("said at the time", "had initially put") is the speaker’s earlier statement, however long ago', () => {
  const cases: Array<[string, string, number]> = [
    ["Russia's defence ministry", "Russia's defence ministry said at the time of the explosion that Ukrainian rockets had killed 50 prisoners.", 50],
    ['the regional governor Pavlo Kyrylenko', 'Pavlo Kyrylenko had initially put the toll at 30, before raising it.', 30],
    ['the Iraqi health ministry', 'The Iraqi health ministry originally said 12 people died in the bombing.', 12],
  ];
  for (const [speaker, sentence, value] of cases) {
    const board = reconcile(
      [
        { id: 'then', doc: 'd_then', published: '2022-07-30', speakerOrg: speaker, value, outcome: 'killed' as const },
        { id: 'other', doc: 'd_other', published: '2022-08-02', speakerOrg: 'Another Agency', value, outcome: 'killed' as const },
        { id: 'recalled', doc: 'd_later', published: '2023-10-04', speakerOrg: speaker, value, outcome: 'killed' as const, sentence },
      ].map(sourced),
    );
    assert.equal(board.claims.recalled?.origin, board.claims.then?.origin, sentence);
  }
});

test('a statement recalled in passing without its floor or its "about" is told roundly, not changed; a ceiling made exact still is', () => {
  const INCIDENT = { ...KILLED, place: 'Hroza', incident: "Thursday's missile strike on Hroza" };
  const recalls: Array<[string, string, number, 'lower' | 'approx' | 'upper', string]> = [
    ['Volodymyr Zelenskyy', 'at least 51', 51, 'lower', 'Zelenskiy had earlier put the toll at 51.'],
    ['Oleh Syniehubov', 'more than 20', 20, 'lower', 'Syniehubov had initially said 20 people were killed.'],
    ['Ihor Klymenko', 'about 60', 60, 'approx', 'Klymenko had earlier given a toll of 60.'],
  ];
  const verdicts = (first: ClaimSpec, later: ClaimSpec) => board(first, later).relations.filter((r) => [r.a, r.b].sort().join() === 'first,later').map((r) => r.verdict);
  for (const [speaker, text, value, bound, sentence] of recalls) {
    const first: ClaimSpec = { id: 'first', doc: 'd_first', published: '2023-10-05', speaker, value, bound, text, ...INCIDENT };
    const later: ClaimSpec = { id: 'later', doc: 'd_later', published: '2023-10-07', speaker, value, sentence, ...INCIDENT };
    assert.ok(!verdicts(first, later).includes('drift'), sentence);
    assert.ok(verdicts(first, { ...later, sentence: `${speaker} said ${value} people were killed.` }).includes('drift'), `${speaker}: told as said now, the lost bound is a change`);
  }
  const ceiling: ClaimSpec = { id: 'first', doc: 'd_first', published: '2023-10-05', speaker: 'Ihor Klymenko', value: 300, bound: 'upper', text: 'up to 300', ...INCIDENT };
  const exact: ClaimSpec = { id: 'later', doc: 'd_later', published: '2023-10-07', speaker: 'Ihor Klymenko', value: 300, sentence: 'Klymenko had earlier put the toll at 300.', ...INCIDENT };
  assert.ok(verdicts(ceiling, exact).includes('drift'), 'a ceiling made exact is a change however it is told');
});
