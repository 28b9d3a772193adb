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

test("a ministry's formal name: its portfolio read plainly, a second portfolio dropped, the same office with or without a place", () => {
  assert.equal(stateOrganKey('ministry of public health and population of yemen'), 'health ministry (YE)');
  assert.equal(stateOrganKey('yemen ministry of public health'), 'health ministry (YE)');
  assert.equal(stateOrganKey('ukraine ministry of internal affairs'), 'interior ministry (UA)');
  assert.equal(stateOrganKey('ministry of internal affairs of ukraine'), stateOrganKey('ukrainian interior ministry'));
  // No place: the formal name and "the health ministry" are one office.
  assert.equal(stateOrganKey('ministry of public health and population'), 'health ministry');
  assert.equal(stateOrganKey('ministry of defence'), 'defence ministry');
});
