/**
 * Ingest benchmarks (wired into bench/run.ts; runnable alone):
 *
 * - the store write path: documents of the generated corpus are prepared
 *   first (parse, MinHash, extraction: not timed), then written into a fresh
 *   SQLite store with `ingestDocuments` in batches, as `ingest` writes them;
 *   only the writes are timed;
 * - end to end: the same corpus as an NDJSON file through `corroborate ingest
 *   --workers N` (the real pipeline: reading, parsing, extraction in N worker
 *   threads, one writer), for N = 1, 2 and all cores;
 * - the stream: an NDJSON stream of the given size generated on the fly
 *   (never held in memory) piped into `corroborate ingest -` in a child
 *   process, whose docs/s, MB/s and peak RSS are reported.
 *
 *   node --import tsx bench/ingest.ts [--docs N] [--pipeline-mb N] [--stream-mb N] [--store-only]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareDocument } from '../dist/ingest/prepare.js';
import { openSqliteStore } from '../dist/store/sqlite.js';
import type { PreparedDocument } from '../dist/store/store.js';
import { generateDocuments, ndjsonLine, type CorpusDocument } from './corpus.js';

const MIB = 1024 * 1024;
const SEED = 20240601;
const BATCH = 256;
const CLI = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));

export interface StoreWriteRun {
  documents: number;
  seconds: number;
  docs_s: number;
}

export interface PipelineRun {
  workers: number;
  documents: number;
  mb: number;
  seconds: number;
  docs_s: number;
  mb_s: number;
  peak_rss_mb: number;
}

export { ndjsonLine };

function preparedOf(doc: CorpusDocument): PreparedDocument | null {
  const bytes = Buffer.from(ndjsonLine(doc));
  const sha = createHash('sha256').update(bytes).digest('hex');
  const source = { name: `stdin:${doc.id}`, bytes, contentType: 'application/x-ndjson', url: null, retrieved: doc.published };
  const draft = { url: null, title: null, publisher: `Outlet ${doc.id.slice(-2)}`, published: doc.published, lang: 'en', kind: 'article' as const, text: doc.text, meta: {} };
  return prepareDocument(draft, source, sha);
}

/** Documents/s of the SQLite write path alone: prepared in advance, written in batches of BATCH, one transaction each. */
export async function timeStoreWrites(documents: number, dir: string): Promise<StoreWriteRun> {
  const prepared: PreparedDocument[] = [];
  for (const doc of generateDocuments(SEED, Number.MAX_SAFE_INTEGER)) {
    if (prepared.length >= documents) break;
    const next = preparedOf(doc);
    if (next) prepared.push(next);
  }
  const store = openSqliteStore(join(dir, 'writes.db'));
  try {
    const started = process.hrtime.bigint();
    for (let i = 0; i < prepared.length; i += BATCH) await store.ingestDocuments(prepared.slice(i, i + BATCH));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { documents: prepared.length, seconds, docs_s: prepared.length / seconds };
  } finally {
    await store.close();
  }
}

/** Writes `bytes` of generated NDJSON into `sink`, honouring backpressure; returns the documents written. */
export async function writeNdjson(sink: NodeJS.WritableStream, bytes: number, seed = SEED): Promise<number> {
  let documents = 0;
  for (const doc of generateDocuments(seed, bytes)) {
    documents++;
    if (!sink.write(ndjsonLine(doc))) await once(sink, 'drain');
  }
  sink.end();
  return documents;
}

interface ChildRun {
  seconds: number;
  peakRssMb: number;
  stdoutLines: number;
}

/**
 * Runs `corroborate ingest` in a child process, with `feed` writing its
 * standard input; the child reports its own peak RSS on exit (process.resourceUsage).
 */
async function runIngestChild(args: readonly string[], feed: ((stdin: NodeJS.WritableStream) => Promise<unknown>) | null): Promise<ChildRun> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', fileURLToPath(new URL('./peak-rss.mjs', import.meta.url)), CLI, 'ingest', '--json', ...args], {
    stdio: [feed ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
  let stdoutLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) stdoutLines++;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const fed = feed && child.stdin ? feed(child.stdin) : Promise.resolve();
  const [code] = (await once(child, 'close')) as [number | null];
  await fed;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /peak-rss-mb (\d+(?:\.\d+)?)/.exec(stderr);
  if (code !== 0 || !rss) throw new Error(`bench: ingest ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`);
  return { seconds, peakRssMb: Number(rss[1]), stdoutLines };
}

/** End to end: an NDJSON file of `mb` MiB through `ingest --workers N` into a fresh store. */
export async function timePipeline(file: string, workers: number, dir: string): Promise<PipelineRun> {
  const db = join(dir, `workers-${workers}.db`);
  const run = await runIngestChild([file, '--db', db, '--workers', String(workers)], null);
  rmSync(db, { force: true });
  const mb = statSync(file).size / MIB;
  return { workers, documents: run.stdoutLines, mb, seconds: run.seconds, docs_s: run.stdoutLines / run.seconds, mb_s: mb / run.seconds, peak_rss_mb: run.peakRssMb };
}

/**
 * The stream: `mb` MiB of NDJSON generated on the fly, piped into `ingest -`,
 * never held in memory. One core is left to the writer (workers = cores - 1,
 * at least 1): each worker thread holds its own copy of the parsers and the
 * extractor, about 100 MB, so more workers than spare cores cost memory
 * without adding speed. `workers` overrides it.
 */
export async function timeStream(mb: number, dir: string, workers = Math.max(1, availableParallelism() - 1)): Promise<PipelineRun> {
  const db = join(dir, 'stream.db');
  const run = await runIngestChild(['-', '--db', db, '--workers', String(workers)], (stdin) => writeNdjson(stdin, mb * MIB));
  rmSync(db, { force: true });
  return { workers, documents: run.stdoutLines, mb, seconds: run.seconds, docs_s: run.stdoutLines / run.seconds, mb_s: mb / run.seconds, peak_rss_mb: run.peakRssMb };
}

export interface IngestBench {
  store: StoreWriteRun;
  pipelines: PipelineRun[];
  stream: PipelineRun;
}

export async function benchIngest(options: { storeDocs: number; pipelineMb: number; streamMb: number }, log: (line: string) => void): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-bench-'));
  try {
    log(`timing the SQLite write path on ${options.storeDocs.toLocaleString('en-US')} prepared documents…`);
    const store = await timeStoreWrites(options.storeDocs, dir);
    const file = join(dir, 'corpus.ndjson');
    await writeNdjson(createWriteStream(file), options.pipelineMb * MIB);
    const pipelines: PipelineRun[] = [];
    for (const workers of [...new Set([1, 2, availableParallelism()])]) {
      log(`ingest --workers ${workers} of a ${options.pipelineMb} MiB NDJSON file…`);
      pipelines.push(await timePipeline(file, workers, dir));
    }
    log(`streaming ${options.streamMb} MiB of NDJSON into ingest - …`);
    const stream = await timeStream(options.streamMb, dir);
    return { store, pipelines, stream };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { docs: { type: 'string', default: '5000' }, 'pipeline-mb': { type: 'string', default: '16' }, 'stream-mb': { type: 'string', default: '32' }, 'store-only': { type: 'boolean', default: false } },
  });
  const docs = Number(values.docs);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-bench-'));
  try {
    const result = values['store-only']
      ? await timeStoreWrites(docs, dir)
      : await benchIngest({ storeDocs: docs, pipelineMb: Number(values['pipeline-mb']), streamMb: Number(values['stream-mb']) }, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
