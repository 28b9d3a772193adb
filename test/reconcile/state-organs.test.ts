import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stateOrganKey } from '../../src/reconcile/state-organs.js';

test('an organ and its place however they are joined: "of", "in", a dash or a comma', () => {
  const key = 'health ministry (gaza strip)';
  assert.equal(stateOrganKey('gaza health ministry'), key);
  assert.equal(stateOrganKey('ministry of health - gaza'), key);
  assert.equal(stateOrganKey('health ministry – gaza'), key);
  assert.equal(stateOrganKey('ministry of health, gaza strip'), key);
  assert.equal(stateOrganKey('health ministry in the gaza strip'), key);
  assert.equal(stateOrganKey('defence ministry, ukraine'), stateOrganKey('ukrainian defence ministry') ?? 'none');
  assert.equal(stateOrganKey('norwegian refugee council'), null);
});
