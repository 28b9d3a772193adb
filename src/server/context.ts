import type { Board } from '../contracts/board.js';
import { loadBoard, type BoardQuery } from '../reconcile/from-store.js';
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

/** Boards kept per query: reconciling the whole store is the costly part of most pages. */
const CACHED_BOARDS = 8;

/**
 * The board for a query, reconciled again only when the store has changed
 * since (an ingest, a review, or another process writing the same file).
 */
export function serverContext(store: Store, options: ServerOptions): ServerContext {
  const boards = new Map<string, { version: number; board: Promise<Board> }>();
  const board = async (query: BoardQuery = {}): Promise<Board> => {
    const version = await store.changeCount();
    const key = JSON.stringify(query);
    const cached = boards.get(key);
    if (cached && cached.version === version) return cached.board;
    const fresh = loadBoard(store, query);
    boards.delete(key);
    boards.set(key, { version, board: fresh });
    if (boards.size > CACHED_BOARDS) boards.delete(boards.keys().next().value as string);
    fresh.catch(() => boards.delete(key));
    return fresh;
  };
  return { store, options, board };
}
