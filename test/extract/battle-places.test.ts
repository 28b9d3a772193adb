/** "killed in the battle for X": the place a battle is fought for is where its dead fell (src/extract/claim-place.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

function places(text: string): Array<[number | null, string | null]> {
  return extractClaims({ id: 'd_test', text, published: '2023-05-01T09:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.location?.name ?? null]);
}

test('the battle, the fight or the struggle for a town places its toll there', () => {
  assert.deepEqual(places('About 20,000 Wagner fighters were killed in the battle for Bakhmut, the group’s founder said.'), [[20000, 'Bakhmut']]);
  assert.deepEqual(places('Officials said 300 soldiers died in the fight for Avdiivka.'), [[300, 'Avdiivka']]);
  assert.deepEqual(places('More than 1,000 marines were killed in the battle for the port city of Mariupol, the commander said.'), [[1000, 'Mariupol']]);
  assert.deepEqual(places('The leader of Russia’s Wagner group said 600 of his men had died in the struggle for Soledar.'), [[600, 'Soledar']], 'not the country of the group’s owner');
});

test('fighting for a country is fighting on its side, not a place', () => {
  assert.deepEqual(places('About 300 North Korean soldiers have been killed while fighting for Russia, the agency said.'), [[300, null]]);
  assert.deepEqual(places('Officials said 40 foreign volunteers died fighting for Ukraine last year.'), [[40, null]]);
});
