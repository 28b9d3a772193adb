/**
 * Crash safety (issue 7): `ingest` SIGKILLed at seeded points while it writes a corpus, then run again
 * to the end, must leave every document stored exactly once, one appearance per line, no claim without
 * its document, the origins and claims an uninterrupted run gives, and a store `corroborate check`
 * passes, after every kill as well as at the end. The same test runs on SQLite and on PostgreSQL.
 *
 * The corpus goes to `ingest -` through a pipe a line at a time as the test chooses, so that a kill falls
 * where it was planned: the run cannot get past the lines it was given, nor finish before it is killed.
 *
 * The suite ingests DEFAULT_DOCUMENTS documents; the issue's full run is
 *
 *   CORROBORATE_CRASH_DOCUMENTS=10000 node --import tsx --test test/cli/crash-safety.test.ts
 *
 * and CORROBORATE_CRASH_SEED=N replays the corpus and kill points of a failure (its message names the seed).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import { generateDocuments, mulberry32, type CorpusDocument } from '../../bench/corpus.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { identifyText } from '../../src/ingest/normalise.js';
import { StoreUnavailableError, openStore } from '../../src/store/open.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite-schema.js';
import type { StoreProblem } from '../../src/store/store.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
const DEFAULT_DOCUMENTS = 1000;
const DOCUMENTS = positiveIntegerFromEnv('CORROBORATE_CRASH_DOCUMENTS', DEFAULT_DOCUMENTS);
const SEED = positiveIntegerFromEnv('CORROBORATE_CRASH_SEED', 20261123);
/** Paragraphs kept of each generated article (headline, lead, then 1–4 sentences each): about 1.5 claims a document, at a fraction of the time a whole article takes. */
const PARAGRAPHS = 5;
/** The last kill falls in the writing of one of this many last lines. */
const NEAR_END = 50;
/** A kill in a write falls up to this many milliseconds after the write was seen to begin. */
const WRITE_DELAY_MS = 20;
/** A run that prints nothing for this long has stalled: it is killed and the test fails, rather than wait for ever. */
const STALL_SECONDS = 120;
/** The most documents `ingest` writes in one transaction (BATCH_DOCUMENTS of src/ingest/pipeline.ts): a kill in a write watches the writes of the last this many lines it gave. */
const BATCH_DOCUMENTS = 256;
/** Lines given at a time to a run that has stored all it was given without being caught in a write. */
const MORE_LINES = 32;

// The line format the ingest bench feeds `ingest`. bench/ingest.ts imports the built dist/, which has no
// type declarations, so it is loaded by a specifier the type checker does not follow.
const BENCH_INGEST = '../../bench/ingest.js';
const { ndjsonLine } = (await import(BENCH_INGEST)) as { ndjsonLine: (doc: CorpusDocument) => string };

function positiveIntegerFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1) throw new Error(`${name}=${value}: not a positive integer`);
  return parsed;
}

/** Which crash this is, for every failure message: how to replay it. */
const REPLAY = `(CORROBORATE_CRASH_SEED=${SEED} CORROBORATE_CRASH_DOCUMENTS=${DOCUMENTS})`;

// ------------------------------------------------------------------ the corpus

interface Corpus {
  /** NDJSON lines, newline included: line i is read as `stdin:i+1`. */
  lines: string[];
  /** How many lines carry each document id. */
  linesPerDocument: Map<string, number>;
}

/**
 * Lines of NDJSON, one input each, until they hold DOCUMENTS documents: mostly new articles, and, so that a crash also falls between
 * a document and its copies, about one line in ten a copy of an earlier article (its text with a credit line
 * added: a new document in the article's cluster, published up to three days before or after it, so that
 * an earlier copy moves the cluster's origin) and one in twenty a repeat (the same text under another URL:
 * the same document, one more appearance). Every line is distinct.
 */
