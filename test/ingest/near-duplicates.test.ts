import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  COPY_THRESHOLD,
  bandKeys,
  estimatedJaccard,
  shingleHashes,
  signatureFromBytes,
  signatureOf,
  signatureToBytes,
} from '../../src/ingest/near-duplicates.js';

const text = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');
const signature = (name: string) => {
  const s = signatureOf(text(name));
  assert.ok(s, `${name} is long enough to sign`);
  return s;
};

function exactJaccard(a: string, b: string): number {
  const x = shingleHashes(a);
  const y = shingleHashes(b);
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  return both / (x.size + y.size - both);
}

test('a syndicated copy (new headline, credit line, one added sentence) is a copy', () => {
  const similarity = estimatedJaccard(signature('original.txt'), signature('syndicated.txt'));
  assert.ok(similarity >= COPY_THRESHOLD, `similarity ${similarity}`);
});

test('a light rewrite that changes one figure and adds a comparison is still a copy', () => {
  const similarity = estimatedJaccard(signature('original.txt'), signature('rewrite.txt'));
  assert.ok(similarity >= COPY_THRESHOLD, `similarity ${similarity}`);
});

test('a different report on the same event is not a copy', () => {
  const similarity = estimatedJaccard(signature('original.txt'), signature('same-event-other-report.txt'));
  assert.ok(similarity < 0.1, `similarity ${similarity}`);
});

test('the MinHash estimate tracks the exact Jaccard similarity of 3-word shingles', () => {
  for (const other of ['syndicated.txt', 'rewrite.txt', 'same-event-other-report.txt']) {
    const exact = exactJaccard(text('original.txt'), text(other));
    const estimate = estimatedJaccard(signature('original.txt'), signature(other));
    assert.ok(Math.abs(exact - estimate) < 0.12, `${other}: exact ${exact.toFixed(3)} vs estimate ${estimate}`);
  }
});

test('case, punctuation and curly quotes do not change the signature', () => {
  const a = signatureOf("Kirby said the soldiers were 'expendable', and that 1,000 were killed or wounded.");
  const b = signatureOf('KIRBY SAID the soldiers were ‘expendable’ and that 1,000 were killed, or wounded');
  assert.ok(a && b);
  assert.equal(estimatedJaccard(a, b), 1);
});

test('texts too short to judge get no signature', () => {
  assert.equal(signatureOf('Over 3,000 killed or wounded.'), null);
});

test('identical signatures share every band key; signatures round-trip through bytes', () => {
  const s = signature('original.txt');
  assert.deepEqual(bandKeys(s), bandKeys(signatureFromBytes(signatureToBytes(s))));
  assert.equal(new Set(bandKeys(s)).size, 32);
});
