import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { sha256Hex } from '../../src/ingest/normalise.js';
import { openSqliteStore, StoreVersionError } from '../../src/store/sqlite.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-schema.js';
import { tempDir } from '../support/temp.js';
import { prepared, storeContract } from './contract.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');

let stores = 0;
storeContract('SQLite', async () => join(tempDir(), `store-${stores++}.db`));

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

test('the raw bytes of each source are kept with their SHA-256', async () => {
  const path = join(tempDir(), 'raw.db');
  const store = openSqliteStore(path);
  await store.ingestDocument(prepared('raw.txt', fixture('original.txt'), null));
  await store.close();
  const db = new Database(path, { readonly: true });
  const row = db.prepare('SELECT sha256, bytes, size FROM sources').get() as { sha256: string; bytes: Buffer; size: number };
  db.close();
  assert.equal(row.sha256, sha256Hex(row.bytes));
  assert.equal(row.bytes.toString('utf8'), fixture('original.txt'));
  assert.equal(row.size, row.bytes.length);
});
