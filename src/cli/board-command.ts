import { boardTable } from '../report/board.js';
import type { Store } from '../store/store.js';
import { loadBoard, type BoardQuery } from '../reconcile/from-store.js';

export async function runBoard(store: Store, opts: BoardQuery & { json: boolean }): Promise<void> {
  const board = await loadBoard(store, opts);
  process.stdout.write(opts.json ? `${JSON.stringify(board, null, 2)}\n` : `${boardTable(board)}\n`);
}
