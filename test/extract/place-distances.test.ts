import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const places = (text: string) =>
  extractClaims({ id: 'd_places', text, published: '2024-12-28T12:00:00.000Z' }).map((c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.location?.text ?? null}`);

test('a place given as an attack’s target is where it happened', () => {
  assert.deepEqual(places('As reported, the number of those killed by the Russian missile attack targeting Odesa on Sunday increased to 21.'), ['killed 21 Odesa']);
  assert.deepEqual(places('A drone strike targeting Sumy killed 4 people, the governor said.'), ['killed 4 Sumy']);
  assert.deepEqual(places('Rockets targeting the town of Metula wounded 3 people.'), ['wounded 3 Metula']);
});

test('a place a short distance from where it happened is its place', () => {
  assert.deepEqual(places('The ambush left 9 soldiers dead 20 kilometres (12 miles) from Djibo, the army said.'), ['killed 9 Djibo']);
  assert.deepEqual(places('Gunmen killed 6 villagers 10 km north of Kaya.'), ['killed 6 Kaya']);
  assert.deepEqual(places('Jihadists killed 7 herders some 15 miles outside Menaka.'), ['killed 7 Menaka']);
});

test('a place far from where it happened is only a landmark: no place', () => {
  assert.deepEqual(places('Militants killed 11 soldiers 150 kilometres north of Bamako.'), ['killed 11 null']);
  assert.deepEqual(places('The convoy was ambushed 90 miles from Niamey, killing 5 soldiers.'), ['killed 5 null']);
});
