import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripOpening } from '../../src/extract/openings.js';

test('datelines and opening adverbials before a subject', () => {
  assert.equal(stripOpening('KYIV — The army said'), 'The army said');
  assert.equal(stripOpening('Separately on Friday, the ministry said'), 'the ministry said');
  assert.equal(stripOpening('The ministry said'), 'The ministry said');
});
