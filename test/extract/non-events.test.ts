import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';
import { isHospitalModifier } from '../../src/extract/non-events.js';

const all = (text: string) =>
  extractClaims({ id: 'd_non_events', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}]`,
  );
const modifier = (sentence: string) => isHospitalModifier(sentence, sentence.indexOf('hospital') + 'hospital'.length);

test('"hospital" before a noun modifies it and says no one was wounded', () => {
  assert.equal(modifier('dozens of bodies in hospital morgues'), true);
  assert.equal(modifier('12 hospital patients were killed'), true);
  assert.equal(modifier('soldiers shown in hospital bunks'), true);
  assert.equal(modifier('four people were taken to hospital with burns'), false);
  assert.equal(modifier('two remain in hospital.'), false);
  assert.equal(modifier('seven were in hospital Tuesday'), false);
});

test('the dead in a hospital are killed, the people in hospital beds are not wounded for it', () => {
  assert.deepEqual(all('At least 12 hospital patients were killed when the ward in Kherson was shelled.'), ['killed 12 lower [hospital patients]']);
  assert.deepEqual(all('Video showed 20 soldiers lying in hospital bunks in Donetsk.'), []);
  assert.deepEqual(all('Reporters saw dozens of bodies in hospital morgues across Khartoum.'), ['killed 24 vague [bodies]']);
  assert.deepEqual(all('Six civilians were taken to hospital after the strike on Sumy.'), ['wounded 6 exact [civilians]']);
});

test('what was about to happen, or nearly happened, did not', () => {
  assert.deepEqual(all('The 300 soldiers were about to be captured when the line collapsed.'), []);
  assert.deepEqual(all('Two marines were nearly captured near Pokrovsk.'), []);
  assert.deepEqual(all('Forty villagers were almost killed when the dam broke, and three were injured.'), ['wounded 3 exact []']);
});

test('a projection or a threat is not a claim', () => {
  assert.deepEqual(all('A full-scale invasion could kill thousands of civilians, analysts warned.'), []);
  assert.deepEqual(all('Officials said 5,000 people may die if the siege of El Fasher continues.'), []);
  assert.deepEqual(all('The gunmen threatened to kill 12 hostages unless a ransom was paid.'), []);
  assert.deepEqual(all('The famine will kill hundreds of children a day, the agency warned, after 40 died on Monday.'), ['killed 40 exact []']);
});

test('prisoners of war in an exchange are a swap, not captures', () => {
  assert.deepEqual(all('Ukraine and Russia swapped 190 prisoners of war in a deal brokered by the UAE.'), []);
  assert.deepEqual(all('In the exchange, 90 POWs returned home to Ukraine.'), []);
  assert.deepEqual(all('Each side released 95 prisoners of war on Friday.'), []);
  assert.deepEqual(all('Russia says it holds 1,300 prisoners of war from the Kursk incursion.'), ['captured 1300 exact [prisoners]']);
});

test('one person who speaks is the speaker, not a count of what happened to them', () => {
  assert.deepEqual(all('The troops were sent to Kursk; one said he had been deployed in October.'), []);
  assert.deepEqual(all('A soldier said he had been sent to the front in November.'), []);
  assert.deepEqual(all('One marine told reporters he had been wounded twice near Vuhledar.'), []);
  assert.deepEqual(all('One soldier was killed near Toretsk.'), ['killed 1 exact [soldier]']);
});

test('a hospital named as a target or a landmark is where no one is treated', () => {
  const outcomes = (text: string) => extractClaims({ id: 'd_target', text, published: '2016-04-29T12:00:00.000Z' }).map((c: Claim) => `${c.outcome} ${c.quantity?.value}`);
  assert.deepEqual(outcomes('Sixteen service members have been disciplined over the air strike that destroyed a hospital in Kunduz, the Pentagon said.'), []);
  assert.deepEqual(outcomes('About 200 protesters gathered outside the hospital on Monday.'), []);
  assert.deepEqual(outcomes('Two officials were sacked after the shelling of the children\'s hospital, the ministry said.'), []);
  assert.deepEqual(outcomes('Twelve were taken to a hospital in Kharkiv.'), ['wounded 12']);
});
