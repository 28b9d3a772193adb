import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import pg from 'pg';
import { generateDocuments } from '../../bench/corpus.js';
import type { QueueStatus } from '../../src/queue/status.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
/** Short expiry and maintenance, so that a killed worker's jobs come back within seconds. */
const FAST_QUEUE = ['--retries', '1', '--retry-delay', '1', '--expire', '5'];
const FAST_WORKER = ['--poll', '0.5', '--maintenance', '1', '--json'];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CORROBORATE_DB: '' } });
  return { code: result.status, stdout: result.stdout, stderr: `${result.stderr}${result.error ? `\n${result.error.message}` : ''}${result.signal ? `\nkilled by ${result.signal}` : ''}` };
}

/** A worker process, with a count of the jobs it has reported done. */
function startWorker(url: string, extra: string[] = []): { child: ChildProcess; done: () => number; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', url, ...FAST_WORKER, ...extra], { env: { ...process.env, CORROBORATE_DB: '' } });
  let done = 0;
  let stderr = '';
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if ((JSON.parse(line) as { ok: boolean }).ok) done++;
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, done: () => done, exited, stderr: () => stderr };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `count` generated news documents as text files with front matter, each published a minute after the one before. */
function corpus(count: number): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir);
  let i = 0;
  for (const doc of generateDocuments(6, Number.POSITIVE_INFINITY)) {
    const published = new Date(Date.parse(doc.published) + i * 60_000).toISOString();
    writeFileSync(join(dir, `${doc.id}.txt`), `---\ntitle: ${doc.id}\npublisher: Bench Wire\npublished: ${published}\n---\n${doc.text}`);
    if (++i === count) break;
  }
  return dir;
}

async function rows<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const status = (url: string) => JSON.parse(run(['status', '--db', url, '--json']).stdout) as QueueStatus;

/** The board without the times files were read, which differ from one ingest to another. */
const boardOf = (json: string) => JSON.parse(json, (key, value: unknown) => (key === 'retrieved' ? '…' : value)) as unknown;

test('two workers share the queue; one is killed mid-run; every document is stored exactly once, as one process stores them', async () => {
  const documents = 240;
  const dir = corpus(documents);
  writeFileSync(join(dir, 'empty.txt'), '');
  const url = await freshDatabase();
  const enqueued = run(['enqueue', dir, '--db', url, ...FAST_QUEUE]);
  assert.equal(enqueued.code, 0, enqueued.stderr);
  assert.equal(status(url).queued, documents + 1);

  const doomed = startWorker(url, ['--concurrency', '2']);
  const survivor = startWorker(url, ['--concurrency', '2', '--until-empty']);
  await until(() => doomed.done() >= 20, 'the first worker to finish 20 jobs');
  doomed.child.kill('SIGKILL');
  assert.equal(await doomed.exited, null, 'killed, not exited');
  assert.equal(await survivor.exited, 0, survivor.stderr());

  const after = status(url);
  assert.deepEqual(
    { queued: after.queued, active: after.active, retrying: after.retrying, completed: after.completed, failed: after.failed, documents: after.documents },
    { queued: 0, active: 0, retrying: 0, completed: documents, failed: 1, documents },
  );
  assert.deepEqual(after.failures, [{ input: join(dir, 'empty.txt'), reason: 'empty file' }]);
  const [stored] = await rows<{ documents: number; appearances: number; seen: number }>(
    url,
    'SELECT (SELECT count(*)::int FROM documents) AS documents, count(*)::int AS appearances, count(DISTINCT document)::int AS seen FROM appearances',
  );
  assert.deepEqual(stored, { documents, appearances: documents, seen: documents });
  const [jobs] = await rows<{ completed: number; distinct_inputs: number; retried: number }>(
    url,
    `SELECT count(*)::int AS completed, count(DISTINCT data->>'name')::int AS distinct_inputs, count(*) FILTER (WHERE retry_count > 0)::int AS retried
     FROM corroborate_queue.job WHERE state = 'completed'`,
  );
  assert.equal(jobs?.completed, documents);
  assert.equal(jobs?.distinct_inputs, documents, 'one completed job per input');
  assert.ok((jobs?.retried ?? 0) > 0, 'the killed worker had jobs in hand, and they were done again by the other');
  assert.equal((await rows(url, 'SELECT 1 FROM queue_files')).length, 1, 'only the failed input keeps its queued bytes');

  const single = join(tempDir(), 'single.db');
  const ingested = run(['ingest', dir, '--db', single]);
  assert.equal(ingested.code, 1, `the empty file fails there too: ${ingested.stderr}`);
  const [fromQueue, fromOneProcess] = [run(['board', '--json', '--db', url]), run(['board', '--json', '--db', single])];
  assert.equal(fromQueue.code, 0, fromQueue.stderr);
  assert.deepEqual(boardOf(fromQueue.stdout), boardOf(fromOneProcess.stdout));
});

test('a worker asked to stop (SIGTERM) finishes or hands back its jobs and exits 0; the next worker does the rest', async () => {
  const documents = 40;
  const url = await freshDatabase();
  assert.equal(run(['enqueue', corpus(documents), '--db', url, ...FAST_QUEUE]).code, 0);
  const worker = startWorker(url);
  await until(() => worker.done() >= 3, 'three jobs done');
  worker.child.kill('SIGTERM');
  assert.equal(await worker.exited, 0, worker.stderr());
  const stopped = status(url);
  assert.equal(stopped.active, 0, 'no job left active by a worker that stopped');
  assert.ok(stopped.completed >= 3 && stopped.completed < documents);
  const rest = run(['worker', '--db', url, '--until-empty', ...FAST_WORKER]);
  assert.equal(rest.code, 0, rest.stderr);
  assert.deepEqual({ ...status(url), failures: [] }, { queued: 0, active: 0, retrying: 0, completed: documents, failed: 0, documents, claims: status(url).claims, failures: [] });
});

test('the queue commands refuse a SQLite store', () => {
  for (const command of [['enqueue', 'x.txt'], ['worker'], ['status']]) {
    const result = run([...command, '--db', join(tempDir(), 'local.db')]);
    assert.equal(result.code, 2, command[0]);
    assert.match(result.stderr, /needs a PostgreSQL store/);
  }
});
