import type { Document } from '../contracts/document.js';
import type { StoredAppearance } from '../store/store.js';
import { oneLine } from './text-table.js';

/** One document for reading on a terminal: fields, the places it was seen, then its text. */
export function formatDocument(document: Document, appearances: readonly StoredAppearance[]): string {
  const field = (name: string, value: string | null | undefined) => `${name.padEnd(10)} ${oneLine(value ?? '—')}`;
  const lines = [
    field('id', document.id),
    field('title', document.title),
    field('publisher', document.publisher),
    field('published', document.published),
    field('url', document.url),
    field('kind', `${document.kind} (${document.meta.format ?? 'unknown format'})`),
    field('lang', document.lang),
    field('origin', document.origin === document.id ? 'itself (no earlier copy)' : document.origin),
    field('source', `sha256:${document.source}`),
    'seen in:',
    ...appearances.map((a) => `  ${oneLine(a.name)}${a.locator ? ` [${a.locator}]` : ''}, read ${a.retrieved}`),
    '',
    // Text is printed as stored but without terminal control characters.
    document.text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''),
    '',
  ];
  return lines.join('\n');
}
