import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { EXIT } from '../../src/cli/exit-codes.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-schema.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-schema.js';
import type { StoreCheck } from '../../src/store/store.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: tempDir(),
    env: { ...process.env, CORROBORATE_DB: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function checkJson(db: string): { code: number | null; result: StoreCheck & { ok: boolean } } {
  const { code, stdout, stderr } = run(['check', '--db', db, '--json']);
  assert.ok(stdout, stderr);
  return { code, result: JSON.parse(stdout) as StoreCheck & { ok: boolean } };
}

function demoStore(): string {
  const path = join(tempDir(), 'demo.db');
  const demo = run(['demo', '--db', path]);
  assert.equal(demo.code, 0, demo.stderr);
  return path;
}

/** Deletes one document that has claims, with foreign keys off: its claims, appearances and bands are left dangling. */
function deleteDocumentWithClaims(path: string): { doc: string; claims: string[] } {
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = OFF');
    const doc = db.prepare('SELECT doc FROM claims ORDER BY doc LIMIT 1').pluck().get() as string;
    const claims = db.prepare('SELECT id FROM claims WHERE doc = ? ORDER BY id').pluck().all(doc) as string[];
    db.prepare('DELETE FROM documents WHERE id = ?').run(doc);
    return { doc, claims };
  } finally {
    db.close();
  }
}

test('check: the demo store is sound (exit 0), in words and in JSON', () => {
  const path = demoStore();
  const text = run(['check', '--db', path]);
  assert.equal(text.code, EXIT.ok, text.stderr);
  assert.match(text.stdout, /\(sqlite, schema version \d+\): sound/);
  const { code, result } = checkJson(path);
  assert.equal(code, EXIT.ok);
  assert.deepEqual({ ok: result.ok, problems: result.problems, version: result.schemaVersion }, { ok: true, problems: [], version: SQLITE_MIGRATIONS.length });
});

test('check: a document deleted with foreign keys off leaves orphan claims, named with their ids (exit 4)', () => {
  const path = demoStore();
  const { claims } = deleteDocumentWithClaims(path);
  const text = run(['check', '--db', path]);
  assert.equal(text.code, EXIT.unsound);
  assert.match(text.stdout, /problems/);
  const { code, result } = checkJson(path);
  assert.equal(code, EXIT.unsound);
  assert.equal(result.ok, false);
  const orphans = result.problems.find((problem) => problem.check === 'orphan claims');
  assert.ok(orphans, JSON.stringify(result.problems));
  assert.match(orphans.message, new RegExp(`^${claims.length} claims whose document is missing`));
  assert.ok(claims.slice(0, 5).every((id) => orphans.message.includes(id)), orphans.message);
  const checks = new Set(result.problems.map((problem) => problem.check));
  for (const expected of ['foreign keys', 'orphan appearances', 'orphan document bands']) assert.ok(checks.has(expected), `${expected} in ${[...checks]}`);
});

test('check: an origin that is not a stored document is named', () => {
  const path = demoStore();
  const db = new Database(path);
  const doc = db.prepare('SELECT id FROM documents ORDER BY id LIMIT 1').pluck().get() as string;
  db.prepare("UPDATE documents SET origin = 'd_0000000000000000' WHERE id = ?").run(doc);
  db.close();
  const { code, result } = checkJson(path);
  assert.equal(code, EXIT.unsound);
  assert.deepEqual(result.problems, [{ check: 'origins', message: `1 documents whose origin is not a stored document (${doc})` }]);
});

test('check: a wrong schema version is named, and the store is not migrated or changed by checking it', () => {
  const path = demoStore();
  for (const version of [SQLITE_MIGRATIONS.length - 1, SQLITE_MIGRATIONS.length + 1]) {
    const db = new Database(path);
    db.pragma(`user_version = ${version}`);
    db.close();
    const { code, result } = checkJson(path);
    assert.equal(code, EXIT.unsound);
    assert.equal(result.schemaVersion, version);
    assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
    assert.equal(result.problems[0]?.check, 'schema version');
    assert.match(result.problems[0]?.message ?? '', new RegExp(`schema version ${version}, but this corroborate's is ${SQLITE_MIGRATIONS.length}`));
    const after = new Database(path);
    assert.equal(after.pragma('user_version', { simple: true }), version);
    after.close();
  }
});

test('check: a missing SQLite file is not created (exit 3)', () => {
  const path = join(tempDir(), 'none.db');
  const result = run(['check', '--db', path]);
  assert.equal(result.code, EXIT.unavailable);
  assert.match(result.stderr, /none\.db: no such store/);
  assert.equal(existsSync(path), false);
});

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

test('check on PostgreSQL: the demo is sound; a document deleted with triggers off leaves orphans; a wrong version is named', async () => {
  const url = await freshDatabase();
  const demo = run(['demo', '--db', url]);
  assert.equal(demo.code, 0, demo.stderr);
  const sound = checkJson(url);
  assert.equal(sound.code, EXIT.ok, JSON.stringify(sound.result));
  assert.equal(sound.result.engine, 'postgres');

  // session_replication_role = replica skips the foreign key triggers, as a careless restore might.
  await sql(url, `SET session_replication_role = replica; DELETE FROM documents WHERE id = (SELECT min(doc) FROM claims)`);
  const damaged = checkJson(url);
  assert.equal(damaged.code, EXIT.unsound);
  const checks = damaged.result.problems.map((problem) => problem.check);
  for (const expected of ['orphan claims', 'orphan appearances', 'orphan document bands']) assert.ok(checks.includes(expected), `${expected} in ${checks}`);

  await sql(url, `DELETE FROM schema_migrations WHERE version = ${POSTGRES_MIGRATIONS.length}`);
  const old = checkJson(url);
  assert.equal(old.code, EXIT.unsound);
  assert.deepEqual(old.result.problems.map((problem) => problem.check), ['schema version']);
  assert.equal(old.result.schemaVersion, POSTGRES_MIGRATIONS.length - 1);
});
