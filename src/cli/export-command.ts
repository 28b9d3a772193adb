import { exportClaims, type ExportFormat } from '../report/export.js';
import type { Store } from '../store/store.js';
import { loadBoard, type BoardQuery } from '../reconcile/from-store.js';
import { EXIT } from './exit-codes.js';
import { writeOutput } from './write-output.js';

export interface ExportCommandOptions extends BoardQuery {
  format: ExportFormat;
  out?: string;
}

export async function runExport(store: Store, opts: ExportCommandOptions): Promise<number> {
  const board = await loadBoard(store, opts);
  await writeOutput(opts.out, exportClaims(board, opts.format));
  return EXIT.ok;
}
