/**
 * The HTTP API of `corroborate serve`: what the web UI and other tools read.
 * Every path is under /api; every body is JSON unless said otherwise.
 *
 *   GET  /api/health                      → Health
 *   GET  /api/stats                       → StoreStats (src/store/store.ts)
 *   GET  /api/board?subject=&outcome=&since=   → Board (shared/spec/board.md), reviews applied
 *   GET  /api/figures/:id                 → FigureTimeline
 *   GET  /api/claims?…ClaimFilter…        → ClaimPage (keyset-paged; `cursor` from the previous page's `next`)
 *   GET  /api/claims/:id                  → ClaimDetail
 *   GET  /api/documents?limit=&offset=    → DocumentSummary[]
 *   GET  /api/documents/:id               → DocumentDetail (text, appearances, claims)
 *   GET  /api/relations?verdict=          → RelationView[]
 *   GET  /api/brief?format=md|html[&download=1]  → text/markdown or text/html (attachment when download=1)
 *   POST /api/sources                     → IngestResponse; body: {"url": "…"} or {"text": "…", "title"?, "publisher"?, "published"?, "url"?}
 *                                           as JSON, or a file as the raw request body (Content-Type of the file,
 *                                           X-Filename header), streamed to the ingest pipeline
 *   POST /api/claims/:id/review           → ReviewEntry; body: ReviewRequest
 *   POST /api/claims                      → ReviewEntry (a missed claim added from a text selection); body: AddClaimRequest
 *   GET  /api/reviews?claim=              → ReviewEntry[] (the audit log, newest first)
 *
 * Errors: { "error": "…" } with status 400 (bad input), 401 (write without
 * the token on a non-loopback bind), 404, 413 (body too large), 415, 500.
 */
import type { Board, BoardClaim, Figure, Relation, Verdict } from './board.js';
import type { Claim, Outcome, Stance } from './claim.js';
import type { Document } from './document.js';

export interface Health {
  ok: true;
  version: string;
  store: string;
}

export interface ClaimFilter {
  /** Words that must all appear in the evidence sentence, speaker or group (case-insensitive). */
  q?: string;
  speaker?: string;
  outcome?: Outcome;
  stance?: Stance;
  publisher?: string;
  doc?: string;
  /** Publication dates, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Review state filter: "unreviewed" | "confirmed" | "corrected" | "rejected" | "added". */
  review?: ReviewState | 'unreviewed';
  limit?: number;
  cursor?: string;
}

/** A claim as lists show it: the claims.md record (reviews applied) and where it appeared. */
export interface ClaimRow extends Claim {
  published: string | null;
  publisher: string | null;
  url: string | null;
  title: string | null;
  review: ReviewState | null;
}

export interface ClaimPage {
  claims: ClaimRow[];
  /** Opaque cursor for the next page, or null at the end. */
  next: string | null;
  /** Claims matching the filter in all. */
  total: number;
}

export interface DocumentSummary {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  origin: string;
  kind: Document['kind'];
  claims: number;
}

export interface DocumentDetail extends Omit<Document, 'source'> {
  appearances: Array<{ name: string; url: string | null; publisher: string | null; published: string | null; retrieved: string }>;
  claims: ClaimRow[];
}

export interface ClaimDetail {
  claim: ClaimRow;
  /** The claim as the extractor produced it, before any review (null for an analyst's added claim). */
  extracted: Claim | null;
  document: DocumentSummary;
  reviews: ReviewEntry[];
  /** Where the claim stands on the board: its figure and the relations that touch it. */
  figure: string | null;
  relations: Relation[];
}

export interface FigureTimeline {
  figure: Figure;
  /** Its claims in publication order. */
  claims: BoardClaim[];
  relations: Relation[];
}

export interface RelationView extends Relation {
  claims: { a: BoardClaim; b: BoardClaim };
}

export type ReviewState = 'confirmed' | 'corrected' | 'rejected' | 'added';

export interface ReviewRequest {
  action: 'confirm' | 'correct' | 'reject';
  /** For "correct": any fields of the claim record to replace (not id, doc or sentence). */
  fields?: Partial<Omit<Claim, 'id' | 'doc' | 'sentence'>>;
  /** Who reviews: free text (a name or handle). */
  reviewer: string;
  note?: string;
}

export interface AddClaimRequest {
  doc: string;
  /** UTF-16 offsets of the selected text in the document; the claim's sentence is the sentence around it. */
  start: number;
  end: number;
  fields: Omit<Claim, 'id' | 'doc' | 'sentence'>;
  reviewer: string;
  note?: string;
}

export interface ReviewEntry {
  id: number;
  claim: string;
  doc: string;
  action: 'confirm' | 'correct' | 'reject' | 'add';
  reviewer: string;
  note: string | null;
  /** ISO date-time. */
  at: string;
  before: Claim | null;
  after: Claim | null;
}

export interface IngestResponse {
  results: Array<{ name: string; status: 'added' | 'exists' | 'failed'; document: string | null; claims: number; error: string | null }>;
}

export type { Board, Verdict };
