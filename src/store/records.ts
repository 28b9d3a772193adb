import type { ClaimRow, ReviewEntry } from '../contracts/api.js';
import type { Claim } from '../contracts/claim.js';
import type { Document, DocumentKind, DocumentMeta } from '../contracts/document.js';
import type { ReviewOutcome } from '../review/review.js';
import { claimOfRow } from './sqlite-claims.js';

/** What both engines store and read back the same way. */
export class StoreVersionError extends Error {}

/** A documents row: the Document with its kind unchecked and its meta as JSON text. */
export type DocumentRow = Omit<Document, 'kind' | 'meta'> & { kind: string; meta: string };

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

export interface ReviewContext {
  before: Claim | null;
  position: number;
  at: Date;
  reviewer: string;
  note?: string;
}

/** What a review of a stored claim starts from: the claim as it reads now, and as it read before (null when rejected). */
export function reviewStart(found: { claim: ClaimRow }): { current: Claim; before: Claim | null } {
  const current = claimOfRow(found.claim);
  return { current, before: found.claim.review === 'rejected' ? null : current };
}

/** ? placeholders, in the order of reviewRows(…).state. */
export const UPSERT_REVIEW_STATE = `INSERT INTO review_state (claim, doc, state, position, outcome, stance, speaker, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (claim) DO UPDATE SET state = excluded.state, outcome = excluded.outcome, stance = excluded.stance,
    speaker = excluded.speaker, record = excluded.record`;

/** ? placeholders, in the order of reviewRows(…).review. */
export const INSERT_REVIEW = 'INSERT INTO reviews (claim, doc, action, reviewer, note, at, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';

/** A review as the values of its reviews and review_state rows, and the log entry it becomes once the reviews row has its id. */
export function reviewRows(action: ReviewEntry['action'], outcome: ReviewOutcome, context: ReviewContext) {
  const { record } = outcome;
  const at = context.at.toISOString();
  return {
    review: [record.id, record.doc, action, context.reviewer, context.note ?? null, at, jsonOrNull(context.before), jsonOrNull(outcome.after)],
    state: [record.id, record.doc, outcome.state, context.position, record.outcome, record.stance, record.speaker?.text ?? null, JSON.stringify(record)],
    entry: (id: number): ReviewEntry => ({
      id,
      claim: record.id,
      doc: record.doc,
      action,
      reviewer: context.reviewer,
      note: context.note ?? null,
      at,
      before: context.before,
      after: outcome.after,
    }),
  };
}

export type ReviewRow = Omit<ReviewEntry, 'before' | 'after'> & { before: string | null; after: string | null };

export function reviewOfRow(row: ReviewRow): ReviewEntry {
  return { ...row, before: parseOrNull(row.before), after: parseOrNull(row.after) };
}
