/**
 * Issue 14, verdicts: a story whose lead gives the number before naming who gave it ("the toll has
 * risen to 137", then "…, the Investigative Committee said") reports the speaker's statement; on a
 * figure that statement is related under its speaker, so the speaker's earlier number is updated.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const CASES: Array<{ speaker: string; earlier: number; later: number; place: string; country: string }> = [
  { speaker: "Russia's Investigative Committee", earlier: 133, later: 137, place: 'Krasnogorsk', country: 'RU' },
  { speaker: 'Donetsk governor Pavlo Kyrylenko', earlier: 30, later: 52, place: 'Kramatorsk', country: 'UA' },
  { speaker: 'the Sumy regional military administration', earlier: 21, later: 35, place: 'Sumy', country: 'UA' },
];

function claim(id: string, doc: string, day: string, value: number, speakerOrg: string | null, place: string, country: string, sentence: string): ClaimSpec {
  return { id, doc, published: day, speakerOrg: speakerOrg ?? undefined, value, outcome: 'killed', affiliation: null, kind: 'civilian', place, country, sentence, incident: `the strike on ${place}` };
}

test('the speaker’s earlier number is updated by the statement a lead reported before naming them', () => {
  for (const { speaker, earlier, later, place, country } of CASES) {
    const board = reconcile(
      [
        claim('first', 'd_one', '2024-03-23', earlier, speaker, place, country, `${speaker} said ${earlier} people were killed in the strike on ${place}.`),
        claim('lead', 'd_two', '2024-03-24', later, null, place, country, `The number killed in the strike on ${place} has risen to ${later}.`),
        claim('named', 'd_two', '2024-03-24', later, speaker, place, country, `"${later} people have died," ${speaker} said.`),
      ].map(sourced),
    );
    assert.equal(board.claims.lead?.origin, board.claims.named?.origin, `${speaker}: the lead reports the statement`);
    const verdicts = board.relations.filter((r) => r.a === 'first').map((r) => `${r.verdict} ${r.b}`);
    assert.deepEqual(verdicts, ['update named'], speaker);
  }
});
