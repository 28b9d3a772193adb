import assert from 'node:assert/strict';
import { test } from 'node:test';
import { choosePlace, placeCandidates } from '../../src/extract/claim-place.js';
import { extractClaims } from '../../src/extract/extract.js';

const PUBLISHED = '2024-12-28T12:00:00.000Z';
const claims = (text: string) => extractClaims({ id: 'd_test', text, published: PUBLISHED });
const placeOf = (text: string) => claims(text)[0]?.location?.name ?? null;

/** The place choosePlace gives a claim that spans the first occurrence of `claim` in the sentence. */
function chosen(sentence: string, claim: string): string | null {
  const start = sentence.indexOf(claim);
  return choosePlace({ text: sentence, places: placeCandidates(sentence), datelineEnd: 0 }, start, start + claim.length, null)?.name ?? null;
}

test('places after a locative preposition, from the gazetteer or a capitalised name', () => {
  assert.deepEqual(placeCandidates('Shelling in the Kharkiv region and near Ipi village killed four.').map((p) => p.place.text), ['Kharkiv region', 'Ipi village']);
  assert.deepEqual(placeCandidates('Rockets fell at Jameela fruit market on Monday.').map((p) => p.place.text), ['Jameela fruit market']);
  assert.deepEqual(placeCandidates('The Reuters report came in January.').map((p) => p.place.text), []);
});

test('the first place after the claim, else the one before; the specific place after its country', () => {
  assert.equal(chosen('Two soldiers were killed in Donetsk and three in Kherson.', 'Two soldiers were killed'), 'Donetsk');
  assert.equal(chosen("Nine miners died in Turkey's southeastern province of Sirnak.", 'Nine miners died'), 'Sirnak Province');
});

test('no location from a dateline or from where the statement was made', () => {
  const dateline = claims('SEOUL — Around 100 North Korean soldiers have been killed, lawmakers were told.');
  assert.equal(dateline[0]?.location, null);
  const spoken = claims('Around 100 North Korean soldiers have been killed, Lee told reporters in Seoul on Thursday.');
  assert.equal(spoken[0]?.location, null);
  const events = claims('Around 100 North Korean soldiers have been killed in Kursk, Lee told reporters in Seoul.');
  assert.equal(events[0]?.location?.name, 'Kursk Oblast');
});
