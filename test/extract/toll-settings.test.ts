import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const periods = (text: string) => extractClaims({ id: 'd_settings', text, published: '2022-05-04T12:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.period?.text ?? null]);

test('the time a toll was put at a number is when it was said, not what it counts', () => {
  assert.deepEqual(periods("Mariupol's city council had put the toll at about 300 in late March, citing eyewitnesses."), [[300, null]]);
  assert.deepEqual(periods('Officials put the death toll at 52 on Saturday.'), [[52, null]]);
  assert.deepEqual(periods('The council estimated the number of dead at 1,200 last week.'), [[1200, null]]);
  assert.deepEqual(periods('The governor placed the toll at 31 on Monday, before rescuers reached the basement.'), [[31, null]]);
});

test('a window counted back stays the count’s period, and a toll not put at its number keeps its day', () => {
  assert.deepEqual(periods('Officials put the death toll at 52 in the past 24 hours.'), [[52, 'in the past 24 hours']]);
  assert.deepEqual(periods('The army put its losses at 40 over the past week.'), [[40, 'over the past week']]);
  assert.deepEqual(periods('Fifty-two people were killed on Saturday, officials said.'), [[52, 'on Saturday']]);
});
