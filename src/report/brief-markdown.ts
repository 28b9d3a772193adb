import { dayWords } from './board-view.js';
import type { Block, Inline, SourceEntry } from './brief-model.js';
import { escapeMarkdown } from './markdown-escape.js';
import { linkableUrl } from './safe-url.js';

/** The brief as CommonMark: source text escaped, links only to http(s) in angle brackets. */
export function briefMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockMarkdown).join('\n\n')}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlinesMarkdown(block.inlines)}`;
    case 'paragraph':
      return inlinesMarkdown(block.inlines);
    case 'list':
      return block.items.map((item) => `- ${inlinesMarkdown(item)}`).join('\n');
    case 'sources':
      return block.entries.map((entry) => `- ${sourceMarkdown(entry)}`).join('\n');
  }
}

function inlinesMarkdown(inlines: readonly Inline[]): string {
  return inlines.map(inlineMarkdown).join('');
}

function inlineMarkdown(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  if ('source' in inline) return escapeMarkdown(inline.source);
  return inline.cite.map((n) => `[${n}]`).join('');
}

function sourceMarkdown(entry: SourceEntry): string {
  const parts = [`[${entry.n}] ${escapeMarkdown(entry.outlet ?? 'Outlet not stated')}, ${dayWords(entry.published)}.`];
  if (entry.title) parts.push(`“${escapeMarkdown(entry.title)}”.`);
  const href = linkableUrl(entry.url);
  if (href) parts.push(`<${href}>`);
  else if (entry.url) parts.push(`${escapeMarkdown(entry.url)} (not a web link).`);
  parts.push(`Document ${entry.doc}.`);
  return parts.join(' ');
}
