import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longestMatchAt, packForms, wordEnd } from '../../src/extract/place-trie.js';

const trie = packForms([
  { form: 'Kursk', value: 'city', priority: 2 },
  { form: 'Kursk', value: 'oblast', priority: 3 },
  { form: 'Kursk  region', value: 'oblast', priority: 1 },
  { form: 'Cote d’Ivoire', value: 'CI', priority: 2 },
  { form: 'Ku', value: 'first', priority: 1 },
  { form: 'Ku', value: 'second', priority: 1 },
  { form: '😀land', value: 'never', priority: 1 },
]);

const at = (text: string, start = 0) => {
  const match = longestMatchAt(trie, text, start);
  return match && [text.slice(start, match.end), match.value];
};

test('the longest form that ends on a word boundary wins, white space and apostrophes folded', () => {
  assert.deepEqual(at('Kursk\u00a0 region, today'), ['Kursk\u00a0 region', 'oblast']);
  assert.deepEqual(at('Kursk regional'), ['Kursk', 'oblast']);
  assert.deepEqual(at("in Cote d'Ivoire.", 3), ["Cote d'Ivoire", 'CI']);
  assert.equal(at('Kurskaya'), null);
});

test('of two identical forms the higher priority wins, on a tie the later one', () => {
  assert.deepEqual(at('Kursk'), ['Kursk', 'oblast']);
  assert.deepEqual(at('Ku'), ['Ku', 'second']);
});

test('a form with a character past 0xFFFF is never reached, as the text is read by code unit', () => {
  assert.equal(at('😀land'), null);
});

test('wordEnd reads letters and digits by code point', () => {
  assert.equal(wordEnd('Kyiv’s', 0), 4);
  assert.equal(wordEnd('ab𝐀c d', 0), 5);
});
