import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { subordinateAttribution } from '../../src/extract/subordinate-attribution.js';

function who(sentence: string): string | null {
  const found = findAttribution(sentence);
  return found ? `${found.speaker.text} (${found.stance})` : null;
}

test('the subject of a clause of time or reason that says "that …" is the speaker of what follows', () => {
  assert.equal(who('Troops poured into the coastal province on Sunday, after a rights monitor reported that militias had executed more than 300 villagers over three days.'), 'a rights monitor (asserted)');
  assert.equal(who('Schools closed across the province on Tuesday as the regional health department announced that 23 children had died of their injuries.'), 'the regional health department (asserted)');
  assert.equal(who('Markets stayed shut in the capital when the interior ministry confirmed on Sunday that 18 police officers had been killed near the border.'), 'the interior ministry (confirmed)');
});

test('a main clause with a claim of its own, or a clause whose subject holds a verb or a number, is not read so', () => {
  assert.equal(subordinateAttribution('Sixty people were killed in the raid, after the mayor said that the town was safe.'), null);
  assert.equal(subordinateAttribution('The roads were closed after rebels attacked the convoy and officials said that 12 soldiers had died.'), null);
  assert.equal(subordinateAttribution('The curfew was lifted as 3 ministers said that the worst was over.'), null);
});
