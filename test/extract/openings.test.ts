import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripOpening } from '../../src/extract/openings.js';

test('datelines and opening adverbials before a subject', () => {
  assert.equal(stripOpening('KYIV — The army said'), 'The army said');
  assert.equal(stripOpening('Separately on Friday, the ministry said'), 'the ministry said');
  assert.equal(stripOpening('The ministry said'), 'The ministry said');
});

test('a wire slug glued to a headline is no part of its speaker', () => {
  assert.equal(stripOpening('BRIEF-Zelenskyy says North Korean losses exceed 3,000'), 'Zelenskyy says North Korean losses exceed 3,000');
  assert.equal(stripOpening('UPDATE 2-Ukraine says 40 killed in Sumy strike'), 'Ukraine says 40 killed in Sumy strike');
  assert.equal(stripOpening('EXCLUSIVE-Pentagon says 10,000 troops in Russia'), 'Pentagon says 10,000 troops in Russia');
  assert.equal(stripOpening('NATO-Russia council said 40 were killed'), 'NATO-Russia council said 40 were killed');
});
