/**
 * Outcomes told by idiom rather than by an outcome word at the count: fates and whereabouts unknown (missing),
 * lives claimed, taken or cost (killed), "unaccounted for"; and a part named before "among them" after a total.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) => extractClaims({ id: 'd_fates', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => [c.outcome, c.quantity?.value ?? null]);

test('a fate or whereabouts unknown is a count of the missing; a fate to be decided is none', () => {
  assert.deepEqual(read('The fate of more than 40 people remains unknown.'), [['missing', 40]]);
  assert.deepEqual(read('The whereabouts of 12 soldiers remain unclear, the army said.'), [['missing', 12]]);
  assert.deepEqual(read('The fate of another 35 residents is still not known.'), [['missing', 35]]);
  assert.deepEqual(read('The fate of the 12 hostages will be decided by talks.'), []);
});

test('"unaccounted for" after the count is a count of the missing', () => {
  assert.deepEqual(read('Twelve people are unaccounted for after the strike.'), [['missing', 12]]);
  assert.deepEqual(read('At least 30 crew members were unaccounted for on Sunday.'), [['missing', 30]]);
  assert.deepEqual(read('Some 200 residents remain unaccounted for, the mayor said.'), [['missing', 200]]);
});

test('lives claimed, taken or cost are the dead; hours taken are not', () => {
  assert.deepEqual(read('This enemy attack has already claimed 30 lives.'), [['killed', 30]]);
  assert.deepEqual(read('The shelling took 12 civilian lives.'), [['killed', 12]]);
  assert.deepEqual(read('The war has cost the lives of 5,000 soldiers.'), [['killed', 5000]]);
  assert.deepEqual(read('The strike took 12 hours to plan.'), []);
});

test('a part named before "among them" leaves the total its outcome', () => {
  assert.deepEqual(read('20 people have been killed, a 15-year-old girl among them.'), [['killed', 20], ['killed', 1]]);
  assert.deepEqual(read('20 people were killed, six children among the dead, officials said.'), [['killed', 20], ['killed', 6]]);
  assert.deepEqual(read('Twelve soldiers were wounded, two officers among them.'), [['wounded', 12], ['wounded', 2]]);
});
