import type { Board } from '../contracts/board.js';
import { reconcile } from '../reconcile/board.js';
import { filterBoard, type BoardFilter } from '../report/board-filter.js';
import type { Store } from '../store/store.js';

export interface BoardQuery extends BoardFilter {
  /** Only documents published (or, undated, read) on or after this ISO date. */
  since?: string;
}

/** The board the report commands read: the store's claims reconciled, then narrowed to the figures asked for. */
export async function loadBoard(store: Store, query: BoardQuery): Promise<Board> {
  const board = reconcile(await store.listSourcedClaims({ since: query.since }));
  return query.subject || query.outcome ? filterBoard(board, query) : board;
}
