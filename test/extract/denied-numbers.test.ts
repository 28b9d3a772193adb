/** A number someone denies is their word against it, with the denier as speaker (src/extract/denied-numbers.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) =>
  extractClaims({ id: 'd_test', text, published: '2024-05-12T09:00:00Z' })
    .filter((c) => c.quantity)
    .map((c) => [c.quantity?.value ?? null, c.stance, c.speaker?.text ?? null]);

test('"denied that dozens of civilians had died": the count is denied, by the one who denies it', () => {
  assert.deepEqual(read('The army said 20 militants were killed and denied that dozens of civilians had died.'), [
    [20, 'asserted', 'The army'],
    [24, 'denied', 'The army'],
  ]);
  assert.deepEqual(read('The ministry rejected claims that 300 soldiers were killed in the attack.'), [[300, 'denied', 'The ministry']]);
  assert.deepEqual(read('Police dismissed reports that 50 protesters had been shot dead.'), [[50, 'denied', 'Police']]);
  assert.deepEqual(read('Moscow denied that as many as 1,000 of its troops had died.'), [[1000, 'denied', 'Moscow']]);
});

test('a denial of anything else leaves the count as it was', () => {
  assert.deepEqual(read('The army denied that it carried out the strike, which killed 30 people.'), [[30, 'reported', null]]);
  assert.deepEqual(read('Officials said 12 people were killed; the militia denied responsibility.'), [[12, 'asserted', 'Officials']]);
});
