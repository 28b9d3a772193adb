import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titledPeople } from '../../src/extract/titled-people.js';

test('people named with a title anywhere in a sentence', () => {
  assert.deepEqual(titledPeople('Pentagon spokesman Pat Ryder briefed reporters on Tuesday.').map((s) => s.name), ['Pat Ryder']);
  assert.deepEqual(titledPeople('The convoy reached the border at dawn.'), []);
});
