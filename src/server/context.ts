import type { Board } from '../contracts/board.js';
import { loadBoard, type BoardQuery } from '../cli/board-input.js';
import type { Store } from '../store/store.js';

export interface ServerOptions {
  /** Bearer token writes need; null to accept writes from anyone who can reach the server (loopback only). */
  token: string | null;
  /** Folder of the built web UI (default: dist/web of this package). */
  webRoot?: string;
  /** Largest upload or fetched page, in bytes (ingest's default when absent). */
  maxBytes?: number;
  /** Let POST /api/sources fetch private and loopback addresses (`serve --allow-private`; default false). */
  allowPrivate?: boolean;
  version?: string;
}

export interface ServerContext {
  store: Store;
  options: ServerOptions;
  board(query?: BoardQuery): Promise<Board>;
}

export function serverContext(store: Store, options: ServerOptions): ServerContext {
  return { store, options, board: (query = {}) => loadBoard(store, query) };
}
