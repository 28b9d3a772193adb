import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAbsences } from '../../src/extract/absences.js';
import { extractClaims } from '../../src/extract/extract.js';

const claims = (text: string) =>
  extractClaims({ id: 'd_absent', text, published: '2024-11-02T12:00:00Z' }).map((c) => [c.outcome, c.quantity, c.stance, c.speaker?.text ?? null, c.subject.affiliation, c.location?.name ?? null]);

test('a presence of zero, said by someone, denies the deployment', () => {
  assert.deepEqual(claims('No North Korean troops are in Russia, the Kremlin said.'), [['deployed', null, 'denied', 'the Kremlin', 'KP', 'Russia']]);
  assert.deepEqual(claims('There are no Russian troops in Crimea, Putin told reporters.'), [['deployed', null, 'denied', 'Putin', 'RU', 'Crimea']]);
  assert.deepEqual(claims('Foreign ministry spokesman Nasser Kanaani said no Iranian soldiers are fighting in Syria.'), [['deployed', null, 'denied', 'Foreign ministry spokesman Nasser Kanaani', 'IR', 'Syria']]);
  assert.equal(claims("The Taliban said none of the group's fighters had been in the hospital.")[0]?.[2], 'denied');
});

test('an absence no one states is the outlet\'s description, not a claim', () => {
  assert.deepEqual(claims('There are no troops in the town now.'), []);
  assert.deepEqual(claims('No soldiers were at the checkpoint when the convoy passed.'), []);
});

test('what an absence spans: the group, not the verb after it', () => {
  assert.deepEqual(findAbsences('There are no mercenaries from Syria or anywhere else fighting on our side.').map((a) => a.text), ['There are no mercenaries from Syria or anywhere else']);
  assert.deepEqual(findAbsences('None of its fighters were at the base.').map((a) => a.text), ['None of its fighters were']);
  assert.deepEqual(findAbsences('There is no doubt that troops are in the area.'), []);
});
