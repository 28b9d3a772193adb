/** The time after a number given to compare with is that number's (src/extract/comparison-phrases.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { comparisonPhrases } from '../../src/extract/comparison-phrases.js';

const periods = (text: string) =>
  extractClaims({ id: 'd_test', text, published: '2023-10-15T10:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.period?.text ?? null]);

test('"up from N on Saturday": Saturday is when N was given, not the new number’s period', () => {
  assert.deepEqual(periods('The army said 126 people were being held hostage, up from 120 on Saturday.'), [
    [126, null],
    [120, 'on Saturday'],
  ]);
  assert.deepEqual(periods('The death toll rose to 52, up from 40 on Friday, officials said.'), [
    [52, null],
    [40, 'on Friday'],
  ]);
  assert.deepEqual(periods('Officials said 300 soldiers were wounded, compared with 250 last week.').slice(0, 1), [[300, null]]);
  assert.deepEqual(periods('The ministry said 61 people had died, from 45 on Monday.').slice(0, 1), [[61, null]]);
});

test('a period of the claim itself, or before the comparison, stays', () => {
  assert.deepEqual(periods('Police said 30 people were wounded in the blast on Sunday.'), [[30, 'on Sunday']]);
  assert.deepEqual(periods('The ministry said 61 people died on Monday, up from 45.')[0], [61, 'on Monday']);
  assert.deepEqual(comparisonPhrases('Shelling killed 12 people from the village on Friday.'), []);
});
