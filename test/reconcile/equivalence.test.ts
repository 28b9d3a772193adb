import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CORPORA, hashesOf, type CorpusHashes } from '../../bench/reconcile-equivalence.js';

/**
 * The small end of bench/reconcile-equivalence.ts: boards of generated
 * corpora must stay byte-identical to the recorded ones. A deliberate change
 * of reconcile's output is recorded anew with
 * `node --import tsx bench/reconcile-equivalence.ts --record`.
 */
const recorded = JSON.parse(readFileSync(new URL('../../bench/reconcile-equivalence.json', import.meta.url), 'utf8')) as Record<string, CorpusHashes>;

for (const name of ['gen-20k-a', 'gen-20k-b']) {
  test(`the board of ${name} is byte-identical to the recorded one`, async () => {
    const load = CORPORA[name];
    const expected = recorded[name];
    assert.ok(load && expected, `${name} is a recorded corpus`);
    const hashes = hashesOf(await load());
    assert.equal(hashes.input, expected.input, 'the generated input changed: record the hashes anew');
    assert.equal(hashes.board, expected.board, 'reconcile’s output changed');
  });
}
