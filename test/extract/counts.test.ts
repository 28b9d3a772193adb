import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCounts } from '../../src/extract/counts.js';
import { findNumbers } from '../../src/extract/numbers.js';

const counts = (sentence: string) => findCounts(sentence, findNumbers(sentence)).map((c) => `${c.quantity?.value ?? '-'} [${c.group.text}]`);

test('a body of people named with "a" is not one person: a force, a militia, a family', () => {
  assert.deepEqual(counts('Seventeen soldiers serving with the U.N. mission and a southern African regional force were killed.'), ['17 [soldiers]']);
  assert.deepEqual(counts('Twenty-two fighters from an allied militia were killed in the ambush.'), ['22 [fighters]']);
  assert.deepEqual(counts('A family was killed when a shell hit their home.'), []);
  assert.deepEqual(counts('Nine officers escorting a convoy for a peacekeeping force were wounded.'), ['9 [officers]']);
});

test('one person named with "a" or "another" is a count of one', () => {
  assert.deepEqual(counts('Three soldiers and a civilian were killed in the attack.'), ['3 [soldiers]', '1 [civilian]']);
  assert.deepEqual(counts('A captured North Korean soldier died of his wounds.'), ['1 [captured North Korean soldier]']);
  assert.deepEqual(counts('Another was wounded.'), ['1 [another]']);
});
