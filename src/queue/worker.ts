import { Readable } from 'node:stream';
import type PgBoss from 'pg-boss';
import { failedResult, prepareInput, storedResult, type IngestOptions, type InputResult } from '../ingest/pipeline.js';
import type { PreparedUnit } from '../ingest/prepare.js';
import type { InputRef } from '../ingest/inputs.js';
import type { Store } from '../store/store.js';
import { INGEST_QUEUE, type IngestJob } from './queue.js';

export interface WorkerOptions {
  /** Jobs worked on at once by this process. */
  concurrency: number;
  /** Jobs each of those takes at a time, stored in one transaction (one commit's wait for the disk for them all). */
  batch: number;
  /** Return once no job is queued, active anywhere, or waiting for a retry. */
  untilEmpty: boolean;
  pollSeconds: number;
  ingest?: IngestOptions;
  /** Called as each job ends, done or failed. */
  onJob?: (report: JobReport) => void;
}

export interface JobReport {
  job: string;
  input: string;
  ok: boolean;
  error: string | null;
  added: number;
  existing: number;
}

export interface WorkerSummary {
  done: number;
  failed: number;
}

/**
 * Works on the ingest queue until `stop` resolves (or, with untilEmpty, the
 * queue is drained): `concurrency` loops, each taking `batch` jobs at a time
 * and asking again at once while there are jobs (pg-boss's own work() waits a
 * polling interval between fetches even then). On stop, each loop finishes
 * the jobs in hand and takes no others, so no job is left active.
 */
export async function runWorker(store: Store, boss: PgBoss, options: WorkerOptions, stop: Promise<void>): Promise<WorkerSummary> {
  const summary: WorkerSummary = { done: 0, failed: 0 };
  let stopping = false;
  const stopped = (options.untilEmpty ? Promise.race([stop, drained(boss, options.pollSeconds, () => stopping)]) : stop).then(() => {
    stopping = true;
  });
  const idle = () => Promise.race([stopped, sleep(options.pollSeconds)]);
  const loop = async () => {
    while (!stopping) {
      const jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: options.batch });
      if (jobs.length === 0) {
        await idle();
        continue;
      }
      const reports = await workOn(store, boss, jobs, options.ingest ?? {});
      for (const report of reports) {
        if (report.ok) {
          summary.done++;
          await boss.complete(INGEST_QUEUE, report.job, { added: report.added, existing: report.existing });
        } else {
          summary.failed++;
          // Recorded as the failure's reason; pg-boss retries the job while it has retries left.
          await boss.fail(INGEST_QUEUE, report.job, { message: report.error ?? 'failed' });
        }
        options.onJob?.(report);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  await boss.stop({ graceful: true, wait: true });
  return summary;
}

function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

/** Resolves once the queue holds (or the worker is stopping) no job that is waiting, active (in any process) or due for a retry. */
async function drained(boss: PgBoss, pollSeconds: number, stopping: () => boolean): Promise<void> {
  while (!stopping() && (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) > 0) await sleep(pollSeconds);
}

/** Reads and parses each job's input, stores all their documents in one transaction, and reports on each job. */
async function workOn(store: Store, boss: PgBoss, jobs: ReadonlyArray<PgBoss.Job<IngestJob>>, options: IngestOptions): Promise<JobReport[]> {
  const ready = await Promise.all(jobs.map((job) => prepareJob(boss, job.data, options)));
  const stored = ready.filter((r): r is PreparedUnit & { ok: true } => r.ok);
  const results = new Map<PreparedUnit, InputResult>();
  try {
    const outcomes = await store.ingestDocuments(stored.flatMap((r) => r.documents));
    let at = 0;
    for (const r of stored) {
      results.set(r, storedResult(r, outcomes.slice(at, at + r.documents.length)));
      at += r.documents.length;
    }
  } catch {
    // One input the store refuses must not fail the others: each on its own, so that only it fails.
    for (const r of stored) results.set(r, await storeAlone(store, r));
  }
  // The bytes are in the store's sources now; a retry of one of these jobs after a crash reads them there.
  const done = jobs.flatMap((job, i) => (job.data.kind === 'file' && results.get(ready[i]!)?.ok ? [job.data.sha256] : []));
  if (done.length > 0) await boss.getDb().executeSql('DELETE FROM queue_files WHERE sha256 = ANY($1::text[])', [done]);
  return jobs.map((job, i) => report(job, results.get(ready[i]!) ?? failedResult(ready[i] as PreparedUnit & { ok: false })));
}

async function storeAlone(store: Store, ready: PreparedUnit & { ok: true }): Promise<InputResult> {
  try {
    return storedResult(ready, await store.ingestDocuments(ready.documents));
  } catch (error) {
    return { ...failure(ready.input), error: error instanceof Error ? error.message : String(error) };
  }
}

async function prepareJob(boss: PgBoss, job: IngestJob, options: IngestOptions): Promise<PreparedUnit> {
  try {
    return await prepareInput(await inputOf(boss, job), options);
  } catch (error) {
    return { input: job.kind === 'url' ? job.url : job.name, ok: false, format: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function failure(input: string): InputResult & { ok: false } {
  return { input, ok: false, format: null, error: null, documents: [] };
}

function report(job: PgBoss.Job<IngestJob>, result: InputResult): JobReport {
  const added = result.documents.filter((d) => d.status === 'added').length;
  return { job: job.id, input: result.input, ok: result.ok, error: result.error, added, existing: result.documents.length - added };
}

async function inputOf(boss: PgBoss, job: IngestJob): Promise<InputRef> {
  if (job.kind === 'url') return { kind: 'url', url: job.url };
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT bytes FROM queue_files WHERE sha256 = $1 UNION ALL SELECT bytes FROM sources WHERE sha256 = $1 LIMIT 1`,
      [job.sha256],
    );
  const bytes = (rows[0] as { bytes: Buffer } | undefined)?.bytes;
  if (!bytes) return { kind: 'error', input: job.name, reason: 'its queued bytes are gone from the database' };
  return { kind: 'stream', name: job.name, contentType: job.contentType, stream: Readable.from([bytes]) };
}
