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

test('Dnipro, January 2023: a rising toll from one strike is one figure, dated by its weekday, with no conflict', async () => {
  const board = await boardOf('dnipro');
  const killed = Object.values(board.claims).filter((c) => c.outcome === 'killed' && c.quantity && c.subject.text !== 'children');
  const toll = (value: number) => killed.find((c) => c.quantity?.value === value);
  const figure = toll(12)?.figure;
  for (const value of [30, 40, 46]) assert.equal(toll(value)?.figure, figure, `${value} is the same strike's toll`);
  assert.match(board.figures.find((f) => f.id === figure)?.incident ?? '', /strike/);
  assert.ok(!board.relations.some((r) => r.verdict === 'conflict' || r.verdict === 'drift'), board.relations.map((r) => `${r.verdict}: ${r.why}`).join('\n'));
});

test('Sumy, April 2025: the emergency service’s first count and its update are one toll; the other side’s count of soldiers is compared, not opposed', async () => {
  const board = await boardOf('sumy');
  const killed = Object.values(board.claims).filter((c) => c.outcome === 'killed' && c.quantity);
  const toll = (value: number) => killed.find((c) => c.quantity?.value === value);
  for (const value of [34, 35]) assert.equal(toll(value)?.figure, toll(21)?.figure, `${value} and the first 21 are one toll`);
  const update = board.relations.find((r) => r.verdict === 'update' && r.a === toll(21)?.id && r.b === toll(34)?.id);
  assert.ok(update, 'the State Emergency Service raised its own count');
  assert.ok(!board.relations.some((r) => r.verdict === 'conflict' || r.verdict === 'drift'), board.relations.map((r) => `${r.verdict}: ${r.why}`).join('\n'));
});
