import { after } from 'node:test';
import pg from 'pg';
import { reasonOf, redact } from '../../src/store/open.js';

/** The server the PostgreSQL tests use: DATABASE_URL, else the PG* variables, else the local server. */
export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (env.PGHOST) {
    const user = encodeURIComponent(env.PGUSER ?? 'postgres');
    const password = env.PGPASSWORD ? `:${encodeURIComponent(env.PGPASSWORD)}` : '';
    const database = env.PGDATABASE ?? 'test';
    const port = env.PGPORT ?? '5432';
    // A socket directory goes in the query string: URLs have no place for a path as the host.
    if (env.PGHOST.startsWith('/')) return `postgres://${user}${password}@localhost:${port}/${database}?host=${encodeURIComponent(env.PGHOST)}`;
    return `postgres://${user}${password}@${env.PGHOST}:${port}/${database}`;
  }
  return 'postgres://postgres@127.0.0.1:5432/test';
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

let made = 0;

/** A new, empty database on the test server, dropped (connections and all) when the test file finishes. */
export async function freshDatabase(): Promise<string> {
  const server = testServerUrl();
  const name = `corroborate_test_${process.pid}_${Date.now().toString(36)}_${made++}`;
  await onServer(server, (admin) => admin.query(`CREATE DATABASE ${name}`));
  after(() => onServer(server, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  return databaseUrl(server, name);
}

async function onServer(server: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: server });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `the PostgreSQL tests need a server, and none answered at ${redact(server)} (${reasonOf(error)}): ` +
        'set DATABASE_URL (or PGHOST), or run .ci/run, which starts one',
    );
  }
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
