import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runIngest } from '../../src/cli/ingest-command.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { openStore } from '../../src/store/open.js';
import { sha256Hex } from '../../src/ingest/normalise.js';
import { openSqliteStore, StoreVersionError } from '../../src/store/sqlite.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-schema.js';
import { sourceOf, tempDir } from '../support/temp.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');

function prepared(name: string, text: string, published: string | null) {
  const source = sourceOf(name, text);
  const draft = { url: null, title: name, publisher: name, published, lang: 'en', kind: 'article' as const, text, meta: { format: 'text' as const } };
  const next = prepareDocument(draft, source, sha256Hex(source.bytes));
  assert.ok(next);
  return next;
}

test('a new store is at the latest schema version, in WAL mode, with foreign keys on', async () => {
  const path = join(tempDir(), 'fresh.db');
  const store = openSqliteStore(path);
  assert.equal((await store.stats()).schemaVersion, SQLITE_MIGRATIONS.length);
  await store.close();
  const db = new Database(path);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('user_version', { simple: true }), SQLITE_MIGRATIONS.length);
  db.close();
});

test('a store from a newer corroborate is refused, not downgraded', () => {
  const path = join(tempDir(), 'future.db');
  const db = new Database(path);
  db.pragma(`user_version = ${SQLITE_MIGRATIONS.length + 1}`);
  db.close();
  assert.throws(() => openSqliteStore(path), StoreVersionError);
});

test('the same text ingested twice is stored once, and the second time says so', async () => {
  const store = openSqliteStore(join(tempDir(), 'twice.db'));
  const next = prepared('a.txt', fixture('original.txt'), '2024-12-27T18:00:00Z');
  const first = await store.ingestDocument(next);
  const second = await store.ingestDocument(prepared('a.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'));
  assert.equal(first.status, 'added');
  assert.equal(second.status, 'exists');
  assert.equal(second.document.id, first.document.id);
  assert.deepEqual(await store.stats(), { documents: 1, claims: next.claims.length, sources: 1, origins: 1, schemaVersion: SQLITE_MIGRATIONS.length });
  assert.equal((await store.listAppearances(first.document.id)).length, 1);
  await store.close();
});

test('the same text from another source is one document seen in two places', async () => {
  const store = openSqliteStore(join(tempDir(), 'appear.db'));
  const text = fixture('original.txt');
  await store.ingestDocument(prepared('one.txt', text, null));
  const copy = prepared('two.txt', `${text}\n`, null);
  const outcome = await store.ingestDocument(copy);
  assert.equal(outcome.status, 'exists');
  const seen = await store.listAppearances(outcome.document.id);
  assert.deepEqual(seen.map((a) => a.name).sort(), ['one.txt', 'two.txt']);
  await store.close();
});

test('copies share the origin of the earliest document, whatever order they arrive in', async () => {
  const store = openSqliteStore(join(tempDir(), 'origins.db'));
  const rewrite = await store.ingestDocument(prepared('rewrite.txt', fixture('rewrite.txt'), '2024-12-28T09:00:00Z'));
  assert.equal(rewrite.document.origin, rewrite.document.id);
  const syndicated = await store.ingestDocument(prepared('syndicated.txt', fixture('syndicated.txt'), '2024-12-27T20:00:00Z'));
  const original = await store.ingestDocument(prepared('original.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'));
  const other = await store.ingestDocument(prepared('other.txt', fixture('same-event-other-report.txt'), '2024-12-19T09:00:00Z'));
  assert.equal(original.status === 'added' && original.copyOf, original.document.id);
  const byId = new Map((await store.listDocuments()).map((d) => [d.id, d]));
  for (const id of [rewrite.document.id, syndicated.document.id, original.document.id]) {
    assert.equal(byId.get(id)?.origin, original.document.id, `${id} belongs to the original's cluster`);
  }
  assert.equal(byId.get(other.document.id)?.origin, other.document.id);
  assert.equal((await store.stats()).origins, 2);
  assert.deepEqual((await store.listDocuments({ origin: original.document.id })).length, 3);
  await store.close();
});

