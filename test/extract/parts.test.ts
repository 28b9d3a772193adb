import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

function read(text: string): Array<[string, number | null, string]> {
  return extractClaims({ id: 'p', text, published: '2025-02-01T12:00:00Z' }).map((c) => [c.outcome, c.quantity?.value ?? null, c.subject.text]);
}

test('a part named after a total ("including", "among them", "of whom") is a claim of the same outcome', () => {
  assert.deepEqual(read('The shelling of the market killed 31 people, including eight children, the prosecutor said.'), [['killed', 31, 'people'], ['killed', 8, 'children']]);
  assert.deepEqual(read('Twenty-two civilians were injured, among them three medics.'), [['wounded', 22, 'civilians'], ['wounded', 3, 'medics']]);
  assert.deepEqual(read('Some 60 prisoners were killed, of whom 12 were foreigners.').map((c) => c[1]), [60, 12]);
});

test('"N of them" after a passive total: the total keeps its outcome and the part follows it', () => {
  assert.deepEqual(read('At least 90 people were wounded, 25 of them children, the regional governor said.').map((c) => [c[0], c[1]]), [['wounded', 90], ['wounded', 25]]);
  assert.deepEqual(read('More than 40 soldiers were captured, six of them officers.').map((c) => [c[0], c[1]]), [['captured', 40], ['captured', 6]]);
  assert.deepEqual(read('Eleven people were killed, two of them police officers, officials said.').map((c) => [c[0], c[1]]), [['killed', 11], ['killed', 2]]);
});

test('the part does not lend its group to a total that names none', () => {
  assert.deepEqual(read('The death toll rose to 52, including five children, rescuers said.').map((c) => c[2]), ['', 'children']);
  assert.deepEqual(read('The number of dead reached 19, among them a baby.').map((c) => [c[1], c[2]]), [[19, ''], [1, 'baby']]);
  assert.deepEqual(read('The toll climbed to 77, including 30 women.').map((c) => c[2]), ['', 'women']);
});
