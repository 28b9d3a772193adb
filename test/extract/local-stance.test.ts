import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localStance } from '../../src/extract/local-stance.js';

test('the stance words right before a claim', () => {
  assert.equal(localStance('drone attacks, with claims of '), 'alleged');
  assert.equal(localStance('which confirmed the death of '), 'confirmed');
  assert.equal(localStance('officials said that '), null);
});
