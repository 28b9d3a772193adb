import type PgBoss from 'pg-boss';
import { IngestError } from '../ingest/errors.js';
import { DEFAULT_MAX_BYTES, expandInputs, readFileSource, type InputRef } from '../ingest/inputs.js';
import { sha256Hex } from '../ingest/normalise.js';
import { INGEST_QUEUE, type IngestJob } from './queue.js';

export interface EnqueueOptions {
  maxBytes?: number;
  /** Attempts after the first before a job is recorded as failed. */
  retries?: number;
  retryDelaySeconds?: number;
  /** A job still active after this long is taken to be lost with its worker, and retried. */
  expireSeconds?: number;
}

export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY_SECONDS = 10;
export const DEFAULT_EXPIRE_SECONDS = 15 * 60;

export interface EnqueueResult {
  input: string;
  ok: boolean;
  job: string | null;
  error: string | null;
}

/** Puts each input on the ingest queue (directories as their files), reporting each as it is queued. */
export async function* enqueueInputs(boss: PgBoss, inputs: readonly string[], options: EnqueueOptions = {}): AsyncGenerator<EnqueueResult> {
  for await (const ref of expandInputs(inputs)) {
    const input = ref.kind === 'file' ? ref.path : ref.kind === 'url' ? ref.url : ref.kind === 'error' ? ref.input : ref.kind;
    try {
      const job = await jobOf(boss, ref, options.maxBytes ?? DEFAULT_MAX_BYTES);
      const id = await boss.send(INGEST_QUEUE, job, {
        retryLimit: options.retries ?? DEFAULT_RETRIES,
        retryDelay: options.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
        expireInSeconds: options.expireSeconds ?? DEFAULT_EXPIRE_SECONDS,
      });
      yield { input, ok: true, job: id, error: null };
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      yield { input, ok: false, job: null, error: error.reason };
    }
  }
}

async function jobOf(boss: PgBoss, ref: InputRef, maxBytes: number): Promise<IngestJob> {
  switch (ref.kind) {
    case 'url':
      return { kind: 'url', url: ref.url };
    case 'file': {
      const source = await readFileSource(ref.path, maxBytes);
      const sha256 = sha256Hex(source.bytes);
      await boss
        .getDb()
        .executeSql('INSERT INTO queue_files (sha256, bytes) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING', [sha256, source.bytes]);
      return { kind: 'file', name: source.name, sha256, contentType: source.contentType };
    }
    case 'error':
      throw new IngestError(ref.input, ref.reason);
    default:
      throw new IngestError(ref.kind, 'standard input cannot be queued: save it to a file and enqueue that');
  }
}
