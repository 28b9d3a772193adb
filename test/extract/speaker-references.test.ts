import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOfficeOf, referenceOf, statementOwner } from '../../src/extract/speaker-references.js';
import { extractClaims } from '../../src/extract/extract.js';

test('what a speaker phrase refers back to', () => {
  assert.deepEqual(referenceOf('he'), { kind: 'person' });
  assert.deepEqual(referenceOf('The spokeswoman'), { kind: 'person' });
  assert.deepEqual(referenceOf('they'), { kind: 'group' });
  assert.deepEqual(referenceOf('It'), { kind: 'it' });
  assert.deepEqual(referenceOf('the statement'), { kind: 'statement' });
  assert.deepEqual(referenceOf('The post'), { kind: 'statement' });
  assert.deepEqual(referenceOf('its report'), { kind: 'statement' });
  assert.deepEqual(referenceOf('“ the ministry'), { kind: 'office', noun: 'ministry' });
  assert.deepEqual(referenceOf('The General Staff'), { kind: 'office', noun: 'general staff' });
});

test('phrases that name their speaker refer to no one', () => {
  assert.equal(referenceOf("Russia's defence ministry"), null);
  assert.equal(referenceOf('the ministry of defence'), null);
  assert.equal(referenceOf('Kirby'), null);
  assert.equal(referenceOf('officials'), null);
});

test('an earlier organisation is an office of a kind when that kind is its head', () => {
  assert.equal(isOfficeOf("Russia's defence ministry", 'ministry'), true);
  assert.equal(isOfficeOf('Ministry of Health in Gaza', 'ministry'), true);
  assert.equal(isOfficeOf('Malian army', 'army'), true);
  assert.equal(isOfficeOf('ministry', 'ministry'), false);
  assert.equal(isOfficeOf('military government', 'military'), false);
  assert.equal(isOfficeOf('ministry did not', 'ministry'), false);
  assert.equal(isOfficeOf('Wagner and the Malian army', 'army'), false);
});

test('the owner of a report or statement a sentence names', () => {
  assert.equal(statementOwner('A report by Human Rights Watch, published on Monday, documents abuses.'), 'Human Rights Watch');
  assert.equal(statementOwner("The UN's latest report on Sudan was leaked."), 'The UN');
  assert.equal(statementOwner('A statement from the Kenyan police arrived.'), 'the Kenyan police');
  assert.equal(statementOwner('An update from Kharkiv came in overnight.'), null);
  assert.equal(statementOwner('Reports of heavy fighting came in overnight.'), null);
});

test('"the rights group", "the charity", "the watchdog" are the organisation outside the state named just before', () => {
  const speaker = (text: string) => extractClaims({ id: 'd_ref', text, published: '2022-06-30T12:00:00Z' }).map((c) => c.speaker?.org ?? null);
  assert.deepEqual(speaker('The strike was a war crime, Amnesty International said in a report. The rights group said at least a dozen people were killed.'), ['Amnesty International']);
  assert.deepEqual(speaker('Médecins Sans Frontières said its clinic was hit. The medical charity said 14 patients were killed.'), ['Médecins Sans Frontières']);
  assert.deepEqual(speaker('Human Rights Watch said the strike was unlawful. The watchdog said 31 people died.'), ['Human Rights Watch']);
  // A ministry is no rights group: the phrase stays its own.
  assert.deepEqual(speaker("Russia's defence ministry said the strike hit a depot. The rights group said 12 people were killed."), ['rights group']);
});
