import type { DocumentDraft, DocumentKind, Source } from '../contracts/document.js';
import { IngestError } from './errors.js';
import { asHttpUrl, asIsoDate } from './front-matter.js';
import { parseHtml } from './html.js';
import type { Parser } from './parser.js';

/**
 * NDJSON / JSON Lines: one document per line, a JSON object with `text`
 * (plain text, kept as written) or `html` (a page, read like a saved page),
 * and optionally `url`, `title`, `publisher`, `published`, `lang`, `kind`,
 * `author`. Fields given on the line win over what a page says of itself.
 * Blank lines are skipped. `ingest` streams such files line by line, each
 * line its own source; this parser reads one line, or a whole text at once
 * (an upload), all or nothing.
 */
export const parseNdjson: Parser = (text, source) => {
  const lines = text.split('\n');
  const drafts: DocumentDraft[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      drafts.push(documentOfLine(line, source));
    } catch (error) {
      if (!(error instanceof IngestError) || lines.length === 1) throw error;
      throw new IngestError(source.name, `line ${index + 1}: ${error.reason}`);
    }
  });
  if (drafts.length === 0) throw new IngestError(source.name, 'no documents (only blank lines)');
  return drafts;
};

const KINDS: readonly DocumentKind[] = ['article', 'post', 'report', 'transcript'];

function documentOfLine(line: string, source: Source): DocumentDraft {
  const record = parseObject(line, source.name);
  const field = (name: string): string | null => {
    const value = record[name];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') throw new IngestError(source.name, `"${name}" is not a string`);
    return value;
  };
  const kind = field('kind');
  if (kind !== null && !KINDS.includes(kind as DocumentKind)) throw new IngestError(source.name, `"kind" must be one of ${KINDS.join(', ')}`);
  const given = {
    url: asHttpUrl(field('url')),
    title: field('title'),
    publisher: field('publisher'),
    published: asIsoDate(field('published')),
    lang: field('lang'),
    kind: kind as DocumentKind | null,
    author: field('author'),
  };
  const html = field('html');
  const text = field('text');
  if (html === null && text === null) throw new IngestError(source.name, 'no "text" or "html" field');
  if (html !== null) {
    const [page] = parseHtml(html, { ...source, url: given.url ?? source.url }) as [DocumentDraft];
    return {
      ...page,
      url: given.url ?? page.url,
      title: given.title ?? page.title,
      publisher: given.publisher ?? page.publisher,
      published: given.published ?? page.published,
      lang: given.lang ?? page.lang,
      kind: given.kind ?? page.kind,
      meta: { ...page.meta, author: given.author ?? page.meta.author ?? null },
    };
  }
  if ((text as string).trim() === '') throw new IngestError(source.name, 'empty "text"');
  return {
    url: given.url,
    title: given.title,
    publisher: given.publisher,
    published: given.published,
    lang: given.lang,
    kind: given.kind ?? 'article',
    text: text as string,
    meta: { format: 'ndjson', author: given.author },
  };
}

function parseObject(line: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new IngestError(name, `invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new IngestError(name, 'not a JSON object');
  return value as Record<string, unknown>;
}

/** Whether a first line announces NDJSON documents (standard input is sniffed with it). */
export function looksLikeNdjsonLine(line: string): boolean {
  if (!line.trimStart().startsWith('{')) return false;
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === 'object' && value !== null && ('text' in value || 'html' in value);
  } catch {
    return false;
  }
}