function makeCorpus(): Corpus {
  const random = mulberry32(SEED);
  const articles = generateDocuments(SEED, Number.MAX_SAFE_INTEGER);
  const written: CorpusDocument[] = [];
  const lines: string[] = [];
  const linesPerDocument = new Map<string, number>();
  for (let i = 0; linesPerDocument.size < DOCUMENTS; i++) {
    const roll = random();
    const earlier = written[Math.floor(random() * written.length)];
    let doc: CorpusDocument;
    if (earlier && roll < 0.05) {
      doc = { ...earlier, id: `${earlier.id}-repeat-${i}` };
    } else if (earlier && roll < 0.15) {
      const shift = Math.round((random() - 0.5) * 6 * 86_400_000);
      doc = { id: `${earlier.id}-copy-${i}`, text: `${earlier.text}\n\nDistributed by wire service ${i}.`, published: new Date(Date.parse(earlier.published) + shift).toISOString() };
    } else {
      const article = articles.next().value as CorpusDocument;
      doc = { ...article, text: article.text.split('\n\n').slice(0, PARAGRAPHS).join('\n\n') };
    }
    written.push(doc);
    lines.push(ndjsonLine(doc));
    const id = (identifyText(doc.text) as { id: string }).id;
    linesPerDocument.set(id, (linesPerDocument.get(id) ?? 0) + 1);
  }
  return { lines, linesPerDocument };
}

// ------------------------------------------------------------------ the engines

type Row = Record<string, unknown>;

/** A connection that tells whether another one is inside a write transaction of the store. */
interface WriteProbe {
  writing(): Promise<boolean>;
  close(): Promise<void>;
}

interface Engine {
  name: string;
  /** Where a new, empty store goes (nothing is made there yet). */
  freshStore(): Promise<string>;
  /** Whether ingest has opened its store there and the schema is whole. */
  ready(location: string): Promise<boolean>;
  writeProbe(location: string): Promise<WriteProbe>;
  /** The rows of a read-only query. */
  query(location: string, sql: string): Promise<Row[]>;
}

function sqliteEngine(): Engine {
  const dir = tempDir();
  let made = 0;
  const query = async (path: string, sql: string) => {
    const db = new Database(path, { readonly: true });
    try {
      return db.prepare(sql).all() as Row[];
    } finally {
      db.close();
    }
  };
  return {
    name: 'SQLite',
    freshStore: async () => join(dir, `store-${made++}.db`),
    // The write-ahead log is there once a connection has the store in WAL mode; no other connection is opened before, so that none stands in the way of the switch.
    ready: async (path) => existsSync(`${path}-wal`) && (await query(path, 'PRAGMA user_version'))[0]?.user_version === SQLITE_MIGRATIONS.length,
    writeProbe: async (path) => {
      const db = new Database(path, { fileMustExist: true, timeout: 0 });
      return {
        // Taking the write lock fails at once while a writer holds it; when it is free, it is held for no longer than a ROLLBACK.
        writing: async () => {
          try {
            db.exec('BEGIN IMMEDIATE');
          } catch (error) {
            if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
            throw error;
          }
          db.exec('ROLLBACK');
          return false;
        },
        close: async () => {
          db.close();
        },
      };
    },
    query,
  };
}

function postgresEngine(): Engine {
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  };
  const query = async (url: string, sql: string) => {
    const client = await connect(url);
    try {
      return (await client.query<Row>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    freshStore: freshDatabase,
    // The schema is made in one transaction, so the documents table appears once it is whole.
    ready: async (url) => (await query(url, "SELECT to_regclass('documents') IS NOT NULL AS ready"))[0]?.ready === true,
    writeProbe: async (url) => {
      const client = await connect(url);
      return {
        // A transaction gets an id when it first writes, and keeps it until it ends.
        writing: async () => {
          const { rows } = await client.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL',
          );
          return (rows[0]?.n ?? 0) > 0;
        },
        close: () => client.end(),
      };
    },
    query,
  };
}

// ------------------------------------------------------------------ runs and kills

type KillPoint = { workers: number } & (
  /** The given milliseconds after the store's schema is whole: while the first batch is read, prepared or written. */
  | { at: 'start'; delayMs: number }
  /**
   * Given this many lines, the given milliseconds into the first write transaction seen once it is past the
   * lines the store holds and near the last line given (or at the start of the next write, if that one ends sooner).
   */
  | { at: 'writing'; lines: number; delayMs: number }
  /** Given this many lines, once it has reported them all stored: between transactions, waiting for input. */
  | { at: 'reported'; lines: number }
);

function describeKill(kill: KillPoint): string {
  const when =
    kill.at === 'start' ? `${kill.delayMs} ms after the schema was made`
    : kill.at === 'writing' ? `${kill.delayMs} ms into a write, given ${kill.lines} lines`
    : `once ${kill.lines} lines were reported stored`;
  return `the kill ${when} (--workers ${kill.workers})`;
}

