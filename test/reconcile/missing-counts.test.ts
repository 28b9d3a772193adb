/** Issue 14, say less: the missing fall as people are found, so a lower count of the missing on a later day contradicts no earlier one. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}
const verdictsOf = (result: Board, a: string, b: string) => result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);
const base = { affiliation: null, kind: 'civilian' as const, group: 'people', place: null, incident: 'the strike on the apartment block' };

test('a lower count of the missing given on a later day is not a conflict, whoever gives it', () => {
  const cases: Array<[number, number, string, string]> = [
    [40, 20, 'The governor said the fate of more than 40 people was unknown.', 'Police said 20 people were still missing.'],
    [35, 17, 'The council head said 35 people were missing under the rubble.', 'An adviser said 17 people were still unaccounted for.'],
    [12, 3, 'Rescuers said 12 residents were missing.', 'The emergency service said three residents were still missing.'],
  ];
  for (const [first, second, firstSentence, secondSentence] of cases) {
    const result = board(
      { id: 'first', doc: 'd_first', published: '2023-01-15', speakerOrg: 'Regional administration', outcome: 'missing', value: first, text: String(first), ...base, sentence: firstSentence },
      { id: 'second', doc: 'd_second', published: '2023-01-17', speakerOrg: 'National police', outcome: 'missing', value: second, text: String(second), ...base, sentence: secondSentence },
    );
    const verdicts = verdictsOf(result, 'first', 'second');
    assert.ok(!verdicts.includes('conflict'), secondSentence);
    assert.ok(verdicts.includes('not-comparable'), secondSentence);
  }
});

test('a count of the dead that falls on a later day between two sources is still a conflict: the dead are not found alive', () => {
  const dead = { ...base, place: 'Dnipro', country: 'UA', incident: 'the strike on Naberezhna Peremohy' };
  const result = board(
    { id: 'first', doc: 'd_first', published: '2023-01-15', speakerOrg: 'Regional administration', outcome: 'killed', value: 40, text: '40', ...dead, sentence: 'The governor said 40 people were killed in the strike on the apartment block in Dnipro.' },
    { id: 'second', doc: 'd_second', published: '2023-01-17', speakerOrg: 'National police', outcome: 'killed', value: 20, text: '20', ...dead, sentence: 'Police said 20 people were killed in the strike on the apartment block in Dnipro.' },
  );
  assert.deepEqual(verdictsOf(result, 'first', 'second'), ['conflict']);
});
