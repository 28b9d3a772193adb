/**
 * A headline's words for its event: the names it gives the event (not its
 * speakers, nor a kicker in capitals), and the few words that tell the event
 * itself (not another clause's "no second blast").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventWordsOfHeadline, nameWordsOfHeadline } from '../../src/extract/headline-incidents.js';

/** The capitalised words, which incidents.ts reads as the event's names. */
const capitals = (words: string) => words.split(/[\s;,]+/).filter((word) => /^\p{Lu}/u.test(word));

test('a speaker’s label, or a speaker who says something of the event, gives no name', () => {
  assert.deepEqual(capitals(nameWordsOfHeadline('Pentagon: Nangarhar drone strike killed two planners')), ['Nangarhar']);
  assert.deepEqual(capitals(nameWordsOfHeadline('Pentagon says U.S. strike killed 105 civilians in Mosul')), ['U.S.', 'Mosul']);
  assert.deepEqual(capitals(nameWordsOfHeadline('Guterres condemns military air strike in Kanbalu Township')), ['Kanbalu', 'Township']);
  assert.deepEqual(capitals(nameWordsOfHeadline('Strike on Sumy university kills nine, Kremlin says it hit soldiers')), ['Strike', 'Sumy']);
});

test('a label that names the place or the event is kept, and so is a place outside the event’s words', () => {
  assert.deepEqual(capitals(nameWordsOfHeadline('Mariupol: drama theatre used as shelter destroyed in air strike')), ['Mariupol']);
  assert.deepEqual(capitals(nameWordsOfHeadline('Dahyan bus strike: HRW calls it a war crime')), ['Dahyan']);
  assert.deepEqual(capitals(nameWordsOfHeadline('Iraqi military revises down Mosul toll to 61, says no sign of air strike')), ['Iraqi', 'Mosul']);
});

test('a kicker in capitals gives no name', () => {
  assert.deepEqual(capitals(nameWordsOfHeadline('MASSACRE AT THE THEATRE: hundreds feared dead after jets bomb Mariupol shelter')), ['Mariupol']);
  assert.deepEqual(capitals(nameWordsOfHeadline('BREAKING | drone strike hits wedding party in Sagaing')), ['Sagaing']);
  assert.deepEqual(capitals(nameWordsOfHeadline('EXCLUSIVE — Survivors of Kabkabiya market shelling speak')), ['Survivors', 'Kabkabiya']);
});

test('the event’s own words come from the clause that tells it', () => {
  assert.equal(eventWordsOfHeadline('U.S. death toll in Kabul bombing rises to 13; Pentagon says there was no second blast'), 'toll in Kabul bombing rises to 13');
  assert.equal(eventWordsOfHeadline('Kramatorsk station attack: governor says toll reaches 52'), 'Kramatorsk station attack');
  assert.equal(eventWordsOfHeadline('Market shelling kills 21 in Kherson — Zelensky vows response'), 'Market shelling kills 21 in Kherson');
});
