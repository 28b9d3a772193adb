import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

/** "outcome value: speaker org-or-name" for each claim of a document; "-" when unattributed. */
function speakers(text: string): string[] {
  return extractClaims({ id: 'd_speakers', text, published: '2025-01-10T12:00:00.000Z' }).map(
    (c) => `${c.outcome} ${c.quantity?.value ?? '-'}: ${c.speaker ? (c.speaker.org ?? c.speaker.name ?? c.speaker.text) : '-'}`,
  );
}

test('"it said" is the organisation that spoke in the sentence just before', () => {
  assert.deepEqual(speakers("Colombia's defence ministry said on Sunday that 9 soldiers were killed in an ambush in Cauca. It said 4 more were wounded."), [
    "killed 9: Colombia's defence ministry",
    "wounded 4: Colombia's defence ministry",
  ]);
  assert.deepEqual(speakers('The World Health Organization released a report on Monday. It said 40 patients had died at the hospital since the siege began.'), [
    'killed 40: World Health Organization',
  ]);
  assert.deepEqual(speakers('The Islamic State group claimed the raid in a statement on its news agency. It said its fighters had killed 25 soldiers.'), ['killed 25: Islamic State group']);
});

test('"it" with no organisation speaking just before it names no one', () => {
  assert.deepEqual(speakers('Hamas fighters crossed the border at dawn.\n\nIt said 40 soldiers had been killed.'), ['killed 40: -']);
  assert.deepEqual(speakers('The Kenya Red Cross said floods had killed 38 people in the county. The army was sent to the area on Monday. It said 12 people were missing.'), [
    'killed 38: Kenya Red Cross',
    'missing 12: -',
  ]);
  assert.deepEqual(speakers('Ukrainian President Volodymyr Zelensky spoke in Kyiv. It said 7 soldiers were captured.'), ['captured 7: -']);
});

test('the statement, the post or the report as speaker: whoever made it, just before', () => {
  assert.deepEqual(speakers('The Islamic State group claimed the raid in a statement. The statement added that 40 soldiers were wounded.'), ['wounded 40: Islamic State group']);
  assert.deepEqual(speakers("Myanmar's junta posted a statement on Telegram about the fighting. The post said 60 rebels had been killed near Lashio."), ["killed 60: Myanmar's junta"]);
  assert.deepEqual(speakers('The UN mission said in its report on Friday that 45 civilians were killed in Ituri. According to the report, 11 of the dead were children.'), [
    'killed 45: UN mission',
    'killed 11: UN mission',
  ]);
  assert.deepEqual(speakers('The statement said 60 rebels had been killed near Lashio.'), ['killed 60: -']);
});

test('"the ministry", "the army" is the office of that kind that spoke earlier, not a person who spoke for it', () => {
  assert.deepEqual(speakers("Sudan's health ministry said 30 people were killed in the shelling of Omdurman.\n\nOn Tuesday the regional governor said the market had reopened. The ministry added that 12 more had died in hospital."), [
    "killed 30: Sudan's health ministry",
    "killed 12: Sudan's health ministry",
  ]);
  assert.deepEqual(speakers("Nigeria's army said on Friday its troops had killed 32 insurgents in Borno state. The army added that 7 soldiers were wounded."), [
    "killed 32: Nigeria's army",
    "wounded 7: Nigeria's army",
  ]);
  assert.deepEqual(
    speakers('The Ministry of Health in Gaza said 52 people were killed overnight. Another 20 were wounded, ministry spokesman Ashraf Qidra said. The ministry later said 3 more had died.'),
    ['killed 52: Ministry of Health in Gaza', 'wounded 20: ministry', 'killed 3: Ministry of Health in Gaza'],
  );
});

