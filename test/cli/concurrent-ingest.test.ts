import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { generateDocuments, type CorpusDocument } from '../../bench/corpus.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
const DOCUMENTS = 1500;
const SEED = 11;

// The line format the ingest bench feeds `ingest` (as in crash-safety.test.ts). bench/ingest.ts imports the
// built dist/, which has no type declarations, so it is loaded by a specifier the type checker does not follow.
const BENCH_INGEST = '../../bench/ingest.js';
const { ndjsonLine } = (await import(BENCH_INGEST)) as { ndjsonLine: (doc: CorpusDocument) => string };

function corpusLines(): string[] {
  const lines: string[] = [];
  for (const doc of generateDocuments(SEED, Number.MAX_SAFE_INTEGER)) {
    lines.push(ndjsonLine(doc));
    if (lines.length === DOCUMENTS) break;
  }
  return lines;
}

interface IngestRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function ingest(file: string, db: string): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db], { env: { ...process.env, CORROBORATE_DB: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

function storeFacts(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      documents: count('SELECT count(*) FROM documents'),
      distinctIds: count('SELECT count(DISTINCT id) FROM documents'),
      appearances: count('SELECT count(*) FROM appearances'),
      duplicateAppearances: count('SELECT count(*) FROM (SELECT document, source FROM appearances GROUP BY document, source HAVING count(*) > 1)'),
      claimsWithoutDocument: count('SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.doc)'),
      documentsWithoutAppearance: count('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM appearances a WHERE a.document = d.id)'),
      /** Each document's claims, to compare with a store one process filled alone. */
      contents: db
        .prepare(`SELECT d.id, (SELECT group_concat(id, ' ') FROM (SELECT id FROM claims WHERE doc = d.id ORDER BY position)) AS claims FROM documents d ORDER BY d.id`)
        .all(),
    };
  } finally {
    db.close();
  }
}

test('two ingest processes writing one SQLite store at once, on overlapping inputs, store every document exactly once', async () => {
  const dir = tempDir();
  const lines = corpusLines();
  // Two thirds each, overlapping in the middle third; the second file runs backwards, so the two processes
  // meet on the shared documents while both are writing rather than one after the other.
  const third = Math.floor(lines.length / 3);
  const first = lines.slice(0, 2 * third);
  const second = lines.slice(third).reverse();
  const files = [join(dir, 'first.ndjson'), join(dir, 'second.ndjson'), join(dir, 'all.ndjson')];
  writeFileSync(files[0] as string, first.join(''));
  writeFileSync(files[1] as string, second.join(''));
  writeFileSync(files[2] as string, lines.join(''));

  const reference = join(dir, 'reference.db');
  const alone = await ingest(files[2] as string, reference);
  assert.equal(alone.code, EXIT.ok, alone.stderr);
  const expected = storeFacts(reference);

  // A fresh store: both processes also race to create its schema.
  const shared = join(dir, 'shared.db');
  const runs = await Promise.all([ingest(files[0] as string, shared), ingest(files[1] as string, shared)]);
  for (const run of runs) assert.equal(run.code, EXIT.ok, `an ingest exited ${run.code ?? run.signal}: ${run.stderr}`);

  const facts = storeFacts(shared);
  assert.ok(expected.documents > 0);
  assert.equal(facts.documents, expected.documents);
  assert.equal(facts.distinctIds, expected.documents);
  assert.equal(facts.duplicateAppearances, 0);
  assert.equal(facts.claimsWithoutDocument, 0);
  assert.equal(facts.documentsWithoutAppearance, 0);
  assert.deepEqual(facts.contents, expected.contents, 'each document with the claims a single process gives it');

  const check = spawnSync(process.execPath, [BIN, 'check', '--db', shared], { encoding: 'utf8' });
  assert.equal(check.status, EXIT.ok, check.stdout + check.stderr);
});

test('eight ingest processes creating one fresh SQLite store at once all succeed (the schema is made once)', async () => {
  const dir = tempDir();
  const lines = corpusLines().slice(0, 8);
  const files = lines.map((line, i) => {
    const file = join(dir, `one-${i}.ndjson`);
    writeFileSync(file, line);
    return file;
  });
  const shared = join(dir, 'fresh.db');
  const runs = await Promise.all(files.map((file) => ingest(file, shared)));
  for (const run of runs) assert.equal(run.code, EXIT.ok, `an ingest exited ${run.code ?? run.signal}: ${run.stderr}`);
  assert.equal(storeFacts(shared).documents, new Set(lines).size);
  const check = spawnSync(process.execPath, [BIN, 'check', '--db', shared], { encoding: 'utf8' });
  assert.equal(check.status, EXIT.ok, check.stdout + check.stderr);
});
