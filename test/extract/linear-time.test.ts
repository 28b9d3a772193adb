import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

/**
 * Extraction time grows linearly with the input on adversarial inputs: a regular expression that backtracks
 * (a run of one kind of character that a pattern takes, gives back and retakes from every position) shows up as
 * a 1 MB input taking far more than 100 times as long as a 10 KB one built the same way.
 */

const SMALL = 10_000;
const LARGE = 1_000_000;
/** 100 times the input; a linear extractor stays far below 400 times the time, a quadratic one far above. */
const BOUND = 400;

const repeat = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const nested = (open: string, close: string, size: number): string => open.repeat(Math.floor(size / 2)) + close.repeat(size - Math.floor(size / 2));

const GENERATORS: ReadonlyArray<{ name: string; build: (size: number) => string }> = [
  { name: 'letters', build: (n) => 'a'.repeat(n) },
  { name: 'capital letters', build: (n) => 'K'.repeat(n) },
  { name: 'spaces', build: (n) => ' '.repeat(n) },
  { name: 'line breaks', build: (n) => '\n'.repeat(n) },
  { name: 'line breaks between spaces', build: (n) => repeat('\n \t ', n) },
  { name: 'dots', build: (n) => '.'.repeat(n) },
  { name: 'dots and spaces', build: (n) => repeat('. ', n) },
  { name: 'question and exclamation marks', build: (n) => repeat('?!…', n) },
  { name: 'digits', build: (n) => '1'.repeat(n) },
  { name: 'digits and commas', build: (n) => repeat('1,', n) },
  { name: 'digit groups', build: (n) => repeat('1,000 ', n) },
  { name: 'digits, dots and hyphens', build: (n) => repeat('1.2-', n) },
  { name: 'nested brackets', build: (n) => nested('(', ')', n) },
  { name: 'nested square brackets', build: (n) => nested('[', ']', n) },
  { name: 'straight quotes', build: (n) => '"'.repeat(n) },
  { name: 'nested curly quotes', build: (n) => nested('“', '”', n) },
  { name: 'mixed quotes', build: (n) => repeat('"\'“‘', n) },
  { name: 'hyphens', build: (n) => '-'.repeat(n) },
  { name: 'capitalised words', build: (n) => repeat('Kursk ', n) },
  { name: 'number words', build: (n) => repeat('twenty-one ', n) },
  { name: 'casualty words', build: (n) => repeat('killed ', n) },
  { name: 'casualty sentence without full stops', build: (n) => repeat('Officials said 12 soldiers were killed and 30 wounded in a drone strike on Kursk, ', n) },
  { name: 'casualty numbers without sentences', build: (n) => repeat('at least 12 killed ', n) },
  { name: 'very long words', build: (n) => repeat(`${'x'.repeat(5000)} `, n) },
  { name: 'very long word before a full stop', build: (n) => repeat(`${'x'.repeat(5000)}. `, n) },
];

/** The claims.md invariants every record must keep, whatever the input. */
function assertValid(name: string, text: string, found: readonly Claim[]): void {
  for (const claim of found) {
    assert.ok(claim.sentence.start >= 0 && claim.sentence.end <= text.length && claim.sentence.start < claim.sentence.end, `${name}: offsets outside the text`);
    assert.equal(text.slice(claim.sentence.start, claim.sentence.end), claim.sentence.text, `${name}: sentence text is not the text at its offsets`);
    if (claim.quantity) {
      assert.ok(Number.isFinite(claim.quantity.value), `${name}: quantity not finite`);
      if (claim.quantity.min !== null && claim.quantity.max !== null) assert.ok(claim.quantity.min <= claim.quantity.max, `${name}: min > max`);
    }
  }
}

const extract = (text: string): Claim[] => extractClaims({ id: 'd_linear', text, published: '2024-12-28T12:00:00.000Z' });

/** Milliseconds one extraction of `text` takes: best of three, each a batch long enough for the timer to resolve. */
function timeOf(text: string, minBatchMs: number): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    let runs = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      extract(text);
      runs++;
      elapsed = performance.now() - start;
    } while (elapsed < minBatchMs);
    best = Math.min(best, elapsed / runs);
  }
  return best;
}

for (const { name, build } of GENERATORS) {
  test(`extraction time stays linear on ${name}: 1 MB under ${BOUND}× the time of 10 KB`, () => {
    const small = build(SMALL);
    const large = build(LARGE);
    assert.equal(small.length, SMALL);
    assert.equal(large.length, LARGE);
    assertValid(name, small, extract(small)); // also the warm-up
    assertValid(name, large, extract(large));
    const smallMs = timeOf(small, 5);
    const largeMs = timeOf(large, 0);
    const ratio = largeMs / smallMs;
    if (process.env.LINEAR_TIME_VERBOSE) console.log(`${name}: ${smallMs.toFixed(3)} ms, ${largeMs.toFixed(1)} ms, ${ratio.toFixed(0)}×`);
    assert.ok(ratio < BOUND, `${name}: 10 KB took ${smallMs.toFixed(3)} ms, 1 MB ${largeMs.toFixed(1)} ms (${ratio.toFixed(0)}×)`);
  });
}
