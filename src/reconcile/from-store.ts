import type { Board } from '../contracts/board.js';
import { reconcile } from './board.js';
import { loadSpeakerTable } from './speakers.js';
import { filterBoard, type BoardFilter } from '../report/board-filter.js';
import type { Store } from '../store/store.js';

export interface BoardQuery extends BoardFilter {
  /** Only documents published (or, undated, read) on or after this ISO date. */
  since?: string;
  /** User alias files (data/speakers.json's shape) added to the shipped table. */
  speakers?: string[];
}

/** The board the report commands read: the store's claims reconciled, then narrowed to the figures asked for. */
export async function loadBoard(store: Store, query: BoardQuery): Promise<Board> {
  const input = await store.listSourcedClaims({ since: query.since });
  const board = reconcile(input, { speakers: query.speakers?.length ? loadSpeakerTable(query.speakers) : undefined });
  return query.subject || query.outcome ? filterBoard(board, query) : board;
}
