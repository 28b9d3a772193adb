import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { generateDocuments, mulberry32, type CorpusDocument } from '../../bench/corpus.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
const DOCUMENTS = 2000;
const SEED = 7;
const KILLS = 3;

// The line format the ingest bench feeds `ingest`. bench/ingest.ts imports the built dist/, which has no
// type declarations, so it is loaded by a specifier the type checker does not follow.
const BENCH_INGEST = '../../bench/ingest.js';
const { ndjsonLine } = (await import(BENCH_INGEST)) as { ndjsonLine: (doc: CorpusDocument) => string };

function corpusFile(dir: string): { path: string; texts: Set<string>; lines: Set<string> } {
  const lines: string[] = [];
  const texts = new Set<string>();
  for (const doc of generateDocuments(SEED, Number.MAX_SAFE_INTEGER)) {
    lines.push(ndjsonLine(doc));
    texts.add(doc.text);
    if (lines.length === DOCUMENTS) break;
  }
  const path = join(dir, 'corpus.ndjson');
  writeFileSync(path, lines.join(''));
  return { path, texts, lines: new Set(lines) };
}

interface IngestRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The ids the run reported stored (added, or already there) before it ended. */
  reported: Set<string>;
}

/** `ingest FILE --db DB --json` as a child process, SIGKILLed once it has reported `killAfter` inputs (never, if undefined). */
function ingest(file: string, db: string, killAfter?: number): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, '--json'], { env: { ...process.env, CORROBORATE_DB: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
    const reported = new Set<string>();
    let pending = '';
    let inputs = 0;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() as string;
      for (const line of lines) {
        inputs++;
        for (const document of (JSON.parse(line) as { documents: Array<{ id: string }> }).documents) reported.add(document.id);
      }
      if (killAfter !== undefined && inputs >= killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, reported }));
  });
}

function storeFacts(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).all();
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      documents: count('SELECT count(*) FROM documents'),
      distinctIds: count('SELECT count(DISTINCT id) FROM documents'),
      ids: new Set(db.prepare('SELECT id FROM documents').pluck().all() as string[]),
      appearances: count('SELECT count(*) FROM appearances'),
      duplicateAppearances: count('SELECT count(*) FROM (SELECT document, source FROM appearances GROUP BY document, source HAVING count(*) > 1)'),
      claimsWithoutDocument: count('SELECT count(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.doc)'),
      /** What an uninterrupted ingest must give too: each document's origin and claims. */
      contents: all(`SELECT d.id, d.origin, (SELECT group_concat(id, ' ') FROM (SELECT id FROM claims WHERE doc = d.id ORDER BY position)) AS claims
                     FROM documents d ORDER BY d.id`),
    };
  } finally {
    db.close();
  }
}

test(`ingest SIGKILLed ${KILLS} times at seeded points and rerun stores every document exactly once, as an uninterrupted run does`, async () => {
  const dir = tempDir();
  const corpus = corpusFile(dir);

  const reference = join(dir, 'reference.db');
  const uninterrupted = await ingest(corpus.path, reference);
  assert.equal(uninterrupted.code, EXIT.ok);

  const random = mulberry32(20261123);
  const killPoints = Array.from({ length: KILLS }, () => 100 + Math.floor(random() * (DOCUMENTS - 200))).sort((a, b) => a - b);
  const crashed = join(dir, 'crashed.db');
  let partial = 0;
  for (const killAfter of killPoints) {
    const run = await ingest(corpus.path, crashed, killAfter);
    assert.equal(run.signal, 'SIGKILL', `the run to be killed after ${killAfter} inputs finished first`);
    const facts = storeFacts(crashed);
    // What a run reported stored survives its crash.
    for (const id of run.reported) assert.ok(facts.ids.has(id), `${id} reported stored before the kill after ${killAfter} inputs, but not in the store`);
    if (facts.documents > 0 && facts.documents < corpus.texts.size) partial++;
  }
  assert.ok(partial > 0, `no kill (after ${killPoints.join(', ')} inputs) left a partly ingested store`);

  const last = await ingest(corpus.path, crashed);
  assert.equal(last.code, EXIT.ok);
  const facts = storeFacts(crashed);
  assert.equal(facts.documents, corpus.texts.size);
  assert.equal(facts.distinctIds, corpus.texts.size);
  assert.equal(facts.appearances, corpus.lines.size, 'one appearance per distinct line');
  assert.equal(facts.duplicateAppearances, 0);
  assert.equal(facts.claimsWithoutDocument, 0);
  assert.deepEqual(facts.contents, storeFacts(reference).contents);

  const check = spawnSync(process.execPath, [BIN, 'check', '--db', crashed], { encoding: 'utf8' });
  assert.equal(check.status, EXIT.ok, check.stdout + check.stderr);
});
