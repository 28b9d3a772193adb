import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../../src/cli/ingest-command.js';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../support/temp.js';

/** Whole pipeline (ingest → extract → reconcile) on a scenario folder of test/fixtures/scenarios. */
async function boardOf(scenario: string): Promise<Board> {
  const store = await openStore(join(tempDir(), 'scenario.db'));
  try {
    await runIngest(store, [fileURLToPath(new URL(`../fixtures/scenarios/${scenario}`, import.meta.url))], { json: false, quiet: true });
    return reconcile(await store.listSourcedClaims());
  } finally {
    await store.close();
  }
}

test('Kramatorsk, April 2022: a governor’s rising toll is two statements, and outlets repeating him are not corroboration', async () => {
  const board = await boardOf('kramatorsk');
  const claims = Object.values(board.claims);
  const thirty = claims.filter((c) => c.outcome === 'killed' && c.quantity?.value === 30);
  assert.equal(thirty.length, 3, 'Valley Courier, Steppe Daily and the Border Post recap');
  assert.equal(new Set(thirty.map((c) => c.origin)).size, 1, 'one statement, however many outlets');
  const named = thirty.filter((c) => c.publisher !== 'The Border Post');
  assert.ok(named.every((c) => c.speaker_id === 'person:pavlo kyrylenko'), '“Donetsk regional governor Pavlo Kyrylenko” and “Kyrylenko” are one speaker');
  const fiftyTwo = claims.find((c) => c.outcome === 'killed' && c.quantity?.value === 52 && c.publisher === 'Valley Courier');
  assert.ok(fiftyTwo, 'the toll that “has risen to 52” is read');
  assert.equal(fiftyTwo.speaker_id, 'person:pavlo kyrylenko');
  assert.notEqual(fiftyTwo.origin, thirty[0]?.origin, 'Saturday’s figure is a new statement, not a changed copy of Friday’s');
  assert.equal(fiftyTwo.location?.name, 'Kramatorsk');
  assert.ok(!board.relations.some((r) => r.verdict === 'drift' || r.verdict === 'conflict'), board.relations.map((r) => r.why).join('\n'));
  assert.ok(board.relations.filter((r) => r.verdict === 'same-origin').length >= 3);
});
