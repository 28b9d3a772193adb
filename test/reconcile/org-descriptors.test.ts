/** An organisation named with words describing it is the organisation: every report of it is one speaker. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { withoutDescription } from '../../src/reconcile/org-descriptors.js';
import { sourced, type ClaimSpec } from './build.js';

test('a description before or after the name is dropped; a name that is only a description stays', () => {
  assert.equal(withoutDescription('medical charity Medecins Sans Frontieres (MSF)'), 'Medecins Sans Frontieres (MSF)');
  assert.equal(withoutDescription('the rights group Amnesty International'), 'Amnesty International');
  assert.equal(withoutDescription('the regional broadcaster Amhara TV'), 'Amhara TV');
  assert.equal(withoutDescription('Airwars, the monitoring group'), 'Airwars');
  assert.equal(withoutDescription('Kyunhla Activists Group, a local group that collected bodies after the attack'), 'Kyunhla Activists Group');
  assert.equal(withoutDescription("Syria's main opposition alliance"), "Syria's main opposition alliance");
  assert.equal(withoutDescription('health ministry'), 'health ministry');
});

test('two reports of one statement, one naming the organisation with its description, are one origin', () => {
  const base: Omit<ClaimSpec, 'id' | 'doc'> = { published: '2017-06-04', outcome: 'killed', value: 105, text: '105', affiliation: null, kind: 'civilian', group: 'civilians', place: 'Mosul', country: 'IQ' };
  const board = reconcile([
    sourced({ ...base, id: 'a', doc: 'd_a', speakerOrg: 'Airwars', sentence: 'Airwars said at least 105 civilians were killed in the strike in Mosul.' }),
    sourced({ ...base, id: 'b', doc: 'd_b', published: '2017-06-06', speakerOrg: 'Airwars, the monitoring group', sentence: 'Airwars, the monitoring group, said at least 105 civilians were killed in the strike in Mosul.' }),
    sourced({ ...base, id: 'c', doc: 'd_c', published: '2017-06-06', speakerOrg: 'monitoring group Airwars', sentence: 'The monitoring group Airwars said at least 105 civilians were killed in the strike in Mosul.' }),
  ]);
  const speakerIds = new Set(['a', 'b', 'c'].map((id) => board.claims[id]?.speaker_id));
  assert.equal(speakerIds.size, 1);
});
