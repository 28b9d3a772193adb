/**
 * The number recogniser as a whole on untrusted and huge text. The forms it reads are tested
 * beside their readers under numbers/: digits, words, ranges, cues (bounds and changes), classify.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findNumbers } from '../../src/extract/numbers.js';
import type { NumberMention } from '../../src/extract/types.js';

function assertWellFormed(text: string, found: readonly NumberMention[]): void {
  let lastEnd = 0;
  for (const mention of found) {
    assert.equal(mention.text, text.slice(mention.start, mention.end));
    assert.ok(mention.start >= lastEnd && mention.start < mention.end && mention.end <= text.length, 'in order, non-overlapping, inside the text');
    assert.ok(mention.start <= mention.numberStart && mention.numberStart < mention.numberEnd && mention.numberEnd <= mention.end, 'number inside its span');
    assert.ok(Number.isFinite(mention.value));
    assert.ok(mention.min === null || mention.max === null || mention.min <= mention.max);
    lastEnd = mention.end;
  }
}

const ADVERSARIAL: Readonly<Record<string, string>> = {
  'digits × 100,000': '1'.repeat(100_000),
  '"1," × 100,000': '1,'.repeat(100_000),
  '"1-" × 100,000': '1-'.repeat(100_000),
  '"1." × 100,000': '1.'.repeat(100_000),
  '"111 " × 100,000': '111 '.repeat(100_000),
  '"+1 " × 100,000': '+1 '.repeat(100_000),
  '1 MB without spaces': 'abcdefghij'.repeat(100_000),
  '1 MB of letters and digits': 'ab12'.repeat(250_000),
  '1 MB of "1a"': '1a'.repeat(500_000),
  '1 MB of spaces, then a digit': `${' '.repeat(1_000_000)}5`,
  '1 MB of hyphens, then a digit': `${'-'.repeat(1_000_000)}5`,
  '1 MB of letters, then a digit': `${'a'.repeat(1_000_000)}1`,
  '"one hundred and " × 60,000': 'one hundred and '.repeat(60_000),
  '"tens of " × 100,000': 'tens of '.repeat(100_000),
  '"two and a " × 100,000': 'two and a '.repeat(100_000),
  '"one point one one …"': `one point ${'one '.repeat(100_000)}`,
  '"over " × 100,000': `${'over '.repeat(100_000)}3`,
  '"December 14 " × 80,000': 'December 14 '.repeat(80_000),
  '"half the " × 100,000': 'half the '.repeat(100_000),
  '"1 in 2 out of " × 60,000': '1 in 2 out of '.repeat(60_000),
  '"6.02 x 10^" × 60,000': '6.02 x 10^'.repeat(60_000),
  '"the FTSE 100 Street " × 50,000': 'the FTSE 100 Street '.repeat(50_000),
  '"RM1 Rs.2 ¥3 " × 30,000': 'RM1 Rs.2 ¥3 '.repeat(30_000),
  '"doubled sixfold " × 60,000': 'doubled sixfold '.repeat(60_000),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`adversarial input completes quickly: ${name}`, () => {
    const started = performance.now();
    const found = findNumbers(text);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `${elapsed.toFixed(0)} ms`);
    assertWellFormed(text, found);
  });
}

test('random text: never throws, mentions always well formed', () => {
  const fragments = ['1', '0', '12', '3,000', '1.5', ' ', '-', '–', '/', ':', '.', ',', '$', '€', '%', '+', '(', '#', '~', '<', '>',
    'a', 'and', 'one', 'twenty', 'hundred', 'million', 'dozen', 'dozens', 'half', 'third', 'thirds', 'first', 'point', 'of', 'tens',
    'several', 'few', 'over', 'more than', 'up to', 'about', 'nearly', 'between', 'from', 'to', 'or more', 'km', 'mm', 'm', 'k', 'bn',
    'p.m.', 'GMT', 'December', 'years', 'old', 'per cent', 'soldiers', 'Su', 'minus', 'rose by', '2024', '1990s', 'th', '\n', 'é', '½', '😀'];
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')),
    fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join(' ')),
    fc.string({ maxLength: 60 }),
  );
  fc.assert(fc.property(texts, (text) => assertWellFormed(text, findNumbers(text))), { numRuns: 3000 });
  assert.deepEqual(findNumbers(undefined as unknown as string), []);
});
