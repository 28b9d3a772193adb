import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { extractClaims } from '../../src/extract/extract.js';
import { isAcronymSpeaker, speakerAfterColon, speakerAfterDash } from '../../src/extract/headline-attribution.js';

test('"<claim>: <speaker>" headlines', () => {
  assert.equal(speakerAfterColon('Heavy fighting left 40 soldiers dead near the river: Zelensky')?.text, 'Zelensky');
  assert.equal(speakerAfterColon('Strikes kill 27 in southern villages: health ministry')?.text, 'health ministry');
  assert.equal(speakerAfterColon('Flood death toll climbs to 112 in the delta: Red Crescent.')?.text, 'Red Crescent');
  assert.equal(speakerAfterColon('Over 600 rebels captured since June: army spokesman')?.text, 'army spokesman');
});

test('not a headline speaker: numbers, lists, long clauses, things', () => {
  assert.equal(speakerAfterColon('The dead were counted in three groups: 12 soldiers and 30 civilians'), null);
  assert.equal(speakerAfterColon('The ministry gave one reason for the delay: the roads'), null);
  assert.equal(speakerAfterColon('Two were killed: the driver and a passenger who was in the back seat of the car'), null);
  assert.equal(speakerAfterColon('No colon here, 40 killed'), null);
});

test('acronyms before a colon are speakers; wire slugs are not', () => {
  for (const text of ['JCS', 'WHO', 'OCHA', 'UNICEF', 'IDF']) assert.ok(isAcronymSpeaker(text), text);
  for (const text of ['LIVE', 'UPDATE', 'BREAKING', 'EXCLUSIVE', 'FACTBOX', 'KYIV SEOUL', 'Kyiv', 'GAZA', 'KYIV', 'ADEN']) assert.ok(!isAcronymSpeaker(text), text);
});

const who = (sentence: string): string => findAttribution(sentence)?.speaker.text ?? 'none';

test('headlines in sentences: "<claim>: X", "X: <claim>", "<claim>, X say", "X says <claim>"', () => {
  assert.equal(who('Heavy fighting left 40 soldiers dead near the river: Zelensky'), 'Zelensky');
  assert.equal(who('Strikes kill 27 in southern villages: health ministry'), 'health ministry');
  assert.equal(who('JCS: 1,100 casualties among troops near the border'), 'JCS');
  assert.equal(who('OCHA: 300 displaced people killed in camp raids'), 'OCHA');
  assert.equal(who('GAZA: Israeli strikes killed 18 people overnight'), 'none');
  assert.equal(who('Flooding kills at least 70 in the north, aid workers say'), 'aid workers');
  assert.equal(who('Cholera deaths top 200 in the camps, doctors say'), 'doctors');
  assert.equal(who('Governor says 14 killed in overnight drone attack on port'), 'Governor');
  assert.equal(who('Red Cross says 35 detainees missing after prison fire'), 'Red Cross');
});

test('attribution inside a fronted or subordinate clause', () => {
  assert.equal(who('Since early March, Ukraine estimates that 4,000 enemy troops have been killed near the town.'), 'Ukraine');
  assert.equal(who('Over the past month, the navy believes 60 smugglers drowned off the coast.'), 'the navy');
  assert.equal(who('Talks resumed in Doha on Tuesday, since Qatar and Egypt announced that 33 hostages would be freed.'), 'Qatar and Egypt');
  assert.equal(who('As the mayor said on Monday, 18 people were killed in the attack on the station.'), 'the mayor');
});

test('a headline speaker is attached to the headline claim', () => {
  const found = extractClaims({ id: 'd', text: 'Drone strikes kill 12 fighters near the dam: army spokesman', published: null });
  assert.deepEqual(found.map((c) => `${c.outcome} ${c.quantity?.value} ${c.speaker?.text} ${c.stance}`), ['killed 12 army spokesman asserted']);
});

test('no headline speaker in markup or data', () => {
  assert.equal(speakerAfterColon('"headline": "Shelling kills 9 in border villages", "name": "Steppe Herald"'), null);
  assert.equal(speakerAfterColon('Shelling kills 9 in border villages</dc:title></rdf:RDF>'), null);
});

test('wire headlines with the speaker after a final dash', () => {
  assert.equal(speakerAfterDash('CAR BOMB HITS MARKET IN NORTHERN TOWN, DOZENS KILLED -WITNESSES')?.text, 'WITNESSES');
  assert.equal(speakerAfterDash('Gunmen kill 11 at checkpoint near the border - police sources')?.text, 'police sources');
  assert.equal(speakerAfterDash('Ferry capsizes on lake, 40 missing – rescuers')?.text, 'rescuers');
  assert.equal(speakerAfterDash('Clashes erupt between Houthi-led forces and tribal fighters near Marib'), null);
  assert.equal(speakerAfterDash('TWELVE KILLED IN RAID ON VILLAGE -REUTERS'), null);
  assert.equal(speakerAfterDash('Shelling killed 9 in the twin cities of Severo-Donetsk'), null);
});

test('a post’s speaker with a role or the occasion between it and the colon', () => {
  assert.equal(who('Serhiy Cherevatyi, spokesman of the Eastern group of forces: the enemy lost 221 killed over the past day.'), 'Serhiy Cherevatyi');
  assert.equal(who('Prigozhin, in an interview with a pro-war blogger: about 20,000 Wagner fighters were killed.'), 'Prigozhin');
  assert.equal(who('The UN rights office, in a statement: at least 40 civilians were killed last week.'), 'The UN rights office');
  assert.equal(who('Zelensky, on Telegram: 12 people were killed in the strike on Odesa.'), 'Zelensky');
  assert.equal(who('Oleh Syniehubov, head of the regional military administration: three people were wounded.'), 'Oleh Syniehubov');
});

test('a place or a time before a comma and a colon is no speaker', () => {
  assert.equal(who('In Bakhmut, the situation is hard: 20 soldiers were killed.'), 'none');
  assert.equal(who('Overnight, a drone strike hit the city: 5 people were killed.'), 'none');
  assert.equal(who('On Monday, in a statement: 7 people were killed.'), 'none');
});
