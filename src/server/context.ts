import type { Store } from '../store/store.js';
import { BoardService, type FreshnessOptions } from './board-service.js';

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
  /**
   * Where the board worker opens the store: the SQLite path or PostgreSQL URL the store was opened with.
   * Default: store.location, which is the path for SQLite but has no password for PostgreSQL.
   */
  storeLocation?: string;
  /** When a stale board may be served (DEFAULT_FRESHNESS of board-service.ts). */
  boardFreshness?: FreshnessOptions;
}

export interface ServerContext {
  store: Store;
  options: ServerOptions;
  /** The board-derived answers, made by a worker thread; close() stops it. */
  boards: BoardService;
}

export function serverContext(store: Store, options: ServerOptions): ServerContext {
  return { store, options, boards: new BoardService(store, options.storeLocation ?? store.location, options.boardFreshness) };
}
