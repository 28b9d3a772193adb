import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAcronymSpeaker, speakerAfterColon } from '../../src/extract/headline-speakers.js';

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
  for (const text of ['LIVE', 'UPDATE', 'BREAKING', 'EXCLUSIVE', 'FACTBOX', 'KYIV SEOUL', 'Kyiv']) assert.ok(!isAcronymSpeaker(text), text);
});
