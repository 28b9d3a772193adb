import PgBoss from 'pg-boss';

/** The pg-boss queue of ingest jobs, in its own schema of the store's database. */
export const INGEST_QUEUE = 'corroborate-ingest';
export const QUEUE_SCHEMA = 'corroborate_queue';

/** What a job carries: enough for a worker on any machine, with no access to the enqueuer's files. */
export type IngestJob =
  | { kind: 'url'; url: string }
  /** A local file: its bytes are in the queue_files table under their SHA-256. */
  | { kind: 'file'; name: string; sha256: string; contentType: string | null };

export interface QueueSettings {
  /** How often a process looks for jobs whose worker stopped answering (expired) and puts them back. */
  maintenanceSeconds?: number;
  onError?: (error: Error) => void;
}

export const DEFAULT_MAINTENANCE_SECONDS = 30;

/** Connects to the queue, creating its schema and the ingest queue when they are not there yet. */
export async function openQueue(url: string, settings: QueueSettings = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    max: 4,
    maintenanceIntervalSeconds: settings.maintenanceSeconds ?? DEFAULT_MAINTENANCE_SECONDS,
  });
  // Without a listener an 'error' event would end the process; pg-boss reports and carries on.
  boss.on('error', settings.onError ?? (() => {}));
  await boss.start();
  await boss.createQueue(INGEST_QUEUE);
  return boss;
}
