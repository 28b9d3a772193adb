/**
 * A count made the subject as someone's record ("the ministry's final count is 51") is said by whose record it is;
 * a place's toll ("Gaza's death toll") names where the dead are, not who counted them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { ownerOfRecord } from '../../src/extract/record-owners.js';

const read = (text: string) => extractClaims({ id: 'd_records', text, published: '2024-03-01T12:00:00.000Z' });
const speakers = (text: string) => read(text).map((c) => c.speaker?.text ?? null);

test('a possessive record phrase is owned by its possessor, a pronoun standing for it, or no one when a place owns a toll', () => {
  assert.deepEqual(ownerOfRecord("the ministry's final count"), { owner: 'the ministry', record: 'count' });
  assert.deepEqual(ownerOfRecord('Kyrylenko’s latest figures'), { owner: 'Kyrylenko', record: 'figures' });
  assert.deepEqual(ownerOfRecord('Its final report'), { owner: 'it', record: 'report' });
  assert.deepEqual(ownerOfRecord("The army's investigation"), { owner: 'The army', record: 'investigation' });
  assert.equal(ownerOfRecord("Gaza's death toll"), null);
  assert.equal(ownerOfRecord('the health ministry'), null);
});

test('the record as the subject of a copula, "stands at", or a verb that gives, lists or puts the count', () => {
  assert.deepEqual(speakers("The ministry's final count is 51 dead."), ['The ministry']);
  assert.deepEqual(speakers("The health ministry's latest figures, released on Sunday, are 57 dead and 109 wounded."), ['The health ministry', 'The health ministry']);
  assert.deepEqual(speakers("The governor's toll now stands at 40 killed."), ['The governor']);
  assert.deepEqual(speakers("The defence ministry's latest list puts the number of soldiers killed at 2,908."), ['The defence ministry']);
  assert.deepEqual(speakers("The Red Cross's statement gave 276 dead and 300 injured."), ['The Red Cross', 'The Red Cross']);
  assert.deepEqual(speakers("The committee's report lists 587 people killed and 316 injured."), ['The committee', 'The committee']);
});

test('a record owned by "its" or "his" is the speaker named before', () => {
  assert.deepEqual(speakers('The committee said 512 people were killed. Its final report, presented in September, lists 587 people killed.'), ['The committee', 'The committee']);
  assert.deepEqual(speakers('Hospital director Ahmed Ali said 30 people died. His latest tally is 45 dead.'), ['Hospital director Ahmed Ali', 'Hospital director Ahmed Ali']);
});

test('whose record it is speaks through any verb of speech', () => {
  assert.deepEqual(speakers("The ministry's statement said 40 people were killed."), ['The ministry']);
  assert.deepEqual(speakers("40 people were killed, the ministry's statement said."), ['the ministry']);
});

test('no speaker from a place that owns a toll, nor from a record compared rather than counting', () => {
  assert.deepEqual(speakers("Gaza's death toll is now 30,000."), [null]);
  assert.deepEqual(speakers("The town's toll stands at 40 dead."), [null]);
  // "Nebytov's figure is lower than …": the copula compares; the count that follows is the prosecutor's.
  assert.deepEqual(speakers("Nebytov's figure is lower than the one given by the prosecutor, who said last Sunday that the bodies of 1,222 people had been found."), ['the prosecutor']);
});