/**
 * Five kills, seeded: in the first batch, in the first batch's write, in a write in the middle, between
 * two writes in the middle, in one of the last writes. `--workers` alternates between 1 and 2 (the path
 * where threads prepare and the main thread alone writes).
 */
function killPlan(lines: number): KillPoint[] {
  const random = mulberry32(SEED ^ 0x5eed);
  const between = (lo: number, hi: number) => lo + Math.floor(random() * Math.max(1, hi - lo));
  const firstBatch = between(1, Math.min(100, lines));
  const [middle, later] = [0, 1].map(() => between(firstBatch + 1, lines - NEAR_END)).sort((a, b) => a - b) as [number, number];
  return [
    { at: 'start', delayMs: between(0, 100), workers: 1 },
    { at: 'writing', lines: firstBatch, delayMs: between(0, WRITE_DELAY_MS), workers: 2 },
    { at: 'writing', lines: middle, delayMs: between(0, WRITE_DELAY_MS), workers: 1 },
    { at: 'reported', lines: later, workers: 2 },
    { at: 'writing', lines: between(Math.max(later + 1, lines - NEAR_END), lines), delayMs: between(0, WRITE_DELAY_MS), workers: 1 },
  ];
}

interface IngestRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The ids the run reported stored (added, or already there) before it ended. */
  reported: Set<string>;
  /** Inputs it had reported when it ended. */
  inputs: number;
  /** Lines it was given. */
  given: number;
  /** For a kill in a write: whether a write transaction was seen in progress just before the kill was sent. */
  inWrite?: boolean;
}

/**
 * `ingest - --db LOCATION --json --workers N` as a child process, given the corpus through its standard
 * input: all of it, and then the end of input, unless it is to be killed at `kill`. `stored` is how many
 * lines the store already holds: a kill in a write waits for the run to be past them, and to be within a
 * batch of the last line it was given.
 */
function ingest(engine: Engine, corpus: Corpus, location: string, workers: number, kill?: KillPoint, stored = 0): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', '-', '--db', location, '--json', '--workers', String(workers)], {
      env: { ...process.env, CORROBORATE_DB: '' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.on('error', () => {}); // EPIPE, once it is killed
    const run: IngestRun = { code: null, signal: null, reported: new Set(), inputs: 0, given: 0 };
    let ended = false;
    const give = (lines: number) => {
      const upTo = Math.min(lines, corpus.lines.length);
      if (upTo > run.given) child.stdin.write(corpus.lines.slice(run.given, upTo).join(''));
      run.given = upTo;
    };
    const killInWrite = async (delayMs: number) => {
      while (!ended && !(await engine.ready(location).catch(() => false))) await sleep(5);
      if (ended) return;
      const probe = await engine.writeProbe(location);
      try {
        const writing = async () => {
          while (!ended && !(await probe.writing())) await sleep(1);
        };
        await writing();
        if (delayMs > 0) {
          await sleep(delayMs);
          // A write shorter than that is over: the kill falls at the start of the next write instead.
          await writing();
        }
        run.inWrite = !ended;
      } finally {
        // Closed (without waiting) before the kill lands, so that the probe is never what recovers a crashed store.
        probe.close().catch(() => {});
      }
      child.kill('SIGKILL');
    };
    const killAfterStart = async (delayMs: number) => {
      while (!ended && !(await engine.ready(location).catch(() => false))) await sleep(5);
      await sleep(delayMs);
      child.kill('SIGKILL');
    };
    const fail = (error: unknown) => {
      child.kill('SIGKILL');
      reject(error);
    };
    let watchdog: NodeJS.Timeout | undefined;
    const watch = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => fail(new Error(`ingest printed nothing for ${STALL_SECONDS} s (${run.given} lines given, ${run.inputs} reported)`)), STALL_SECONDS * 1000);
    };
    watch();
    let armed = false;
    const armAt = kill?.at === 'writing' ? Math.max(stored, kill.lines - BATCH_DOCUMENTS) : 0;
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      watch();
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() as string;
      for (const line of lines) {
        run.inputs++;
        for (const document of (JSON.parse(line) as { documents: Array<{ id: string }> }).documents) run.reported.add(document.id);
      }
      if (kill?.at === 'reported' && run.inputs >= kill.lines) child.kill('SIGKILL');
      if (kill?.at !== 'writing') return;
      if (!armed && run.inputs >= armAt) {
        armed = true;
        killInWrite(kill.delayMs).catch(fail);
      }
      // All it was given is stored and no write was caught: give it more to write. Once there is no more (a
      // fast machine wrote the last batches between two looks of the probe), the kill falls between writes
      // instead, with the input still open, so that the run never finishes unkilled.
      if (run.inputs >= run.given && !child.killed) {
        if (run.given < corpus.lines.length) give(run.given + MORE_LINES);
        else {
          run.inWrite = false;
          child.kill('SIGKILL');
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      ended = true;
      resolve({ ...run, code, signal });
    });
    if (kill === undefined) {
      give(corpus.lines.length);
      child.stdin.end();
    } else if (kill.at === 'start') {
      give(corpus.lines.length);
      killAfterStart(kill.delayMs).catch(fail);
    } else {
      give(kill.lines);
      if (kill.at === 'writing' && armAt === 0) {
        armed = true;
        killInWrite(kill.delayMs).catch(fail);
      }
    }
  });
}

