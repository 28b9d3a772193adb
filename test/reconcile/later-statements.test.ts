/**
 * Issue 14, drift needs one occasion: a report that dates its speaker's statement to a day after the first
 * report was published ("the ministry said on Friday …", after Thursday's story) tells a later statement,
 * and so do the story's other numbers of that speaker ("…, it said"): a changed bound or count there is no
 * distortion of Thursday's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const accusations = (result: Board) => result.relations.filter((r) => r.verdict === 'drift' || r.verdict === 'conflict');
const EVENT = { affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Gaza City', incident: 'the shooting near the aid trucks' };

test('a later story’s own numbers of the speaker are a later statement, not a changed retelling of the first story', () => {
  const changes: Array<[Partial<ClaimSpec>, Partial<ClaimSpec>]> = [
    [{ value: 760, text: '760' }, { value: 760, bound: 'lower', text: 'more than 760' }],
    [{ value: 760, text: '760', outcome: 'wounded' }, { value: 760, text: '760', outcome: 'casualties' }],
    [{ value: 700, min: 700, max: 800, bound: 'range', text: '700 to 800' }, { value: 800, bound: 'upper', text: 'up to 800' }],
  ];
  for (const [first, later] of changes) {
    const result = board(
      { id: 'thursday', doc: 'd_thursday', published: '2024-02-29', speakerOrg: 'Gaza health ministry', outcome: 'wounded', ...EVENT, ...first, sentence: 'People were wounded, the Gaza health ministry said.' },
      { id: 'friday-toll', doc: 'd_friday', published: '2024-03-01', speakerOrg: 'Gaza health ministry', outcome: 'killed', value: 112, ...EVENT, sentence: 'The toll rose to 112, the health ministry in Gaza said on Friday.' },
      { id: 'friday', doc: 'd_friday', published: '2024-03-01', speakerOrg: 'Gaza health ministry', outcome: 'wounded', ...EVENT, ...later, sentence: 'People were wounded, it said.', sentenceStart: 100 },
    );
    assert.deepEqual(accusations(result), [], JSON.stringify(later));
  }
});

test('a report of the first story’s occasion that changes a number is still drift', () => {
  const result = board(
    { id: 'thursday', doc: 'd_thursday', published: '2024-02-29', speakerOrg: 'Gaza health ministry', outcome: 'wounded', value: 760, ...EVENT, sentence: '760 people were wounded, the Gaza health ministry said on Thursday.' },
    { id: 'copy', doc: 'd_copy', published: '2024-03-01', speakerOrg: 'Gaza health ministry', outcome: 'killed', value: 760, ...EVENT, sentence: '760 people were killed, the Gaza health ministry said on Thursday.' },
  );
  assert.deepEqual(accusations(result).map((r) => r.verdict), ['drift']);
});
