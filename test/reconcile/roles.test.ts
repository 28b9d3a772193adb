/**
 * Issue 14, speakers by their office: a rank is no part of a person's name; two spokespeople of one
 * organisation give its word even where it never speaks itself; an unnamed office holder ("the United
 * Nations' top official in Sudan") speaks with the organisation's voice. Each makes a later number an update.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { organisationOfOffice } from '../../src/reconcile/roles.js';
import { withoutRank } from '../../src/extract/ranks.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const verdicts = (result: Board, a: string, b: string) =>
  result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);
const CAPTURED = { outcome: 'captured' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Gaza Strip' };

test('a rank before a name is dropped, a name is never emptied', () => {
  assert.equal(withoutRank('Rear Admiral Daniel Hagari'), 'Daniel Hagari');
  assert.equal(withoutRank('Lieutenant Colonel Richard Hecht'), 'Richard Hecht');
  assert.equal(withoutRank('Maj. Gen. Kyrylo Budanov'), 'Kyrylo Budanov');
  assert.equal(withoutRank('Brigadier General Nabil Abdallah'), 'Nabil Abdallah');
  assert.equal(withoutRank('General Hagari'), 'General Hagari', 'one word left would be no name');
});

test('an unnamed office holder names the organisation they speak for', () => {
  assert.equal(organisationOfOffice("the United Nations' top official in Sudan"), 'United Nations');
  assert.equal(organisationOfOffice("the WHO's representative in Gaza"), 'WHO');
  assert.equal(organisationOfOffice('the ICRC’s head of delegation in Kyiv'), 'ICRC');
  assert.equal(organisationOfOffice("Ukraine's human rights commissioner"), 'Ukraine');
  assert.equal(organisationOfOffice('the health ministry'), null);
  assert.equal(organisationOfOffice("the army's positions in the north"), null);
});

test('two spokespeople of one organisation give its word: the second’s later number updates the first’s', () => {
  const pairs: Array<[ClaimSpec, ClaimSpec]> = [
    [
      { id: 'first', published: '2023-10-12', speaker: 'Rear Admiral Daniel Hagari', speakerOrg: 'Military', speakerText: 'Military spokesman Rear Admiral Daniel Hagari', value: 97, ...CAPTURED },
      { id: 'second', published: '2023-10-15', speaker: 'Lieutenant Colonel Richard Hecht', speakerOrg: 'military spokesman', speakerText: 'Lieutenant Colonel Richard Hecht, a military spokesman', value: 126, ...CAPTURED },
    ],
    [
      { id: 'first', published: '2024-05-02', speaker: 'Nabil Abdallah', speakerOrg: 'army spokesman', speakerText: 'Nabil Abdallah, an army spokesman', value: 40, ...CAPTURED },
      { id: 'second', published: '2024-05-06', speaker: 'Khalid al-Amin', speakerOrg: 'army spokesman', speakerText: 'army spokesman Khalid al-Amin', value: 55, ...CAPTURED },
    ],
    [
      { id: 'first', published: '2022-03-01', speaker: 'Oleksandr Motuzianyk', speakerOrg: 'defence ministry spokesman', speakerText: 'defence ministry spokesman Oleksandr Motuzianyk', value: 200, ...CAPTURED },
      { id: 'second', published: '2022-03-09', speaker: 'Anna Malyar', speakerOrg: 'defence ministry spokeswoman', speakerText: 'Anna Malyar, a defence ministry spokeswoman', value: 260, ...CAPTURED },
    ],
  ];
  for (const [first, second] of pairs) assert.deepEqual(verdicts(board(first, second), 'first', 'second'), ['update'], second.speakerText);
});

test('two people of one organisation who are not its spokespeople keep their own voices', () => {
  const result = board(
    { id: 'first', published: '2024-05-02', speaker: 'Nabil Abdallah', speakerOrg: 'army commander', speakerText: 'Nabil Abdallah, an army commander', value: 40, ...CAPTURED },
    { id: 'second', published: '2024-05-06', speaker: 'Khalid al-Amin', speakerOrg: 'army commander', speakerText: 'army commander Khalid al-Amin', value: 55, ...CAPTURED },
  );
  assert.ok(!verdicts(result, 'first', 'second').includes('update'));
});

test('the organisation’s unnamed office holder and the organisation are one voice: the later number is an update', () => {
  const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: 'Zamzam' };
  const pairs: Array<[string, string]> = [
    ["United Nations' top official in Sudan", 'United Nations'],
    ["WHO's representative in Gaza", 'WHO'],
    ["UNICEF's regional director", 'UNICEF'],
  ];
  for (const [office, org] of pairs) {
    const result = board({ id: 'first', published: '2025-04-12', speakerOrg: office, value: 100, ...KILLED }, { id: 'second', published: '2025-04-14', speakerOrg: org, value: 400, ...KILLED });
    assert.deepEqual(verdicts(result, 'first', 'second'), ['update'], office);
  }
});
