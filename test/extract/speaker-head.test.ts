import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasSpeakerHead, trimQuotes } from '../../src/extract/speaker-head.js';

test('noun phrases headed by someone who can speak', () => {
  for (const text of [
    'the regional governor',
    "Ukraine's air force",
    'aid workers',
    'Defence Minister Maria Santos',
    'he',
    'JCS',
    'officials in the south',
    'a source close to the investigation',
    'Jan Egeland, the head of the Norwegian Refugee Council',
    'the local health department',
    'A militia allied to the government and led by former general Ali Hassan',
    'medical sources',
    'the civil defence',
    'Hamas-run health ministry',
    'state news agency KCNA',
    'a doctor at the hospital',
  ]) assert.ok(hasSpeakerHead(text), text);
});

test('never a speaker: datelines, sentence adverbs, fronted phrases', () => {
  for (const text of ['KYIV —', 'BEIRUT, May 4 (Wire) –', 'Separately', 'Meanwhile', 'However', 'reportedly', 'Since early March', 'By one', 'As of Sunday', 'which the ministry', 'Yesterday'])
    assert.ok(!hasSpeakerHead(text), text);
});

test('never a speaker: fragments headed by a thing', () => {
  for (const text of ['The number', 'Of these', 'The figure', 'The latest casualty', 'The clashes broke out shortly after midnight', 'the toll', 'This number', 'Preliminary reports', 'Initial estimates', 'the figures'])
    assert.ok(!hasSpeakerHead(text), text);
});

test('never a speaker: an abbreviated title cut from its name, or a phrase holding the verb', () => {
  for (const text of ['Reps.', 'Lt. Gen.', 'Gov.', 'Sen', 'Dr.', 'the army said', 'officials told reporters'])
    assert.ok(!hasSpeakerHead(text), text);
  assert.ok(hasSpeakerHead('Lt. Gen. Oleksandr Pivnenko'));
  assert.ok(hasSpeakerHead('Gov. Maria Lopez'));
});

test('stray quote marks are trimmed from a speaker text', () => {
  assert.equal(trimQuotes('" he'), 'he');
  assert.equal(trimQuotes('“the mayor”'), 'the mayor');
  assert.equal(trimQuotes("' officials"), 'officials');
  assert.equal(trimQuotes('the army'), 'the army');
});