test('the office is not one named only in passing, nor a phrase that merely ends in the noun', () => {
  assert.deepEqual(speakers('Power was cut to 9,000 homes, the energy ministry said. At least 14 people were killed in the strike, the ministry said.'), ['killed 14: ministry']);
  assert.deepEqual(speakers('The military government said 11 soldiers were killed. The military said 4 more were missing.'), ['killed 11: military government', 'missing 4: military']);
});

test('a speaker carries over to the list after "X said:" or "According to …:", and stops with the list', () => {
  assert.deepEqual(speakers("Pakistan's military said in a statement:\n\n- 8 militants were killed in North Waziristan\n- 2 soldiers died\n\nSeparately, 5 people were injured in a blast in Quetta."), [
    "killed 8: Pakistan's military",
    "killed 2: Pakistan's military",
    'wounded 5: -',
  ]);
  assert.deepEqual(speakers('The army of Congo said:\n\n1. 12 fighters were killed.\n2. Four were captured.\n\nIn Goma, 6 people died in a flood.'), [
    'killed 12: army of Congo',
    'captured 4: army of Congo',
    'killed 6: -',
  ]);
  assert.deepEqual(speakers("Mexico's navy released a statement on Tuesday. According to the statement:\n* 18 marines were wounded\n* 3 were missing"), [
    "wounded 18: Mexico's navy",
    "missing 3: Mexico's navy",
  ]);
});

test('"He said: “…”" has said what it introduces: the next sentence is not his', () => {
  assert.deepEqual(speakers('Rescuer Ali Hassan said: “We are still digging.” Nine people were killed in the collapse.'), ['killed 9: -']);
});

test('a sentence that opens on the number just given is its speaker\'s', () => {
  assert.deepEqual(speakers("Ethiopia's army said on Monday it had killed 150 rebels in Amhara. This number includes 20 commanders killed in air strikes."), [
    "killed 150: Ethiopia's army",
    "killed 20: Ethiopia's army",
  ]);
  assert.deepEqual(speakers('The Syrian Observatory said 22 fighters were killed near Idlib.\n\nOf these, 9 were killed by drones.'), ['killed 22: Syrian Observatory', 'killed 9: Syrian Observatory']);
  assert.deepEqual(speakers('The Syrian Observatory said 22 fighters were killed near Idlib. Local police said a curfew was imposed. Of these, 9 were killed by drones.'), [
    'killed 22: Syrian Observatory',
    'killed 9: -',
  ]);
});

test('a statement under its header is the header\'s speaker\'s until someone else is named', () => {
  assert.deepEqual(speakers('Statement from the Office of the Governor of Kherson\n\nRussian shelling killed 3 civilians in the city overnight.\n\nThe regional hospital said 2 of the wounded were in critical condition.\n\nFive more were injured in the afternoon.'), [
    'killed 3: Office of the Governor of Kherson',
    'wounded 2: regional hospital',
    'wounded 5: -',
  ]);
  assert.deepEqual(speakers('Communique by the Somali National Army\n\n27 al-Shabaab fighters were killed in Lower Shabelle.\n\nThree soldiers were wounded.'), [
    'killed 27: Somali National Army',
    'wounded 3: Somali National Army',
  ]);
  assert.deepEqual(speakers('Statement from Kyiv\n\n4 people were killed in the strike.'), ['killed 4: -']);
});

test('"it" or "the report" after a report or statement of a named organisation is that organisation', () => {
  assert.deepEqual(speakers('A report by Human Rights Watch, published on Monday, documents abuses in Tigray. It said 40 civilians were killed in the town.'), ['killed 40: Human Rights Watch']);
  assert.deepEqual(speakers('Amnesty International’s new report covers the siege. The report says 120 people were killed in the camp.'), ['killed 120: Amnesty International']);
  assert.deepEqual(speakers('A statement from the Kenyan police arrived late on Tuesday. It said 6 officers were wounded.'), ['wounded 6: Kenyan police']);
  assert.deepEqual(speakers('An update from Kharkiv came in overnight. It said 5 people died.'), ['killed 5: -']);
});
