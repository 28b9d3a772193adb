import type { Board } from '../contracts/board.js';
import { reconcile } from './board.js';
import { loadSpeakerTable } from './speakers.js';
import { filterBoard, type BoardFilter } from '../report/board-filter.js';
import type { Store } from '../store/store.js';

export interface BoardQuery extends BoardFilter {
  /** User alias files (data/speakers.json's shape) added to the shipped table. */
  speakers?: string[];
}

/** The board the report commands read: all the store's claims reconciled, then narrowed to what was asked for (so a filter never changes a verdict). */
export async function loadBoard(store: Store, query: BoardQuery): Promise<Board> {
  const input = await store.listSourcedClaims({});
  const board = reconcile(input, { speakers: query.speakers?.length ? loadSpeakerTable(query.speakers) : undefined });
  return query.subject || query.outcome || query.since ? filterBoard(board, query) : board;
}
