import { startServer, type RunningServer } from '../server/start.js';
import type { Store } from '../store/store.js';

export interface ServeCommandOptions {
  /** Where the store was opened (the board worker opens it there too). */
  db: string;
  host: string;
  port: number;
  token?: string;
  allowPrivate?: boolean;
  version: string;
}

/** Serves the store until the process is stopped; prints the URL. */
export async function runServe(store: Store, opts: ServeCommandOptions): Promise<RunningServer> {
  const server = await startServer({
    store,
    storeLocation: opts.db,
    host: opts.host,
    port: opts.port,
    token: opts.token ?? process.env.CORROBORATE_TOKEN ?? null,
    allowPrivate: opts.allowPrivate ?? false,
    version: opts.version,
  });
  process.stdout.write(`corroborate serve: ${store.location} at ${server.url}\n`);
  return server;
}

/** Resolves when the process is asked to stop (Ctrl-C or SIGTERM). */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
