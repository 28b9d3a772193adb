import type { Board } from '../contracts/board.js';
import { reconcile } from '../reconcile/board.js';
import { loadSpeakerTable } from '../reconcile/speakers.js';
import { boardTable } from '../report/board.js';
import type { Store } from '../store/store.js';

export interface BoardOptions {
  since?: string;
  /** User alias files (data/speakers.json's shape) added to the shipped table. */
  speakers?: string[];
}

/** Reconciles the store's claims (those published since `since`, when given). */
export async function loadBoard(store: Store, opts: BoardOptions): Promise<Board> {
  const input = await store.listSourcedClaims({ since: opts.since });
  return reconcile(input, { speakers: loadSpeakerTable(opts.speakers ?? []) });
}

export async function runBoard(store: Store, opts: BoardOptions & { json: boolean }): Promise<void> {
  const board = await loadBoard(store, opts);
  process.stdout.write(opts.json ? `${JSON.stringify(board, null, 2)}\n` : `${boardTable(board)}\n`);
}
