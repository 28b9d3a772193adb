import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import type { ClaimFilter } from '../../src/contracts/api.js';
import { sha256Hex } from '../../src/ingest/normalise.js';
import { StoreUnavailableError, openStore } from '../../src/store/open.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-schema.js';
import { finalOrigins } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';
import { allPages, prepared, storeContract, withDemo } from './contract.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');

storeContract('PostgreSQL', freshDatabase);

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test('a new PostgreSQL store records each migration in schema_migrations; reopening changes nothing', async () => {
  const url = await freshDatabase();
  const store = await openStore(url);
  assert.equal((await store.stats()).schemaVersion, POSTGRES_MIGRATIONS.length);
  await store.close();
  await (await openStore(url)).close();
  const versions = await query<{ version: number }>(url, 'SELECT version FROM schema_migrations ORDER BY version');
  assert.deepEqual(versions.map((v) => v.version), POSTGRES_MIGRATIONS.map((_, i) => i + 1));
});

test('a PostgreSQL store from a newer corroborate is refused, not downgraded', async () => {
  const url = await freshDatabase();
  await (await openStore(url)).close();
  await query(url, 'INSERT INTO schema_migrations (version) VALUES ($1)', [POSTGRES_MIGRATIONS.length + 1]);
  await assert.rejects(openStore(url), (error: Error) => error instanceof StoreUnavailableError && /newer than this corroborate knows/.test(error.message));
});

test('a server that does not answer is a StoreUnavailableError naming the URL without its password', async () => {
  const url = 'postgres://someone:secret@127.0.0.1:1/nowhere';
  await assert.rejects(openStore(url), (error: Error) => {
    assert.ok(error instanceof StoreUnavailableError);
    assert.match(error.message, /^postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: cannot open the PostgreSQL store: .*ECONNREFUSED/);
    assert.doesNotMatch(error.message, /secret/);
    return true;
  });
});

test('the location of a PostgreSQL store is its URL without the password', async () => {
  const url = new URL(await freshDatabase());
  url.password = 'not-needed';
  const store = await openStore(url.toString());
  assert.ok(!store.location.includes('not-needed'));
  assert.match(store.location, /:\*\*\*@/);
  await store.close();
});

test('the raw bytes of each source are kept in PostgreSQL with their SHA-256', async () => {
  const url = await freshDatabase();
  const store = await openStore(url);
  await store.ingestDocument(prepared('raw.txt', fixture('original.txt'), null));
  await store.close();
  const [row] = await query<{ sha256: string; bytes: Buffer; size: string }>(url, 'SELECT sha256, bytes, size FROM sources');
  assert.ok(row);
  assert.equal(row.sha256, sha256Hex(row.bytes));
  assert.equal(row.bytes.toString('utf8'), fixture('original.txt'));
  assert.equal(Number(row.size), row.bytes.length);
});

/** Everything a store answers, for comparing two engines over the same contents. */
async function everything(store: Store) {
  const documents = await store.listDocuments();
  const claims = await store.listClaims();
  const filters: ClaimFilter[] = [{ limit: 11 }, { limit: 6, q: 'said' }, { limit: 5, review: 'corrected' }, { limit: 4, stance: 'denied' }, { limit: 8, from: '2024-12-20' }];
  return {
    documents,
    appearances: await Promise.all(documents.map((d) => store.listAppearances(d.id))),
    claims,
    sourced: await store.listSourcedClaims(),
    since: await store.listSourcedClaims({ since: '2024-12-20' }),
    pages: await Promise.all(filters.map((filter) => allPages(store, filter))),
    detail: await Promise.all(claims.slice(0, 20).map((c) => store.getClaim(c.id))),
    stats: await store.stats(),
    reviews: (await store.listReviews()).map(({ id: _id, ...review }) => review),
  };
}

/** The results with the times each store read the files (which differ between the two ingests) and the schema versions blanked. */
function withoutReadTimes(results: unknown): unknown {
  return JSON.parse(JSON.stringify(results, (key, value: unknown) => (key === 'retrieved' || key === 'schemaVersion' ? '…' : value)));
}

test('PostgreSQL answers every query as SQLite does over the same documents and reviews', async () => {
  const sqlite = await withDemo(await openStore(join(tempDir(), 'same.db')));
  const postgres = await withDemo(await openStore(await freshDatabase()));
  for (const store of [sqlite, postgres]) {
    const [a, b, c] = await store.listClaims();
    const at = new Date('2025-03-01T00:00:00Z');
    await store.reviewClaim(a!.id, { action: 'correct', fields: { outcome: 'wounded' }, reviewer: 'r' }, at);
    await store.reviewClaim(b!.id, { action: 'reject', reviewer: 'r', note: 'no' }, at);
    await store.reviewClaim(c!.id, { action: 'confirm', reviewer: 'r' }, at);
  }
  const [fromSqlite, fromPostgres] = await Promise.all([everything(sqlite), everything(postgres)]);
  assert.deepEqual(withoutReadTimes(fromPostgres), withoutReadTimes(fromSqlite));
  assert.ok(fromSqlite.claims.length > 20);
  await sqlite.close();
  await postgres.close();
});

test('cluster merges applied one after another become one step per stored origin', () => {
  const merges = [
    { from: 'd_b', to: 'd_a' },
    { from: 'd_c', to: 'd_d' },
    { from: 'd_a', to: 'd_0' },
  ];
  assert.deepEqual(Object.fromEntries(finalOrigins(merges)), { d_b: 'd_0', d_c: 'd_d', d_a: 'd_0' });
  assert.equal(finalOrigins([]).size, 0);
});
