import type { SourcedClaim } from '../contracts/board.js';
import type { Claim } from '../contracts/claim.js';
import type { Document, Source } from '../contracts/document.js';
import type { AddClaimRequest, ClaimFilter, ClaimPage, ClaimRow, ReviewEntry, ReviewRequest } from '../contracts/api.js';

/**
 * The store: one interface, an implementation per engine (SQLite now,
 * PostgreSQL later). Methods are async so that both engines fit.
 */
export interface PreparedDocument {
  /** Complete but for `origin`, which the store assigns from its near-duplicate index. */
  document: Omit<Document, 'origin'>;
  /** MinHash signature (null for texts too short to compare) and its LSH band keys. */
  signature: Uint32Array | null;
  bands: string[];
  /** Where this document was seen: the raw source and the position in it. */
  appearance: Appearance;
  /** The claims extracted from the document's text, stored with it in the same transaction. */
  claims: Claim[];
}

export interface Appearance {
  source: Source;
  sourceSha256: string;
  locator: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
}

export type IngestOutcome =
  | { status: 'added'; document: Document; copyOf: string | null }
  | { status: 'exists'; document: Document };

export interface DocumentQuery {
  limit?: number;
  offset?: number;
  origin?: string;
}

export interface ClaimQuery {
  doc?: string;
  outcome?: string;
  limit?: number;
  offset?: number;
}

export interface SourcedClaimQuery {
  /** Only documents published (or, undated, read) on or after this ISO date. */
  since?: string;
}

export interface StoreStats {
  documents: number;
  claims: number;
  sources: number;
  origins: number;
  schemaVersion: number;
}

export interface StoreProblem {
  /** Which check found it: `integrity`, `foreign keys`, `orphan claims`, `schema version`, … */
  check: string;
  message: string;
}

/** What `check` found: a store is sound when there are no problems. */
export interface StoreCheck {
  location: string;
  engine: 'sqlite' | 'postgres';
  schemaVersion: number;
  /** The schema version this code writes. */
  expectedSchemaVersion: number;
  problems: StoreProblem[];
}

export interface StoreOpenOptions {
  /**
   * false: open the store as it is, neither creating it nor migrating its schema
   * (for `check`, which must see a store as found). Default true.
   */
  migrate?: boolean;
}

export interface Store {
  /** Where the data lives (a file path, or a connection URL without its password). */
  readonly location: string;
  /** Adds a document in one transaction, or records another appearance of one already stored. */
  ingestDocument(prepared: PreparedDocument): Promise<IngestOutcome>;
  /**
   * Adds documents in one transaction, with the same outcomes, in the same order, as calling
   * ingestDocument on each in turn: a later document may be a copy of an earlier one in the batch.
   * All or nothing: if one fails, none is stored.
   */
  ingestDocuments(batch: readonly PreparedDocument[]): Promise<IngestOutcome[]>;
  getDocument(id: string): Promise<Document | null>;
  listDocuments(query?: DocumentQuery): Promise<Document[]>;
  listAppearances(documentId: string): Promise<StoredAppearance[]>;
  /** The claims of one document as extracted (no review applied), by position: what a backup carries. */
  listExtractedClaims(documentId: string): Promise<Claim[]>;
  /** One raw source with its bytes, or null. */
  getSource(sha256: string): Promise<StoredSource | null>;
  /** Claims as reviewed (corrections applied, rejected ones left out, added ones in), in document order (documents by publication), then by position in the document. */
  listClaims(query?: ClaimQuery): Promise<Claim[]>;
  /** Claims with the document each came from (no text), in the same order: what reconcile reads. */
  listSourcedClaims(query?: SourcedClaimQuery): Promise<SourcedClaim[]>;
  stats(): Promise<StoreStats>;
  /** A number that changes whenever the store's contents may have changed (by this process or another): for caches. */
  changeCount(): Promise<number>;
  /** Claims with reviews applied, filtered and keyset-paged in publication order (ClaimFilter of src/contracts/api.ts). */
  queryClaims(filter?: ClaimFilter): Promise<ClaimPage>;
  /** One claim as reviewed (rejected ones too) and as extracted (null for an added claim); null when unknown. */
  getClaim(id: string): Promise<{ claim: ClaimRow; extracted: Claim | null } | null>;
  /** Records a review of a claim and applies it; throws ReviewError (src/review/review.ts). */
  reviewClaim(id: string, request: ReviewRequest, at?: Date): Promise<ReviewEntry>;
  /** Records an analyst's claim (built by addedClaim) as an `add` review. */
  addClaim(claim: Claim, request: Pick<AddClaimRequest, 'reviewer' | 'note'>, at?: Date): Promise<ReviewEntry>;
  /** The audit log, newest first. */
  listReviews(query?: { claim?: string }): Promise<ReviewEntry[]>;
  /** Verifies the store's structure and references (see StoreCheck); never changes it. */
  check(): Promise<StoreCheck>;
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export interface StoredSource extends Source {
  sha256: string;
}

export interface StoredAppearance {
  document: string;
  source: string;
  name: string;
  locator: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  retrieved: string;
}
