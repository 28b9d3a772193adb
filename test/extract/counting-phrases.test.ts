/** A count named as the speaker is its counter's word (src/extract/counting-phrases.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterOf } from '../../src/extract/counting-phrases.js';
import { extractClaims } from '../../src/extract/extract.js';

const speakers = (text: string) => extractClaims({ id: 'd_test', text, published: '2024-01-30T09:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null]);

test('"according to a count by X based on Y’s figures": X speaks, not Y', () => {
  assert.deepEqual(speakers('The attack killed 1,139 people, according to a count by Agence France-Presse based on official Israeli figures.'), [[1139, 'Agence France-Presse']]);
  assert.deepEqual(speakers('At least 212 civilians have been killed, according to a Reuters tally of local reports.'), [[212, 'Reuters']]);
  assert.deepEqual(speakers('The strike killed 1,163 people, according to an updated AFP count based on official figures.'), [[1163, 'AFP']]);
});

test('counterOf reads only count phrases', () => {
  assert.equal(counterOf('the latest estimate from the UN human rights office'), 'the UN human rights office');
  assert.equal(counterOf('a new Airwars analysis of local reports'), 'Airwars');
  assert.equal(counterOf('the health ministry'), null);
  assert.equal(counterOf('the Gaza health ministry toll'), null);
});

test('figures passed on by someone: from unnamed sources they are the citer’s word, from a named source that source’s', () => {
  assert.deepEqual(speakers('More than 400 civilians were killed, according to preliminary figures from local sources cited by a UN spokesperson on Monday.'), [[400, 'a UN spokesperson']]);
  assert.deepEqual(speakers('At least 15 died, according to local sources quoted by the Sudan Tribune.'), [[15, 'the Sudan Tribune']]);
  assert.deepEqual(speakers('At least 31 people died, according to figures from the health ministry cited by Reuters.'), [[31, 'the health ministry']]);
});

test('a count that opens the sentence and "puts" the toll is its counter’s word, whatever qualifies the count', () => {
  assert.deepEqual(speakers('An updated AFP count based on the latest official data puts the number of people killed in the attack at 1,189.'), [[1189, 'AFP']]);
  assert.deepEqual(speakers('A new Reuters tally puts the death toll from the flooding at 230.'), [[230, 'Reuters']]);
  assert.deepEqual(speakers('The latest Airwars estimate puts the number of civilians killed at more than 600.'), [[600, 'Airwars']]);
  assert.deepEqual(speakers('A revised UN estimate says 400 civilians were killed.'), [[400, 'UN']]);
});
