import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

function speakers(text: string): Array<[number | null, string | null, string]> {
  return extractClaims({ id: 'f', text, published: '2025-03-01T12:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null, c.stance]);
}

test('what an inquiry, a study or a commission found, it says', () => {
  assert.deepEqual(speakers('The inquiry found that at least 80 civilians were killed in the three villages.'), [[80, 'The inquiry', 'asserted']]);
  assert.deepEqual(speakers('UN commission finds 200 killed in lakeside massacre'), [[200, 'UN commission', 'asserted']]);
  assert.deepEqual(speakers('An independent investigation into the riots concluded that 64 protesters had been shot dead.'), [[64, 'An independent investigation', 'asserted']]);
});

test('the maker of a finding is named with it, a participle after it is not', () => {
  assert.deepEqual(speakers('A study by the state university finds 3,000 people died in the floods.').map((c) => c[1]), ['A study by the state university']);
  assert.deepEqual(speakers('A Globe investigation published in May found that some 900 villagers were killed.').map((c) => c[1]), ['A Globe investigation']);
});

test('anyone who "found that" speaks; a discovery or a report with no owner names no speaker', () => {
  assert.deepEqual(speakers('Doctors at the clinic found that 14 of the patients had died of gas poisoning.').map((c) => c[1]), ['Doctors at the clinic']);
  assert.deepEqual(speakers('Soldiers found 20 bodies in a mass grave near the village.').map((c) => c[1]), [null]);
  assert.deepEqual(speakers('The report found that 300 people were killed.').map((c) => c[1]), [null]);
});

test('a finding told after the claim, and the maker of a study as its speaker', () => {
  const makers = (text: string) => extractClaims({ id: 'f', text, published: '2025-03-01T12:00:00Z' }).map((c) => c.speaker?.org ?? c.speaker?.name ?? null);
  assert.deepEqual(makers('The strike killed close to 600 people, an investigation by The Associated Press has found.'), ['Associated Press']);
  assert.deepEqual(makers('The shelling killed at least 40 civilians, a Human Rights Watch report concluded.'), ['Human Rights Watch']);
  assert.deepEqual(makers('An investigation published on 4 May by the Associated Press concluded that more than 600 people died.'), ['Associated Press']);
  assert.deepEqual(makers('A Globe investigation published in May found that some 900 villagers were killed.'), ['Globe']);
  assert.deepEqual(makers('According to a review by Human Rights Watch, the strike killed at least 40 civilians.'), ['Human Rights Watch']);
  assert.deepEqual(makers('The strike killed 12 people, according to a tally by the Kyiv Independent.'), ['Kyiv Independent']);
  assert.deepEqual(makers('The attack killed 1,139 people, according to a count by Agence France-Presse based on official Israeli figures.'), ['Agence France-Presse']);
});

test('a body that finds keeps its own voice: the commission is its speaker, not a maker', () => {
  const makers = (text: string) => extractClaims({ id: 'f', text, published: '2025-03-01T12:00:00Z' }).map((c) => c.speaker?.text ?? null);
  assert.deepEqual(makers('The fighting killed 300 civilians, the UN commission of inquiry found.'), ['the UN commission']);
});
