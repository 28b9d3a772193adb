/**
 * PostgreSQL figures: ingest into the PostgreSQL store (batched and one
 * document per transaction, with SQLite on the same prepared documents for
 * comparison), and queue throughput with 1 and 2 `worker` processes.
 *
 *   npm run -s build && node --import tsx bench/postgres.ts [--docs N] [--queue-docs N] [--batch N] [--quick] [--json]
 *
 * The server: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
 * Each measurement uses a database of its own, dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { prepareDocument } from '../dist/ingest/prepare.js';
import { openStore } from '../dist/store/open.js';
import type { PreparedDocument, Store } from '../dist/store/store.js';
import { generateDocuments, type CorpusDocument } from './corpus.js';

const SEED = 11;
const BIN = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const DOCS = flag('--docs', quick ? 500 : 3000);
const QUEUE_DOCS = flag('--queue-docs', quick ? 200 : 800);
const BATCH = flag('--batch', 200);

function corpus(count: number): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const doc of generateDocuments(SEED, Number.POSITIVE_INFINITY)) {
    docs.push(doc);
    if (docs.length === count) break;
  }
  return docs;
}

function prepare(doc: CorpusDocument): PreparedDocument | null {
  const bytes = Buffer.from(doc.text);
  const sha = createHash('sha256').update(bytes).digest('hex');
  const source = { name: `${doc.id}.txt`, bytes, contentType: 'text/plain', url: null, retrieved: doc.published };
  const draft = { url: null, title: null, publisher: `Outlet ${doc.id.slice(-2)}`, published: doc.published, lang: 'en', kind: 'article' as const, text: doc.text, meta: {} };
  return prepareDocument(draft, source, sha);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs `work` against a new database, dropped afterwards. */
async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const name = `corroborate_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/** Seconds to store the prepared documents, in batches of `batch` (1: one ingestDocument call each). */
async function timeIngest(store: Store, prepared: readonly PreparedDocument[], batch: number): Promise<number> {
  const started = performance.now();
  if (batch === 1) for (const next of prepared) await store.ingestDocument(next);
  else for (let i = 0; i < prepared.length; i += batch) await store.ingestDocuments(prepared.slice(i, i + batch));
  const seconds = (performance.now() - started) / 1000;
  const { documents } = await store.stats();
  if (documents !== prepared.length) throw new Error(`stored ${documents} of ${prepared.length} documents`);
  return seconds;
}

async function postgresIngest(prepared: readonly PreparedDocument[], batch: number): Promise<number> {
  return withDatabase(async (url) => {
    const store = await openStore(url);
    try {
      return await timeIngest(store, prepared, batch);
    } finally {
      await store.close();
    }
  });
}

async function sqliteIngest(prepared: readonly PreparedDocument[], batch: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  try {
    return await timeIngest(store, prepared, batch);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function cli(args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CORROBORATE_DB: '' } });
  return once(child, 'exit').then(([code]) => code as number | null);
}

/** Enqueue seconds, then the wall-clock seconds `workers` processes (each with `concurrency` jobs at once) take to drain the queue. */
async function queueRun(dir: string, workers: number, concurrency = 1): Promise<{ enqueue_s: number; drain_s: number }> {
  return withDatabase(async (url) => {
    let started = performance.now();
    if ((await cli(['enqueue', dir, '--db', url])) !== 0) throw new Error('enqueue failed');
    const enqueue_s = (performance.now() - started) / 1000;
    started = performance.now();
    const codes = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', url, '--until-empty', '--poll', '0.2', '--concurrency', String(concurrency)])));
    if (codes.some((code) => code !== 0)) throw new Error(`a worker exited ${codes.join(', ')}`);
    const drain_s = (performance.now() - started) / 1000;
    const store = await openStore(url);
    const { documents } = await store.stats();
    await store.close();
    if (documents !== QUEUE_DOCS) throw new Error(`the workers stored ${documents} of ${QUEUE_DOCS} documents`);
    return { enqueue_s, drain_s };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  const docs = corpus(DOCS);
  let started = performance.now();
  const prepared = docs.map(prepare).filter((p): p is PreparedDocument => p !== null);
  const prepareSeconds = (performance.now() - started) / 1000;
  const pgBatched = await postgresIngest(prepared, BATCH);
  const pgSingly = await postgresIngest(prepared, 1);
  const sqliteBatched = await sqliteIngest(prepared, BATCH);
  const sqliteSingly = await sqliteIngest(prepared, 1);

  const dir = mkdtempSync(join(tmpdir(), 'corroborate-queue-bench-'));
  mkdirSync(join(dir, 'corpus'));
  for (const doc of corpus(QUEUE_DOCS)) {
    writeFileSync(join(dir, 'corpus', `${doc.id}.txt`), `---\npublisher: Outlet ${doc.id.slice(-2)}\npublished: ${doc.published}\n---\n${doc.text}`);
  }
  const one = await queueRun(join(dir, 'corpus'), 1);
  const two = await queueRun(join(dir, 'corpus'), 2);
  const twoByFour = await queueRun(join(dir, 'corpus'), 2, 4);
  rmSync(dir, { recursive: true, force: true });

  const n = prepared.length;
  const result = {
    documents: n,
    batch: BATCH,
    extract_docs_s: round(n / prepareSeconds),
    pg_ingest_batched_docs_s: round(n / pgBatched),
    pg_ingest_single_docs_s: round(n / pgSingly),
    pg_ingest_batched_with_extraction_docs_s: round(n / (prepareSeconds + pgBatched)),
    sqlite_ingest_batched_docs_s: round(n / sqliteBatched),
    sqlite_ingest_single_docs_s: round(n / sqliteSingly),
    queue_documents: QUEUE_DOCS,
    enqueue_docs_s: round(QUEUE_DOCS / one.enqueue_s),
    worker_1_docs_s: round(QUEUE_DOCS / one.drain_s),
    worker_2_docs_s: round(QUEUE_DOCS / two.drain_s),
    worker_2x4_docs_s: round(QUEUE_DOCS / twoByFour.drain_s),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const rows: Array<[string, string]> = [
    ['extraction (prepareDocument)', `${result.extract_docs_s} docs/s (${n} documents)`],
    ['PostgreSQL ingest, batched', `${result.pg_ingest_batched_docs_s} docs/s store only, ${result.pg_ingest_batched_with_extraction_docs_s} docs/s with extraction (batches of ${BATCH})`],
    ['PostgreSQL ingest, one per transaction', `${result.pg_ingest_single_docs_s} docs/s store only`],
    ['SQLite ingest, batched / one each', `${result.sqlite_ingest_batched_docs_s} / ${result.sqlite_ingest_single_docs_s} docs/s store only`],
    ['enqueue (files into the database)', `${result.enqueue_docs_s} docs/s`],
    ['queue, 1 worker process', `${result.worker_1_docs_s} docs/s (${QUEUE_DOCS} documents, process start included)`],
    ['queue, 2 worker processes', `${result.worker_2_docs_s} docs/s`],
    ['queue, 2 worker processes × 4 jobs at once', `${result.worker_2x4_docs_s} docs/s`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) process.stdout.write(`${name.padEnd(width)}  ${value}\n`);
}

await main();