test('a batch is stored as if each document were ingested in turn, copies within the batch included', async () => {
  const batch = () => [
    prepared('rewrite.txt', fixture('rewrite.txt'), '2024-12-28T09:00:00Z'),
    prepared('original.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'),
    prepared('again.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'),
    prepared('other.txt', fixture('same-event-other-report.txt'), '2024-12-19T09:00:00Z'),
  ];
  const one = openSqliteStore(join(tempDir(), 'one-by-one.db'));
  const singly = [];
  for (const next of batch()) singly.push(await one.ingestDocument(next));
  const many = openSqliteStore(join(tempDir(), 'batched.db'));
  const batched = await many.ingestDocuments(batch());
  assert.deepEqual(batched.map((o) => o.status), ['added', 'added', 'exists', 'added']);
  assert.deepEqual(batched, singly);
  assert.deepEqual(await many.listDocuments(), await one.listDocuments());
  assert.deepEqual(await many.listClaims(), await one.listClaims());
  await one.close();
  await many.close();
});

test('a batch that fails part-way stores nothing', async () => {
  const store = openSqliteStore(join(tempDir(), 'half.db'));
  const broken = prepared('broken.txt', fixture('rewrite.txt'), null);
  const bad = { ...broken, claims: [{ ...broken.claims[0]!, doc: 'no-such-document' }] };
  await assert.rejects(store.ingestDocuments([prepared('original.txt', fixture('original.txt'), null), bad]));
  assert.equal((await store.stats()).documents, 0);
  await store.close();
});

test('documents list in publication order and round-trip every field', async () => {
  const store = openSqliteStore(join(tempDir(), 'fields.db'));
  const later = prepared('later.txt', fixture('original.txt'), '2024-12-27T18:00:00.000Z');
  later.document.meta = { format: 'telegram', postId: 42, channel: 'Example', forwardedFrom: 'Someone', edited: null };
  await store.ingestDocument(later);
  await store.ingestDocument(prepared('earlier.txt', fixture('same-event-other-report.txt'), '2024-12-19T09:00:00.000Z'));
  const [first, second] = await store.listDocuments();
  assert.equal(first?.title, 'earlier.txt');
  assert.equal(second?.published, '2024-12-27T18:00:00.000Z');
  assert.deepEqual(second?.meta, later.document.meta);
  assert.equal(second?.text, later.document.text);
  assert.equal(await store.getDocument('d_0000000000000000'), null);
  await store.close();
});

test('the raw bytes of each source are kept with their SHA-256', async () => {
  const path = join(tempDir(), 'raw.db');
  const store = openSqliteStore(path);
  const next = prepared('raw.txt', fixture('original.txt'), null);
  await store.ingestDocument(next);
  await store.close();
  const db = new Database(path, { readonly: true });
  const row = db.prepare('SELECT sha256, bytes, size FROM sources').get() as { sha256: string; bytes: Buffer; size: number };
  db.close();
  assert.equal(row.sha256, sha256Hex(row.bytes));
  assert.equal(row.bytes.toString('utf8'), fixture('original.txt'));
  assert.equal(row.size, row.bytes.length);
});

test('claims are listed as reviewed: a correction replaces the claim, a rejection removes it', async () => {
  const store = await openStore(join(tempDir(), 'reviewed.db'));
  try {
    await runIngest(store, [join(demoCorpusPath(), 'articles')], { json: false, quiet: true });
    const before = await store.listClaims();
    const [first, second] = before;
    assert.ok(first && second);
    await store.reviewClaim(first.id, { action: 'reject', reviewer: 'test' });
    await store.reviewClaim(second.id, { action: 'correct', fields: { outcome: 'wounded' }, reviewer: 'test' });
    const after = await store.listClaims();
    assert.equal(after.length, before.length - 1);
    assert.ok(!after.some((c) => c.id === first.id));
    assert.equal(after.find((c) => c.id === second.id)?.outcome, 'wounded');
  } finally {
    await store.close();
  }
});
