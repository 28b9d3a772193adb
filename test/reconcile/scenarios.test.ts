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

test('Russian losses, May 2023: “the White House said” is Kirby’s briefing, and the Kremlin’s rejection conflicts with its figures', async () => {
  const board = await boardOf('bakhmut');
  const claims = Object.values(board.claims);
  const kirby = claims.find((c) => c.speaker_id === 'john-kirby' && c.outcome === 'killed');
  assert.ok(kirby, 'Kirby’s “more than 20,000 killed”');
  assert.equal(kirby.subject.affiliation, 'RU');
  const relayed = claims.find((c) => c.publisher === 'River Post' && c.outcome === 'killed');
  assert.equal(relayed?.origin, kirby.origin, 'the next day’s “the White House said on Monday” repeats the same briefing');
  assert.equal(relayed?.figure, kirby.figure, 'and is placed on its figure');
  const rejection = claims.find((c) => c.stance === 'denied');
  assert.equal(rejection?.speaker_id, 'dmitry-peskov', '“Kremlin spokesman Dmitry Peskov” is one speaker, not three');
  assert.equal(rejection?.subject.affiliation, 'RU', 'the figures rejected are on Russian losses, whoever published them');
  const conflicts = board.relations.filter((r) => r.verdict === 'conflict');
  assert.ok(conflicts.some((r) => r.a === rejection?.id && r.b === kirby.id), 'the rejection conflicts with the killed figure');
  assert.ok(conflicts.some((r) => r.a === rejection?.id && board.claims[r.b]?.outcome === 'wounded'), 'and with the wounded one');
  assert.ok(conflicts.every((r) => r.a === rejection?.id), 'nothing else conflicts');
  assert.match(conflicts[0]?.why ?? '', /Dmitry Peskov denies the figures on Russian losses/);
});
