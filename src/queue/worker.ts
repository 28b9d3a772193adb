import { Readable } from 'node:stream';
import type PgBoss from 'pg-boss';
import { ingestOne, type IngestOptions, type InputResult } from '../ingest/pipeline.js';
import type { InputRef } from '../ingest/inputs.js';
import type { Store } from '../store/store.js';
import { INGEST_QUEUE, type IngestJob } from './queue.js';

export interface WorkerOptions {
  /** Jobs worked on at once by this process. */
  concurrency: number;
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

/** How long a stopping worker lets its current jobs finish before handing them back to the queue. */
const STOP_GRACE_MS = 30_000;

/**
 * Works on the ingest queue until `stop` resolves (or, with untilEmpty, the
 * queue is drained), then stops taking jobs, lets the current ones finish
 * and returns.
 */
export async function runWorker(store: Store, boss: PgBoss, options: WorkerOptions, stop: Promise<void>): Promise<WorkerSummary> {
  const summary: WorkerSummary = { done: 0, failed: 0 };
  const handle = async ([job]: Array<PgBoss.Job<IngestJob>>) => {
    if (!job) return null;
    const report = await workOn(store, boss, job, options.ingest ?? {});
    report.ok ? summary.done++ : summary.failed++;
    options.onJob?.(report);
    // pg-boss records a thrown error as the failure's reason, and retries the job while it has retries left.
    if (!report.ok) throw new Error(report.error ?? 'failed');
    return { added: report.added, existing: report.existing };
  };
  for (let i = 0; i < options.concurrency; i++) {
    await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollSeconds }, handle);
  }
  await Promise.race([stop, options.untilEmpty ? drained(boss, options.pollSeconds) : new Promise<never>(() => {})]);
  await boss.stop({ graceful: true, wait: true, timeout: STOP_GRACE_MS });
  return summary;
}

/** Resolves once the queue holds no job that is waiting, active (in any process) or due for a retry. */
async function drained(boss: PgBoss, pollSeconds: number): Promise<void> {
  for (;;) {
    if ((await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, pollSeconds * 1000));
  }
}

async function workOn(store: Store, boss: PgBoss, job: PgBoss.Job<IngestJob>, options: IngestOptions): Promise<JobReport> {
  const { data } = job;
  const input = data.kind === 'url' ? data.url : data.name;
  let result: InputResult;
  try {
    result = await ingestOne(store, await inputOf(boss, data), options);
  } catch (error) {
    result = { input, ok: false, format: null, error: error instanceof Error ? error.message : String(error), documents: [] };
  }
  if (result.ok && data.kind === 'file') {
    // The bytes are in the store's sources now; a retry of this job after a crash reads them there.
    await boss.getDb().executeSql('DELETE FROM queue_files WHERE sha256 = $1', [data.sha256]);
  }
  const added = result.documents.filter((d) => d.status === 'added').length;
  return { job: job.id, input, ok: result.ok, error: result.error, added, existing: result.documents.length - added };
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
