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

test('vague magnitudes are the range of their order of magnitude in the quantities command, never one number', () => {
  const text = 'Dozens were arrested as tens of thousands marched; hundreds of thousands fled and millions watched.';
  assert.deepEqual(quantitiesOf(text).map((q) => [q.text, q.value, q.min, q.max, q.change]), [
    ['Dozens', 12, 12, 120, '='],
    ['tens of thousands', 1e4, 1e4, 1e5, '='],
    ['hundreds of thousands', 1e5, 1e5, 1e6, '='],
    ['millions', 1e6, 1e6, 1e7, '='],
  ]);
  assert.deepEqual(quantitiesOf('Hundreds of homes and thousands of cars').map((q) => [q.min, q.max]), [[100, 1000], [1000, 10000]]);
  assert.deepEqual(quantitiesOf('The flood cost tens of millions of euros and billions in lost output.').map((q) => [q.min, q.max, q.unit]), [
    [1e7, 1e8, 'EUR'], [1e9, 1e10, null],
  ]);
});

test('vague determiners are no numerals: "several", "a few", "a couple" are left out of the quantities record', () => {
  assert.deepEqual(quantitiesOf('Several reporters asked a few questions over a couple of days.'), []);
  assert.deepEqual(quantitiesOf('A handful of fans stayed for several hours.'), []);
  assert.deepEqual(quantitiesOf('Several times a year, a few of them ran 10 km.').map((q) => q.value), [10]);
});

test('a vague count with a numeral is a range from its smallest to its largest reading', () => {
  assert.deepEqual(quantitiesOf('several hundred soldiers, a few dozen tanks, a couple of dozen drones').map((q) => [q.min, q.max]), [
    [300, 999], [24, 99], [24, 36],
  ]);
});

test('a vague count with a lower bound keeps it: "at least several hundred" has no maximum', () => {
  assert.deepEqual(quantitiesOf('at least several hundred troops').map((q) => [q.text, q.min, q.max, q.change]), [
    ['at least several hundred', 300, null, '>'],
  ]);
});

test('fractions and factors are quantities', () => {
  assert.deepEqual(quantitiesOf('Half the condos, one in five adults and a sixfold rise').map((q) => [q.text, q.value, q.unit]), [
    ['Half', 0.5, null], ['one in five', 0.2, null], ['sixfold', 6, 'times'],
  ]);
});
