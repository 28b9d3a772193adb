import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';

function who(sentence: string): string {
  const found = findAttribution(sentence);
  return found ? `${found.speaker.text} | ${found.stance}` : 'none';
}

test('a speaker at the end, or inverted after the verb', () => {
  assert.equal(who("Two protesters were killed in the capital's Tayaran Square, officials said"), 'officials | asserted');
  assert.equal(who('At least 16 people were killed and another 38 wounded on Tuesday, an official source told EFE'), 'an official source | asserted');
  assert.equal(who('Three points were set up in Idlib province, said the Syrian Observatory for Human Rights.'), 'the Syrian Observatory for Human Rights | asserted');
});
