/**
 * Speakers named in passing and then given a clause of their own ("…, who said on Monday that 40 …"),
 * subjects with a relative clause before a counting verb, and labels before a post's colon.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) => extractClaims({ id: 'd_relative', text, published: '2024-03-01T12:00:00.000Z' });
const speakers = (text: string) => read(text).map((c) => c.speaker?.text ?? null);

test('", who said … that" gives the clause to the noun phrase before it', () => {
  assert.deepEqual(speakers('The figure is lower than the one given by Prosecutor General Iryna Venediktova, who said last Sunday that the bodies of 1,222 people had been found.'), ['Prosecutor General Iryna Venediktova']);
  assert.deepEqual(speakers('The toll was revised by the doctors\' union, which said on Friday that 14 medics had died.'), ["the doctors' union"]);
  assert.deepEqual(speakers('The figure matches that of the mayor, who told reporters on Monday that 40 people were killed.'), ['the mayor']);
  assert.deepEqual(speakers('It was confirmed by Minister of Health Ali Ahmed, who said on Monday that 40 people were killed.'), ['Minister of Health Ali Ahmed']);
});

test('a relative clause between the subject and its counting verb is no part of the subject', () => {
  assert.deepEqual(speakers('The Observatory, which relies on a network of activists, has counted 40 dead in the town.'), ['The Observatory']);
  assert.deepEqual(speakers('Airwars, which tracks civilian harm from the air, recorded at least 105 deaths in the strike.'), ['Airwars']);
  assert.deepEqual(speakers('The mayor, who visited the site on Monday, put the toll at 12.'), ['The mayor']);
});

test('"given a toll of", "raised the U.S. toll to": giving and raising a toll are counting verbs', () => {
  assert.deepEqual(speakers('Gen. Kenneth McKenzie had earlier given a toll of 12 dead and 15 wounded.'), ['Gen. Kenneth McKenzie', 'Gen. Kenneth McKenzie']);
  assert.deepEqual(speakers('Central Command had raised the U.S. toll to 13 late on Thursday.'), ['Central Command']);
  assert.deepEqual(speakers('The information ministry gave 276 dead and 300 injured.'), ['The information ministry', 'The information ministry']);
});

test("a post's speaker before the colon: long acronyms, long titles, a post's marks and slug before it", () => {
  assert.deepEqual(speakers('CENTCOM: the number of US troops killed in the attack has risen to 13.'), ['CENTCOM']);
  assert.deepEqual(speakers('Minister of Public Health Dr. Taha al-Mutawakkil: the final toll is 91 dead and 236 wounded.'), ['Minister of Public Health Dr. Taha al-Mutawakkil', 'Minister of Public Health Dr. Taha al-Mutawakkil']);
  assert.deepEqual(speakers('BREAKING — MSF: 37 killed in US air strike on its hospital.'), ['MSF']);
  assert.deepEqual(speakers('⚡️ Prosecutor General Iryna Venediktova: the bodies of 410 civilians have been recovered in Bucha.'), ['Prosecutor General Iryna Venediktova']);
});

test('a label of a record or a place before the colon is no speaker', () => {
  assert.deepEqual(speakers('Preliminary figures on the air strike: 51 people have been killed.'), [null]);
  assert.deepEqual(speakers('Latest toll from the market strike: 40 dead.'), [null]);
  assert.deepEqual(speakers('KHARKIV: 12 people were killed overnight.'), [null]);
});
