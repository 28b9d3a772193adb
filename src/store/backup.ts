import type { ReviewEntry } from '../contracts/api.js';
import type { Claim } from '../contracts/claim.js';
import type { Document } from '../contracts/document.js';
import type { Store, StoredAppearance } from './store.js';

/**
 * The whole-store backup: NDJSON, one record a line, in the order an import
 * needs them:
 *   {"type":"header","format":"corroborate-backup","version":1,"schema":…,"created":…}
 *   {"type":"source",…,"bytes":"<base64>"}   (just before the first document read from it)
 *   {"type":"document","document":{…},"appearances":[…],"claims":[…as extracted]}
 *   {"type":"review","review":{…}}            (the audit log, oldest first)
 *   {"type":"end","sources":n,"documents":n,"reviews":n}
 * The end line tells a complete backup from a truncated one.
 */
export const BACKUP_FORMAT = 'corroborate-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  type: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  schema: number;
  created: string;
}

export interface BackupSource {
  type: 'source';
  sha256: string;
  name: string;
  url: string | null;
  contentType: string | null;
  retrieved: string;
  bytes: string;
}

export interface BackupDocument {
  type: 'document';
  document: Document;
  appearances: StoredAppearance[];
  claims: Claim[];
}

export interface BackupReview {
  type: 'review';
  review: ReviewEntry;
}

export interface BackupEnd {
  type: 'end';
  sources: number;
  documents: number;
  reviews: number;
}

export type BackupLine = BackupHeader | BackupSource | BackupDocument | BackupReview | BackupEnd;

const PAGE = 200;

const line = (record: BackupLine): string => `${JSON.stringify(record)}\n`;

/** The store as backup lines, read a page of documents at a time. */
export async function* backupLines(store: Store, now = new Date()): AsyncGenerator<string> {
  const { schemaVersion } = await store.stats();
  yield line({ type: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: schemaVersion, created: now.toISOString() });
  const written = new Set<string>();
  let documents = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listDocuments({ limit: PAGE, offset });
    for (const document of page) {
      const appearances = await store.listAppearances(document.id);
      for (const sha256 of new Set([document.source, ...appearances.map((a) => a.source)])) {
        if (written.has(sha256)) continue;
        const source = await store.getSource(sha256);
        if (!source) throw new Error(`source ${sha256} of document ${document.id} is missing from the store`);
        written.add(sha256);
        yield line({ type: 'source', sha256, name: source.name, url: source.url, contentType: source.contentType, retrieved: source.retrieved, bytes: source.bytes.toString('base64') });
      }
      yield line({ type: 'document', document, appearances, claims: await store.listExtractedClaims(document.id) });
      documents++;
    }
    if (page.length < PAGE) break;
  }
  // The audit log is read whole: listReviews has no paging, and it grows with analysts' work, not with the corpus.
  const reviews = (await store.listReviews()).reverse();
  for (const review of reviews) yield line({ type: 'review', review });
  yield line({ type: 'end', sources: written.size, documents, reviews: reviews.length });
}