/** `corroborate check --db LOCATION`. */
function check(location: string): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [BIN, 'check', '--db', location], { encoding: 'utf8', env: { ...process.env, CORROBORATE_DB: '' } });
  return { code: result.status, output: result.stdout + result.stderr };
}

/**
 * A store a kill left must pass the checks of `corroborate check` (run here in this process, as the store's
 * own check(), to spare a process a kill), unless the kill came before its schema was whole (and so before
 * anything was stored).
 */
async function assertSoundAfterKill(location: string, run: IngestRun, context: string): Promise<void> {
  let problems: StoreProblem[];
  try {
    const store = await openStore(location, { migrate: false });
    try {
      problems = (await store.check()).problems;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof StoreUnavailableError && run.inputs === 0) return;
    throw error;
  }
  const unmigrated = problems.every((problem) => problem.check === 'schema version') && run.inputs === 0;
  assert.ok(problems.length === 0 || unmigrated, `${context}: check found ${problems.map((problem) => `${problem.check}: ${problem.message}`).join('; ')}`);
}

// ------------------------------------------------------------------ what the store holds

interface StoreFacts {
  /** Document id → how many appearances it has. */
  appearances: Map<string, number>;
  /** Lines stored (one appearance each), and the greatest line number among them. */
  lines: number;
  lastLine: number;
  documents: number;
  sources: number;
  claimsWithoutDocument: number;
  /** What an uninterrupted run must give too: each document's origin, claims and appearances, in a fixed order. */
  contents: string[];
}

async function storeFacts(engine: Engine, location: string): Promise<StoreFacts> {
  const rows = (sql: string) => engine.query(location, sql);
  const count = async (sql: string) => Number((await rows(sql))[0]?.n);
  const appearances = new Map<string, number>();
  for (const row of await rows('SELECT document, count(*) AS n FROM appearances GROUP BY document')) appearances.set(String(row.document), Number(row.n));
  const claims = new Map<string, string[]>();
  for (const row of await rows('SELECT doc, id FROM claims ORDER BY doc, position, id')) {
    const doc = String(row.doc);
    claims.set(doc, [...(claims.get(doc) ?? []), String(row.id)]);
  }
  const names = new Map<string, string[]>();
  for (const row of await rows('SELECT document, name, url, publisher, published FROM appearances ORDER BY document, name')) {
    const doc = String(row.document);
    names.set(doc, [...(names.get(doc) ?? []), `${row.name} ${row.url} ${row.publisher} ${row.published}`]);
  }
  const documents = await rows('SELECT id, origin FROM documents ORDER BY id');
  const lineNumbers = [...names.values()].flat().map((seen) => Number(/^stdin:(\d+) /.exec(seen)?.[1]));
  return {
    appearances,
    lines: lineNumbers.length,
    lastLine: lineNumbers.reduce((a, b) => Math.max(a, b), 0),
    documents: documents.length,
    sources: await count('SELECT count(*) AS n FROM sources'),
    claimsWithoutDocument: await count('SELECT count(*) AS n FROM claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.doc)'),
    contents: documents.map(({ id, origin }) => `${id} origin ${origin} claims [${claims.get(String(id))?.join(' ') ?? ''}] seen [${names.get(String(id))?.join('; ') ?? ''}]`),
  };
}

