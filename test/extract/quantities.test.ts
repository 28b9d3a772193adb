import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantitiesOf } from '../../src/extract/quantities.js';

test('quantitiesOf: every quantity except years, dates, times, ordinals and names', () => {
  const text = 'On December 14, 2024 at 7 p.m., over 3,000 soldiers, $2.5 billion, 40% and 155mm shells; the 22nd Su-34 and 10,000-12,000 more.';
  const quantities = quantitiesOf(text);
  assert.deepEqual(quantities.map((q) => q.text), ['over 3,000', '$2.5 billion', '40%', '155mm', '10,000-12,000']);
  assert.deepEqual(quantities[0], { text: 'over 3,000', start: 32, end: 42, value: 3000, min: 3000, max: null, change: '>', unit: 'soldiers' });
  assert.deepEqual(quantities[4], { text: '10,000-12,000', start: 108, end: 121, value: 10000, min: 10000, max: 12000, change: '=', unit: null });
  for (const quantity of quantities) assert.equal(quantity.text, text.slice(quantity.start, quantity.end));
  assert.deepEqual(quantitiesOf(''), []);
});

test('claims.md example of the quantities command', () => {
  const text = 'According to the White House, North Korea has had over 3,000 soldiers killed or wounded.';
  assert.deepEqual(quantitiesOf(text), [{ text: 'over 3,000', start: 50, end: 60, value: 3000, min: 3000, max: null, change: '>', unit: 'soldiers' }]);
});
