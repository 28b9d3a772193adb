/**
 * Issue 14, speakers: a person named with only their organisation's common noun ("ministry spokesman
 * Igor Konashenkov") speaks with the voice of the one organisation of that noun in the document: the
 * organisation's later number is an update of theirs, and its report of their words is their statement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}

const verdicts = (result: Board, a: string, b: string) =>
  result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);

const SPOKESPEOPLE: Array<[string, string, string]> = [
  ["Russia's defence ministry", 'Igor Konashenkov', 'ministry'],
  ['the Israeli military', 'Daniel Hagari', 'military'],
  ['the Investigative Committee', 'Svetlana Petrenko', 'committee'],
];

test('a spokesperson given only their organisation’s common noun speaks with its voice: a later number is an update', () => {
  for (const [org, person, noun] of SPOKESPEOPLE) {
    const result = board(
      { id: 'org', doc: 'd_one', published: '2022-07-29', speakerOrg: org, value: 75, outcome: 'wounded' },
      { id: 'person', doc: 'd_one', published: '2022-07-29', speaker: person, speakerOrg: noun, value: 75, outcome: 'killed' },
      { id: 'earlier', doc: 'd_two', published: '2022-07-30', speakerOrg: org, value: 73, outcome: 'killed' },
    );
    assert.deepEqual(verdicts(result, 'person', 'earlier'), ['update'], `${person} of ${org}`);
  }
});

test('the organisation reporting its spokesperson’s number the next day reports their statement', () => {
  for (const [org, person, noun] of SPOKESPEOPLE) {
    const result = board(
      { id: 'org', doc: 'd_one', published: '2022-07-30', speakerOrg: org, value: 40, outcome: 'killed' },
      { id: 'person', doc: 'd_one', published: '2022-07-30', speaker: person, speakerOrg: noun, value: 50, outcome: 'killed' },
      { id: 'retold', doc: 'd_two', published: '2022-07-31', speakerOrg: org, value: 50, outcome: 'killed' },
    );
    assert.equal(result.claims.retold?.origin, result.claims.person?.origin, `${person} of ${org}`);
  }
});
