import type { Board } from '../contracts/board.js';
import { briefHtml } from './brief-html.js';
import { briefMarkdown } from './brief-markdown.js';
import { buildBrief } from './brief-model.js';

export type BriefFormat = 'md' | 'html';

/** A neutral, cited brief of the board (see brief-model.ts for what it says, the renderers for how). */
export function renderBrief(board: Board, options: { format: BriefFormat; title?: string }): string {
  const blocks = buildBrief(board, { title: options.title });
  return options.format === 'html' ? briefHtml(blocks) : briefMarkdown(blocks);
}
