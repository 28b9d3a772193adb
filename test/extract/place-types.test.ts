import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTypedPlaces } from '../../src/extract/place-types.js';

const names = (sentence: string) => findTypedPlaces(sentence).map((p) => p.text);

test('a name after "city of", "village of", "region of" is a place', () => {
  assert.deepEqual(names('Shelling hit the Ukrainian city of Pokrovsk overnight.'), ['Pokrovsk']);
  assert.deepEqual(names('Fighters attacked a post near the village of Tal Abyad.'), ['Tal Abyad']);
  assert.deepEqual(names('Militants ambushed a convoy in the northern region of Gao, the army said.'), ['Gao']);
  assert.deepEqual(names('A quake struck the islands of Luzon and Mindoro.'), ['Luzon and Mindoro']);
  assert.deepEqual(names("Gunmen raided the town of al-Bab in Aleppo's province of Idlib."), ['al-Bab', 'Idlib']);
});

test('the capital named beside it is a place', () => {
  assert.deepEqual(names('Two blasts rocked the Somali capital, Mogadishu, on Sunday.'), ['Mogadishu']);
  assert.deepEqual(names('Protesters gathered in the capital Khartoum.'), ['Khartoum']);
});

test('a type word before a month, a pronoun or a lower-case word names nothing', () => {
  assert.deepEqual(names('The province of March was quiet.'), []);
  assert.deepEqual(names('Most of the town of their birth was destroyed.'), []);
  assert.deepEqual(names('The capital city was calm.'), []);
});
