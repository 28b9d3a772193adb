import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestOf, recordedDigests, sources } from '../../bench/extract-equivalence.js';
import { extractClaims } from '../../src/extract/extract.js';

// The small sources of the equivalence check: the extractor gives, claim for claim, what it gave when the digests were recorded.
const recorded = recordedDigests();
for (const source of sources().filter((s) => s.quick)) {
  test(`extractClaims output unchanged: ${source.name}`, () => {
    const digest = digestOf(source, extractClaims);
    assert.ok(digest.claims > 0, 'the source yields claims');
    assert.deepEqual(digest, recorded[source.name]);
  });
}
