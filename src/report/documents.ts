import type { Document } from '../contracts/document.js';
import { renderTable, type Column } from './text-table.js';

export function dateOf(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}

/** What a person reads first: the title, else the opening words of the text. */
export function headline(document: Pick<Document, 'title' | 'text'>): string {
  return document.title ?? document.text.slice(0, 100);
}

const COLUMNS: readonly Column<Document>[] = [
  { header: 'published', value: (d) => dateOf(d.published) },
  { header: 'id', value: (d) => d.id },
  { header: 'format', value: (d) => d.meta.format ?? d.kind },
  { header: 'publisher', value: (d) => d.publisher ?? '—', max: 24 },
  { header: 'title', value: headline, max: 56 },
  { header: 'origin', value: (d) => (d.origin === d.id ? 'itself' : `copy of ${d.origin}`) },
];

export function documentsTable(documents: readonly Document[]): string {
  return renderTable(documents, COLUMNS);
}

/** The record printed by `--json` for a document: the claims.md Document fields plus provenance. */
export function documentJson(document: Document, withText = false): Record<string, unknown> {
  const { text, ...rest } = document;
  return withText ? { ...rest, text } : { ...rest, chars: text.length };
}

export interface OriginGroup {
  origin: string;
  documents: Document[];
}

/** Clusters of copies (origins with more than one document), earliest document first. */
export function copyGroups(documents: readonly Document[]): OriginGroup[] {
  const byOrigin = new Map<string, Document[]>();
  for (const document of documents) {
    const group = byOrigin.get(document.origin) ?? [];
    group.push(document);
    byOrigin.set(document.origin, group);
  }
  return [...byOrigin.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([origin, group]) => ({ origin, documents: group }));
}

export function describeCopyGroups(groups: readonly OriginGroup[]): string {
  if (groups.length === 0) return 'No near-duplicate copies.';
  return groups
    .map((group) => {
      const [first, ...copies] = [...group.documents].sort((a, b) => (a.id === group.origin ? -1 : b.id === group.origin ? 1 : 0));
      const names = copies.map((d) => `${d.id} (${d.publisher ?? 'unknown publisher'}, ${dateOf(d.published)})`);
      return `Copies of ${group.origin} (${first?.publisher ?? 'unknown publisher'}, ${dateOf(first?.published ?? null)}): ${names.join(', ')}`;
    })
    .join('\n');
}
