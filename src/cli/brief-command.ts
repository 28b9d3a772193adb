import { renderBrief, type BriefFormat } from '../report/brief.js';
import type { Store } from '../store/store.js';
import { loadBoard, type BoardQuery } from '../reconcile/from-store.js';
import { EXIT } from './exit-codes.js';
import { writeOutput } from './write-output.js';

export interface BriefCommandOptions extends BoardQuery {
  format: BriefFormat;
  out?: string;
  title?: string;
}

export async function runBrief(store: Store, opts: BriefCommandOptions): Promise<number> {
  const board = await loadBoard(store, opts);
  await writeOutput(opts.out, [renderBrief(board, { format: opts.format, title: opts.title })]);
  return EXIT.ok;
}
