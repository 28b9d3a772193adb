/**
 * Issue 14, speakers: a country's army, military, armed forces and General
 * Staff give one word, and so does the spokesman of one of its groups of
 * forces; where the alias table knows that organ by one entry, every wording
 * of it is that entry. Two countries' armies stay two speakers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const speakerIds = (result: Board) => new Set(Object.values(result.claims).map((c) => c.speaker_id));
const RU_LOSSES = { affiliation: 'RU', kind: 'military' as const, outcome: 'casualties' as const, place: null, group: 'Russian soldiers' };

test('a country’s army, military, armed forces and General Staff are one speaker, and two countries’ are two', () => {
  const groups: string[][] = [
    ["Sudan's army", 'the Sudanese military', "Sudan's armed forces"],
    ["Israel's military", 'the Israeli army', 'the Israeli armed forces', "Israel's General Staff"],
    ["Myanmar's military", 'the Myanmar army'],
  ];
  const ids = groups.map((wordings) => {
    const result = board(...wordings.map((speakerOrg, i): ClaimSpec => ({ id: `c${i}`, published: `2024-05-0${i + 1}`, speakerOrg, value: 10 * (i + 1), ...RU_LOSSES })));
    const found = speakerIds(result);
    assert.equal(found.size, 1, `${wordings.join(' / ')}: ${[...found].join(', ')}`);
    return [...found][0];
  });
  assert.equal(new Set(ids).size, groups.length, 'three countries, three speakers');
});

test('where the alias table knows the organ, every wording of it is the table’s speaker: one statement, not two origins', () => {
  for (const wording of ['the Ukrainian military', "Ukraine's armed forces", "Ukraine's army"]) {
    const result = board(
      { id: 'staff', doc: 'd_staff', published: '2024-11-20', speakerOrg: "Ukraine's General Staff", value: 1100, ...RU_LOSSES },
      { id: 'other', doc: 'd_other', published: '2024-11-20', speakerOrg: wording, value: 1100, ...RU_LOSSES },
    );
    assert.equal(result.claims.other?.speaker_id, 'ua-general-staff', wording);
    assert.equal(result.claims.other?.origin, result.claims.staff?.origin, `${wording}: the same statement`);
    assert.equal(result.figures.find((f) => f.claims.includes('staff'))?.origins, 1, wording);
  }
  const russia = board({ id: 'ru', published: '2024-11-20', speakerOrg: "Russia's army", value: 200, ...RU_LOSSES, affiliation: 'UA' });
  assert.notEqual(russia.claims.ru?.speaker_id, 'ua-general-staff');
});

test('the spokesman of a group of forces speaks with the armed forces’ voice', () => {
  // As extraction reads them: the person's name, and the organisation their role names.
  const people: Array<[string, string, string]> = [
    ['Serhiy Cherevatyi', "the spokesman for Ukraine's Eastern group of forces, Serhiy Cherevatyi", "Ukraine's Eastern group of forces"],
    ['Nazar Voloshyn', "Nazar Voloshyn, spokesman for Ukraine's Khortytsia group of forces", "Ukraine's Khortytsia group of forces"],
    ['Dmytro Lykhovyi', 'the Ukrainian Tavria group of forces spokesman Dmytro Lykhovyi', 'Ukrainian Tavria group of forces'],
  ];
  for (const [speaker, speakerText, speakerOrg] of people) {
    const result = board(
      { id: 'person', doc: 'd_person', published: '2023-03-11', speaker, speakerText, speakerOrg, value: 500, bound: 'lower', text: 'more than 500', ...RU_LOSSES },
      { id: 'army', doc: 'd_army', published: '2023-03-11', speakerOrg: "Ukraine's army", value: 500, bound: 'lower', text: 'more than 500', ...RU_LOSSES },
    );
    assert.equal(result.claims.person?.origin, result.claims.army?.origin, speakerText);
  }
  const brigade = board(
    { id: 'person', doc: 'd_person', published: '2023-03-11', speaker: 'Ivan Petrenko', speakerText: "Ivan Petrenko, spokesman for Ukraine's 93rd brigade", speakerOrg: "Ukraine's 93rd brigade", value: 500, ...RU_LOSSES },
    { id: 'army', doc: 'd_army', published: '2023-03-11', speakerOrg: "Ukraine's army", value: 500, ...RU_LOSSES },
  );
  assert.notEqual(brigade.claims.person?.origin, brigade.claims.army?.origin, 'a brigade speaks for itself');
});

test('a spokesman named for a group of forces inside the organ’s own name speaks for the organ', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Israeli military', 'Israeli military Southern Command spokesman', true],
    ['Ukrainian army', 'Ukrainian army Eastern group spokesman', true],
    ['Sudanese army', 'Sudanese army Darfur operational command spokesman', true],
  ];
  for (const [org, role, joined] of cases) {
    const result = board(
      { id: 'org', doc: 'd_wire', published: '2024-05-01', speakerOrg: org, value: 700, ...RU_LOSSES },
      { id: 'person', doc: 'd_channel', published: '2024-05-02', speaker: 'Ivan Petrenko', speakerOrg: role, speakerText: `${role} Ivan Petrenko`, value: 700, ...RU_LOSSES },
    );
    assert.equal(result.claims.org?.origin === result.claims.person?.origin, joined, role);
  }
});
