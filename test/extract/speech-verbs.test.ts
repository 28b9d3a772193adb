import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSpeechWord, stanceOfVerb } from '../../src/extract/speech-verbs.js';

test('the stance a verb of speech gives', () => {
  assert.equal(stanceOfVerb('said'), 'asserted');
  assert.equal(stanceOfVerb('Confirmed'), 'confirmed');
  assert.equal(stanceOfVerb('estimates'), 'estimated');
  assert.equal(stanceOfVerb('claimed'), 'alleged');
  assert.equal(stanceOfVerb('denied'), 'denied');
});

test('a word of speech is a whole word', () => {
  assert.equal(hasSpeechWord('the army said on Monday'), true);
  assert.equal(hasSpeechWord('the unsaid toll'), false);
});
