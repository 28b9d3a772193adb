/** Issue 14, say less: a lower count its own report tells as given earlier ("had put the toll at 43 earlier in the day") is no shrinking total. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}
const verdictsOf = (result: Board, a: string, b: string) => result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);
const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: null, incident: 'the strike on the bus' };

test('a lower count told as given earlier, read after a higher one, is no conflict', () => {
  const earlier: Array<[string, number, string]> = [
    ['43', 43, 'The head of the provincial health office, Ali Nasser, had put the toll at 43 dead earlier in the day.'],
    ['30', 30, 'The governor initially said 30 people were killed.'],
    ['12', 12, 'Police first reported 12 dead, before rescuers reached the second carriage.'],
  ];
  for (const [text, value, sentence] of earlier) {
    const result = board(
      { id: 'higher', doc: 'd_story', published: '2018-08-10', speakerOrg: 'Health ministry', value: 50, text: '50', ...KILLED, sentence: 'The health ministry said 50 people were killed in the strike on the bus.' },
      { id: 'lower', doc: 'd_story', sentenceStart: 300, published: '2018-08-10', speakerOrg: 'Local officials', value, text, ...KILLED, sentence },
    );
    assert.ok(!verdictsOf(result, 'higher', 'lower').includes('conflict'), sentence);
  }
});

test('a lower count that tells no earlier time, read after a higher one, is still a conflict', () => {
  const result = board(
    { id: 'higher', doc: 'd_story', published: '2018-08-10', speakerOrg: 'Health ministry', value: 50, text: '50', ...KILLED, sentence: 'The health ministry said 50 people were killed in the strike on the bus.' },
    { id: 'lower', doc: 'd_story', sentenceStart: 300, published: '2018-08-10', speakerOrg: 'The coalition', value: 12, text: '12', ...KILLED, sentence: 'The coalition said 12 people were killed, all of them fighters.' },
  );
  assert.deepEqual(verdictsOf(result, 'higher', 'lower'), ['conflict']);
});
