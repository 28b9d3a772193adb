import type { Board, Figure } from '../contracts/board.js';
import { sortFigures } from '../report/board-view.js';
import { figureTimeline, renderTimeline } from '../report/timeline.js';
import type { Store } from '../store/store.js';
import { loadBoard, type BoardQuery } from '../reconcile/from-store.js';
import { EXIT } from './exit-codes.js';
import { writeOutput } from './write-output.js';

export interface TimelineCommandOptions extends BoardQuery {
  json: boolean;
}

export class TimelineUsageError extends Error {}

/** The figure named, else every figure of the --subject / --outcome asked for. */
export async function runTimeline(store: Store, figureId: string | undefined, opts: TimelineCommandOptions): Promise<number> {
  if (!figureId && !opts.subject && !opts.outcome) throw new TimelineUsageError('give a figure id, or --subject and/or --outcome');
  const board = await loadBoard(store, figureId ? { since: opts.since } : opts);
  const figures = figureId ? board.figures.filter((figure) => figure.id === figureId) : sortFigures(board.figures);
  if (figures.length === 0) {
    process.stderr.write(`corroborate: ${figureId ? `no figure ${figureId}` : 'no figure matches'} in ${store.location}\n`);
    return EXIT.inputFailed;
  }
  await writeOutput(undefined, opts.json ? timelineJson(board, figures) : [renderTimeline(board, figures.map((figure) => figure.id))]);
  return EXIT.ok;
}

/** One JSON object per figure: the figure, and its claims in publication order with origin marker and relations. */
function* timelineJson(board: Board, figures: readonly Figure[]): Generator<string> {
  for (const figure of figures) {
    const { entries } = figureTimeline(board, figure);
    const claims = entries.map(({ claim, origin, relations }) => ({ ...claim, origin_marker: origin, relations }));
    yield `${JSON.stringify({ figure, claims })}\n`;
  }
}
