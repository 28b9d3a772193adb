import { join } from 'node:path';
import { after } from 'node:test';
import { runIngest } from '../../src/cli/ingest-command.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { startServer, type ClientTimeouts, type RunningServer } from '../../src/server/start.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

export interface DemoServer {
  store: Store;
  /** The store's file. */
  path: string;
  server: RunningServer;
  url: (path: string) => string;
}

/** A real server on an ephemeral loopback port over a fresh store with the demo corpus; closed when the file finishes. */
export async function demoServer(options: { token?: string; maxBytes?: number; timeouts?: Partial<ClientTimeouts> } = {}): Promise<DemoServer> {
  const path = join(tempDir(), 'api.db');
  const store = await openStore(path);
  await runIngest(store, [demoCorpusPath()], { json: false, quiet: true });
  const server = await startServer({ store, storeLocation: path, host: '127.0.0.1', port: 0, webRoot: join(tempDir(), 'no-web'), ...options });
  after(async () => {
    await server.close();
    await store.close();
  });
  return { store, path, server, url: (path) => new URL(path.replace(/^\//, ''), server.url).href };
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
