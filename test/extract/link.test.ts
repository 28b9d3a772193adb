import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_link', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}]`,
  );

test('an adverb between the agent and its verb keeps the verb active', () => {
  assert.deepEqual(all('Israeli strikes reportedly killed at least five people in Rafah.'), ['killed 5 lower [people]']);
  assert.deepEqual(all('The drone allegedly wounded 14 civilians near Kherson.'), ['wounded 14 exact [civilians]']);
  assert.deepEqual(all('Russian forces reportedly captured 20 Ukrainian marines near Krynky.'), ['captured 20 exact [Ukrainian marines]']);
  assert.deepEqual(all('RSF fighters also abducted 31 women from the camp.'), ['captured 31 exact [women]']);
});

test('an adverb after an auxiliary keeps the participle passive', () => {
  assert.deepEqual(all('Three guards were reportedly killed and 12 others wounded.'), ['killed 3 exact [guards]', 'wounded 12 exact [12 others]']);
  assert.deepEqual(all('Seven soldiers have also been wounded, the army said.'), ['wounded 7 exact [soldiers]']);
  assert.deepEqual(all('Nine villagers were allegedly abducted by gunmen.'), ['captured 9 exact [villagers]']);
});

test('victims named as martyrs, bodies or killings are counted killed', () => {
  assert.deepEqual(all('The ministry said 25 martyrs had been brought to the hospital.'), ['killed 25 exact [martyrs]']);
  assert.deepEqual(all('The UN office said it had verified 215 killings in the region since June.'), ['killed 215 exact []']);
  assert.deepEqual(all('Rescuers said 37 bodies were retrieved from the rubble in Antakya.'), ['killed 37 exact [bodies]']);
  assert.deepEqual(all('Hamas says 30 citizens were martyred in the strike.'), ['killed 30 exact [citizens]']);
});
