import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isWhiteSpace, splitLength } from '../../src/extract/chars.js';

const SPACES = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const textWithSpaces = fc.array(fc.oneof(fc.constantFrom(...SPACES), fc.string({ maxLength: 4 }), fc.constantFrom('\u200b', '\u180e', 'é')), { maxLength: 20 }).map((parts) => parts.join(''));

test('isWhiteSpace is what \\s matches, on every UTF-16 code unit', () => {
  for (let code = 0; code < 0x10000; code++) assert.equal(isWhiteSpace(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
});

test('splitLength is the length of split(/\\s+/), white space at either end included', () => {
  assert.equal(splitLength(''), 1);
  assert.equal(splitLength(' a  b '), 4);
  fc.assert(fc.property(textWithSpaces, (text) => splitLength(text) === text.split(/\s+/).length));
});