/** The first few documents whose contents differ, rather than two lists of thousands. */
function assertSameContents(actual: readonly string[], expected: readonly string[], context: string): void {
  const [found, wanted] = [new Set(actual), new Set(expected)];
  const missing = expected.filter((line) => !found.has(line));
  const extra = actual.filter((line) => !wanted.has(line));
  assert.ok(missing.length === 0 && extra.length === 0 && actual.length === expected.length,
    `${context}: ${missing.length} documents differ from the uninterrupted run's, e.g.\n  expected ${missing.slice(0, 3).join('\n  expected ')}\n  found    ${extra.slice(0, 3).join('\n  found    ')}`);
}

// ------------------------------------------------------------------ the test

/** Kills, recovers and checks; returns what was done, for the test's diagnostics. */
async function crashAndRecover(engine: Engine): Promise<string> {
  const corpus = makeCorpus();
  const documents = corpus.linesPerDocument.size;
  const kills = killPlan(corpus.lines.length);
  const started = Date.now();

  const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  const reference = await engine.freshStore();
  let runStarted = Date.now();
  const uninterrupted = await ingest(engine, corpus, reference, 1);
  const timings = [`uninterrupted run ${seconds(runStarted)}`];
  assert.equal(uninterrupted.code, EXIT.ok, `the uninterrupted run ${REPLAY}`);
  const expected = await storeFacts(engine, reference);
  assert.equal(expected.documents, documents, `the uninterrupted run ${REPLAY}`);

  const crashed = await engine.freshStore();
  const left: string[] = [];
  let stored = 0;
  for (const kill of kills) {
    const context = `${engine.name}, ${describeKill(kill)} ${REPLAY}`;
    runStarted = Date.now();
    const run = await ingest(engine, corpus, crashed, kill.workers, kill, stored);
    const runTime = seconds(runStarted);
    assert.equal(run.signal, 'SIGKILL', `${context}: the run ended (exit code ${run.code}) before it was killed`);
    // A kill before anything was reported may have left no schema to read yet.
    const facts = await storeFacts(engine, crashed).catch((error: unknown) => {
      if (run.inputs === 0) return null;
      throw error;
    });
    stored = facts?.lines ?? 0;
    // What a run reported stored survives its crash; it is written in input order, so the store holds the lines up to some line and no other.
    for (const id of run.reported) assert.ok(facts?.appearances.has(id), `${context}: ${id} was reported stored, but is not in the store`);
    assert.equal(facts?.lastLine ?? 0, stored, `${context}: the stored lines are not the first ${stored}`);
    assert.ok(stored >= run.inputs && stored <= run.given, `${context}: ${stored} lines stored, ${run.inputs} reported, ${run.given} given`);
    await assertSoundAfterKill(crashed, run, context);
    const inWrite = run.inWrite === undefined ? '' : run.inWrite ? ', a write in progress' : ', no write seen';
    left.push(`${describeKill(kill)}${inWrite}: ${run.given} lines given, ${run.inputs} reported, ${stored} stored (${facts?.documents ?? 0} of ${documents} documents), ${runTime}`);
  }

  runStarted = Date.now();
  const last = await ingest(engine, corpus, crashed, 2);
  timings.push(`last run ${seconds(runStarted)}`);
  const context = `${engine.name}, the run after the kills (${left.join('; ')}) ${REPLAY}`;
  assert.equal(last.code, EXIT.ok, context);
  const facts = await storeFacts(engine, crashed);
  assert.equal(facts.documents, documents, `${context}: documents`);
  assert.deepEqual(facts.appearances, corpus.linesPerDocument, `${context}: one appearance per line, for every document`);
  assert.equal(facts.sources, corpus.lines.length, `${context}: one source per line`);
  assert.equal(facts.claimsWithoutDocument, 0, `${context}: claims without their document`);
  assertSameContents(facts.contents, expected.contents, context);
  const result = check(crashed);
  assert.equal(result.code, EXIT.ok, `${context}: ${result.output}`);
  return `${corpus.lines.length} lines, ${documents} documents, seed ${SEED}, ${kills.length} kills (${left.join('; ')}), ${timings.join(', ')}, ${seconds(started)} in all`;
}

for (const engine of [sqliteEngine(), postgresEngine()]) {
  test(`${engine.name}: ingest SIGKILLed at 5 seeded points (in the first batch, in writes, between writes, near the end; --workers 1 and 2) and run again stores every document exactly once, as an uninterrupted run does, in a store check passes after every kill`, async (t) => {
    t.diagnostic(await crashAndRecover(engine));
  });
}
