import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSpeaker } from '../../src/extract/speaker-parse.js';

test('speaker phrases are split into person, organisation and country', () => {
  assert.deepEqual(parseSpeaker('White House National Security Council spokesperson John Kirby'), {
    text: 'White House National Security Council spokesperson John Kirby',
    name: 'John Kirby',
    org: 'White House National Security Council',
    country: 'US',
  });
  assert.deepEqual(parseSpeaker('Ukrainian President Volodymyr Zelenskyy'), { text: 'Ukrainian President Volodymyr Zelenskyy', name: 'Volodymyr Zelenskyy', org: 'Ukrainian', country: 'UA' });
  assert.equal(parseSpeaker('South Korea’s National Intelligence Service').country, 'KR');
  assert.equal(parseSpeaker('Kirby').name, 'Kirby');
  assert.equal(parseSpeaker('the military').org, 'military');
});
