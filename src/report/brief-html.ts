import { dayWords } from './board-view.js';
import type { Block, Inline, SourceEntry } from './brief-model.js';
import { escapeHtml } from './html-escape.js';
import { linkableUrl } from './safe-url.js';
import { oneLine } from './text-table.js';

/** The brief as one standalone HTML document: no script, every text escaped, links only to http(s). */
const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}',
  'h2{border-bottom:1px solid #ccc;margin-top:2.5rem}',
  'h3{margin-top:2rem}',
  'h4{margin:1rem 0 .25rem;font-size:1rem}',
  'a.cite{text-decoration:none;font-size:.85em}',
  '.sources{list-style:none;padding-left:0}.sources li{margin-bottom:.4rem}',
].join('');

export function briefHtml(blocks: readonly Block[]): string {
  const title = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  const titleText = title?.kind === 'heading' ? title.inlines.map(plainText).join('') : 'Brief';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(titleText)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...blocks.map(blockHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${inlinesHtml(block.inlines)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlinesHtml(block.inlines)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${inlinesHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'sources':
      return `<ul class="sources">\n${block.entries.map(sourceHtml).join("\n")}\n</ul>`;
  }
}

function plainText(inline: Inline): string {
  if (typeof inline === 'string') return inline;
  return 'source' in inline ? oneLine(inline.source) : '';
}

function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map(inlineHtml).join('');
}

function inlineHtml(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  if ('source' in inline) return escapeHtml(oneLine(inline.source));
  return inline.cite.map((n) => `<a class="cite" href="#ref-${n}">[${n}]</a>`).join('');
}

function sourceHtml(entry: SourceEntry): string {
  const parts = [`[${entry.n}] ${escapeHtml(oneLine(entry.outlet ?? 'Outlet not stated'))}, ${escapeHtml(dayWords(entry.published))}.`];
  if (entry.title) parts.push(`“${escapeHtml(oneLine(entry.title))}”.`);
  const href = linkableUrl(entry.url);
  if (href) parts.push(`<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(href)}</a>`);
  else if (entry.url) parts.push(`${escapeHtml(oneLine(entry.url))} (not a web link).`);
  parts.push(`Document ${escapeHtml(entry.doc)}.`);
  return `<li id="ref-${entry.n}">${parts.join(' ')}</li>`;
}
