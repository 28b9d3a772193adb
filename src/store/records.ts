import type { Claim } from '../contracts/claim.js';
import type { Document, DocumentKind, DocumentMeta } from '../contracts/document.js';

/** What both engines store and read back the same way. */
export class StoreVersionError extends Error {}

export interface DocumentRow {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  retrieved: string;
  lang: string | null;
  kind: string;
  text: string;
  origin: string;
  source: string;
  meta: string;
}

export const DOCUMENT_COLUMNS = 'id, url, title, publisher, published, retrieved, lang, kind, text, origin, source, meta';

/** Positions of added claims: past any document's extracted claims, ordered by where their sentence starts. */
export const ADDED_POSITION_BASE = 1_000_000_000;

export function jsonOrNull(claim: Claim | null): string | null {
  return claim ? JSON.stringify(claim) : null;
}

export function parseOrNull(record: string | null): Claim | null {
  return record ? (JSON.parse(record) as Claim) : null;
}

export function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    retrieved: row.retrieved,
    lang: row.lang,
    kind: row.kind as DocumentKind,
    text: row.text,
    origin: row.origin,
    source: row.source,
    meta: JSON.parse(row.meta) as DocumentMeta,
  };
}

/** The version-too-new refusal, worded the same for both engines. */
export function newerVersionError(location: string, found: number, known: number): StoreVersionError {
  return new StoreVersionError(
    `${location}: store schema version ${found} is newer than this corroborate knows (${known}); upgrade corroborate`,
  );
}
