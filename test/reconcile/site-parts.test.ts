/** Issue 14, parts of an incident's toll: the dead at one site of it ("in one house alone") are a part, never a rival count of the whole. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}
const figureOf = (result: Board, id: string) => result.claims[id]?.figure;
const verdictsOf = (result: Board, a: string, b: string) => result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);
const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people' };
const WHOLE: ClaimSpec = { id: 'whole', doc: 'd_story', published: '2017-03-25', speakerOrg: 'Civil defence', value: 230, bound: 'lower', ...KILLED, place: null, incident: 'the air strike on the neighbourhood', sentence: 'At least 230 people were killed in the air strike on the neighbourhood, the civil defence said.', text: 'At least 230' };

test('the dead at one site of an incident are a part of its toll, not a conflict with it', () => {
  const parts: Array<[string, string]> = [
    ['130', 'Its correspondent said 130 people had died in one house alone, where families had sheltered in the basement.'],
    ['41', 'Rescuers said 41 bodies had been pulled from a single apartment block on the main street.'],
    ['27', 'In one basement alone, 27 people were killed, a neighbour said.'],
  ];
  for (const [text, sentence] of parts) {
    const result = board(WHOLE, { id: 'part', doc: 'd_story', sentenceStart: 400, published: '2017-03-25', speakerOrg: 'A correspondent', value: Number(text), text, ...KILLED, place: null, sentence });
    assert.notEqual(figureOf(result, 'part'), figureOf(result, 'whole'), sentence);
    assert.ok(!verdictsOf(result, 'part', 'whole').includes('conflict'), sentence);
  }
});

test('a count of the whole neighbourhood, or of the whole strike, is the whole toll', () => {
  for (const sentence of ['Officials said 130 people had died in the neighbourhood.', 'Officials said 130 people were killed when the strike hit a house.']) {
    const result = board(WHOLE, { id: 'other', doc: 'd_story', sentenceStart: 400, published: '2017-03-25', speakerOrg: 'Officials', value: 130, text: '130', ...KILLED, place: null, sentence });
    assert.equal(figureOf(result, 'other'), figureOf(result, 'whole'), sentence);
  }
});

test('the dead of one age are a part of the toll, not a conflict with it', () => {
  const parts: Array<[string, string]> = [
    ['18', 'According to the group, 19 of the dead were children and 18 were over the age of 50.'],
    ['nine', 'Of those killed, nine were under five, the hospital said.'],
    ['Six', 'Six of the victims were aged between 14 and 18.'],
  ];
  for (const [text, sentence] of parts) {
    const value = Number(text) || ({ nine: 9, Six: 6 } as Record<string, number>)[text] || 0;
    const result = board(WHOLE, { id: 'part', doc: 'd_story', sentenceStart: 400, published: '2017-03-25', speakerOrg: 'A rights group', value, text, ...KILLED, place: null, sentence });
    assert.notEqual(figureOf(result, 'part'), figureOf(result, 'whole'), sentence);
    assert.ok(!verdictsOf(result, 'part', 'whole').includes('conflict'), sentence);
  }
});
