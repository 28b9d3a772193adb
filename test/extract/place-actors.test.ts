import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isActorPlace } from '../../src/extract/place-actors.js';

/** Whether the first occurrence of `place` in the sentence is used as an actor. */
const actor = (sentence: string, place: string) => {
  const start = sentence.indexOf(place);
  return isActorPlace(sentence, start, start + place.length);
};

test('a state or city that owns an army, a war or a government is an actor', () => {
  assert.ok(actor('Kyiv says units of the DPRK army lost hundreds.', 'DPRK'));
  assert.ok(actor("Since the start of Moscow's war, 9,000 civilians have died.", 'Moscow'));
  assert.ok(actor("Fighting in Sudan's army-held areas continued as Egypt's foreign ministry said 40 died.", 'Egypt'));
  assert.ok(actor('A strike by Israeli forces in Lebanon came after Iran missiles hit.', 'Iran'));
});

test('the seat of a government and the end of a name are actors', () => {
  assert.ok(actor('The government in Tehran said 40 protesters were killed.', 'Tehran'));
  assert.ok(actor('The regime in Damascus denied that 12 were killed.', 'Damascus'));
  assert.ok(actor('A bomb planted by Al-Qaeda in the Arabian Peninsula killed three.', 'Arabian Peninsula'));
  assert.ok(actor('Fighters of Islamic State in Iraq ambushed the convoy.', 'Iraq'));
});

test('where things happened stays a place', () => {
  assert.ok(!actor('Five civilians were killed in Kharkiv on Monday.', 'Kharkiv'));
  assert.ok(!actor('Fighting in Bakhmut killed dozens.', 'Bakhmut'));
  assert.ok(!actor('Palestinians in Gaza said 30 were killed.', 'Gaza'));
  assert.ok(!actor('A blast on Sunday in Kabul killed 12.', 'Kabul'));
  assert.ok(!actor('Five Killed In Kabul Market Blast', 'Kabul'));
  assert.ok(!actor('Twelve soldiers died in the Donetsk region overnight.', 'Donetsk'));
});
