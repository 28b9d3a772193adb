import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { test } from 'node:test';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));

function run(args: string[], env: NodeJS.ProcessEnv = {}, cwd = tempDir()) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, CORROBORATE_DB: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The board without the times the files were read, which differ between two ingests. */
function boardOf(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'retrieved' || key === 'generated' ? '…' : value));
}

test('the demo corpus ingested by the CLI into PostgreSQL gives the board it gives in SQLite', async () => {
  const sqlite = join(tempDir(), 'demo.db');
  assert.equal(run(['ingest', demoCorpusPath(), '--db', sqlite, '--json']).code, 0);
  const fromSqlite = run(['board', '--json', '--db', sqlite]);
  assert.equal(fromSqlite.code, 0, fromSqlite.stderr);
  assert.ok((boardOf(fromSqlite.stdout) as { figures: unknown[] }).figures.length > 0);
  const url = await freshDatabase();
  const ingest = run(['ingest', demoCorpusPath(), '--json'], { CORROBORATE_DB: url });
  assert.equal(ingest.code, 0, ingest.stderr);
  const fromPostgres = run(['board', '--json', '--db', url]);
  assert.equal(fromPostgres.code, 0, fromPostgres.stderr);
  assert.deepEqual(boardOf(fromPostgres.stdout), boardOf(fromSqlite.stdout));
  for (const command of [['claims', '--json'], ['documents', '--json'], ['brief'], ['export', '--format', 'csv'], ['review', '--log', '--json']]) {
    const [onSqlite, onPostgres] = [run([...command, '--db', sqlite]), run([...command, '--db', url])];
    assert.equal(onPostgres.code, 0, `${command.join(' ')}: ${onPostgres.stderr}`);
    assert.equal(onPostgres.stdout.length > 0, onSqlite.stdout.length > 0, command.join(' '));
  }
  const claims = (db: string) => run(['claims', '--json', '--db', db]).stdout;
  assert.equal(claims(url), claims(sqlite));
});

test('a PostgreSQL URL no server answers exits 3 with the URL, password hidden, and the reason', () => {
  const result = run(['board', '--db', 'postgresql://me:hunter2@127.0.0.1:1/corroborate']);
  assert.equal(result.code, 3);
  assert.match(result.stderr, /postgresql:\/\/me:\*\*\*@127\.0\.0\.1:1\/corroborate: cannot open the PostgreSQL store: .*ECONNREFUSED/);
  assert.doesNotMatch(result.stderr, /hunter2/);
});

test('demo into PostgreSQL: runs again on its own database, refuses a database holding other documents', async () => {
  const url = await freshDatabase();
  const cwd = tempDir();
  const first = run(['demo', '--db', url], {}, cwd);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(existsSync(join(cwd, 'corroborate-demo-brief.md')));
  assert.equal(run(['demo', '--db', url]).code, 0);
  const other = await freshDatabase();
  assert.equal(run(['ingest', join(demoCorpusPath(), 'articles'), '--db', other]).code, 0);
  const refused = run(['demo', '--db', other]);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /not a demo store/);
});
