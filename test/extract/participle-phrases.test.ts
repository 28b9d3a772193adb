import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { withoutParticiplePhrase } from '../../src/extract/participle-phrases.js';

function speaker(sentence: string): string | null {
  return findAttribution(sentence)?.speaker.text ?? null;
}

test('a participle phrase after the speaker is not part of who spoke', () => {
  assert.equal(speaker('At least 40 people died, regional officials speaking on condition of anonymity said.'), 'regional officials');
  assert.equal(speaker('About 300 soldiers were captured in the fighting, Russian figures published last week showed.'), 'Russian figures');
  assert.equal(speaker('Nine people were killed, medics working at the field clinic told reporters.'), 'medics');
});

test('a thing made by someone speaks for its maker', () => {
  assert.equal(speaker('Figures released by the interior ministry on Monday showed 45 people were killed.'), 'the interior ministry');
  assert.equal(speaker('About 300 soldiers were killed, data compiled by the monitoring group showed.'), 'the monitoring group');
  assert.equal(speaker('At least 40 people died, according to a list published by the regional council.'), 'the regional council');
});

test('what stays: a past participle after a person, a verb phrase, a relaying participle, a reckoning alone', () => {
  assert.equal(withoutParticiplePhrase('a doctor employed at the clinic'), 'a doctor employed at the clinic');
  assert.equal(withoutParticiplePhrase('three villagers had died overnight'), 'three villagers had died overnight');
  assert.equal(withoutParticiplePhrase('figures from local sources cited by a UN spokesperson'), 'figures from local sources cited by a UN spokesperson');
  assert.equal(speaker('Figures showed 45 people were killed.'), null);
});

test('a speech word after a verb is its object, not a verb of speech', () => {
  assert.equal(speaker('The relief agency denied reports that 43 of its staff had been taken prisoner.'), null);
  assert.equal(speaker('Local leaders dismissed claims that 200 fighters had surrendered.'), null);
  assert.equal(speaker('The council rejected reports that 12 guards were killed, the mayor said.'), 'the mayor');
});

test('a citing phrase is never the speaker, even before a plural noun of speech', () => {
  assert.equal(speaker('The Times said 50 people died, citing intelligence reports.'), 'The Times');
  assert.equal(speaker('Twelve soldiers were killed, the army said, quoting field reports.'), 'the army');
  assert.equal(speaker('The agency said 30 civilians died, citing hospital reports.'), 'The agency');
});

test('the outlet that saw, obtained or reviewed a document is not who wrote it', () => {
  assert.equal(speaker('Between 10,000 and 15,000 people were killed, according to a report by independent U.N. sanctions monitors seen by Harbour Wire.'), 'independent U.N. sanctions monitors');
  assert.equal(speaker('At least 40 people were killed, according to a U.N. report seen by Reuters.'), 'a U.N. report');
  assert.equal(speaker('About 300 soldiers were wounded, according to Pentagon estimates obtained by the newspaper.'), 'Pentagon');
  assert.equal(withoutParticiplePhrase('a U.N. report reviewed by the Post'), 'a U.N. report');
});
