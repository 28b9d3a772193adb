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

/**
 * Works on the ingest queue until `stop` resolves (or, with untilEmpty, the
 * queue is drained): `concurrency` loops, each taking one job at a time and
 * asking again at once while there are jobs (pg-boss's own work() waits a
 * polling interval between fetches even then). On stop, each loop finishes
 * the job in hand and takes no other, so no job is left active.
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
      const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
      if (!job) {
        await idle();
        continue;
      }
      const report = await workOn(store, boss, job, options.ingest ?? {});
      if (report.ok) {
        summary.done++;
        await boss.complete(INGEST_QUEUE, job.id, { added: report.added, existing: report.existing });
      } else {
        summary.failed++;
        // Recorded as the failure's reason; pg-boss retries the job while it has retries left.
        await boss.fail(INGEST_QUEUE, job.id, { message: report.error ?? 'failed' });
      }
      options.onJob?.(report);
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
