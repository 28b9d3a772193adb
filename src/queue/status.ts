import pg from 'pg';
import type { Store } from '../store/store.js';
import { INGEST_QUEUE, QUEUE_SCHEMA } from './queue.js';

export interface QueueStatus {
  queued: number;
  active: number;
  retrying: number;
  completed: number;
  failed: number;
  documents: number;
  claims: number;
  /** The most recent failures, newest first. */
  failures: Array<{ input: string; reason: string }>;
}

const SHOWN_FAILURES = 20;

/** The queue's jobs by state (archived ones included) and what the store holds. */
export async function queueStatus(store: Store, url: string): Promise<QueueStatus> {
  const { documents, claims } = await store.stats();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const status: QueueStatus = { queued: 0, active: 0, retrying: 0, completed: 0, failed: 0, documents, claims, failures: [] };
    const exists = await client.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [`${QUEUE_SCHEMA}.job`]);
    if (!exists.rows[0]?.found) return status;
    const jobs = `(SELECT state, data, output, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = $1
                   UNION ALL SELECT state, data, output, completed_on FROM ${QUEUE_SCHEMA}.archive WHERE name = $1) AS jobs`;
    const counts = await client.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM ${jobs} GROUP BY state`, [INGEST_QUEUE]);
    const field: Record<string, keyof QueueStatus> = { created: 'queued', active: 'active', retry: 'retrying', completed: 'completed', failed: 'failed' };
    for (const { state, n } of counts.rows) {
      const key = field[state];
      if (key) (status[key] as number) += n;
    }
    const failures = await client.query<{ input: string; reason: string }>(
      `SELECT COALESCE(data->>'url', data->>'name') AS input, COALESCE(output->>'message', output::text) AS reason
       FROM ${jobs} WHERE state = 'failed' ORDER BY completed_on DESC LIMIT ${SHOWN_FAILURES}`,
      [INGEST_QUEUE],
    );
    status.failures = failures.rows;
    return status;
  } finally {
    await client.end();
  }
}
