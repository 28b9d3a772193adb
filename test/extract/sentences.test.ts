import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_SENTENCE, splitSentences } from '../../src/extract/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

test('full stops before a capital end sentences; abbreviations, initials and titles do not', () => {
  assert.deepEqual(texts('Lt. Gen. J. Smith said 5 were killed. The U.S. said more. He met Dr. Lee in the U.S. on Monday. Capt. Rowena Muyuela spoke.'), [
    'Lt. Gen. J. Smith said 5 were killed.',
    'The U.S. said more.',
    'He met Dr. Lee in the U.S. on Monday.',
    'Capt. Rowena Muyuela spoke.',
  ]);
});

test('closing quotes stay with their sentence; decimals and thousands do not split', () => {
  assert.deepEqual(texts('He said, “Russia is simply disposing of them.” Despite this, 1.5 million fled and 3,000.5 stayed.'), [
    'He said, “Russia is simply disposing of them.”',
    'Despite this, 1.5 million fled and 3,000.5 stayed.',
  ]);
});

test('blank lines and headline lines are boundaries; wrapped lines are not', () => {
  assert.deepEqual(texts('Headline without a stop\n\nFirst paragraph starts\nand goes on here. Second.\nNEXT LINE'), [
    'Headline without a stop',
    'First paragraph starts\nand goes on here.',
    'Second.',
    'NEXT LINE',
  ]);
});

test('offsets point into the text and sentence text equals the text at them', () => {
  const text = '  KYIV —  Over 3,000 were killed.\n\n  At least 30 were wounded!  Why? ';
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  assert.deepEqual(texts(text), ['KYIV —  Over 3,000 were killed.', 'At least 30 were wounded!', 'Why?']);
});

test('a sentence of a megabyte with no full stop is cut into bounded pieces, quickly', () => {
  const text = 'word '.repeat(200_000);
  const started = Date.now();
  const spans = splitSentences(text);
  assert.ok(Date.now() - started < 2000);
  assert.ok(spans.every((s) => s.text.length <= MAX_SENTENCE && text.slice(s.start, s.end) === s.text));
  assert.ok(spans.length >= 400);
});

test('empty and white-space text has no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n\t '), []);
});
