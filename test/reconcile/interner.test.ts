import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Interner } from '../../src/reconcile/interner.js';

test('an interner numbers each distinct string once, in order of first sight, and gives the strings back', () => {
  const places = new Interner();
  assert.deepEqual(['Kursk', 'Kherson', 'Kursk', 'Bakhmut', 'Kherson'].map((name) => places.numberOf(name)), [0, 1, 0, 2, 1]);
  assert.equal(places.size, 3);
  assert.equal(places.valueOf(2), 'Bakhmut');
});

test('no string is -1 and back, and takes no number', () => {
  const kinds = new Interner();
  assert.equal(kinds.numberOf(null), -1);
  assert.equal(kinds.valueOf(-1), null);
  assert.equal(kinds.size, 0);
});
