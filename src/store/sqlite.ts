import Database from 'better-sqlite3';
import type { Document } from '../contracts/document.js';
import { COPY_THRESHOLD, BAND_SAMPLE, estimatedJaccard, signatureFromBytes, signatureToBytes, type Signature } from '../ingest/near-duplicates.js';
import { earliestOf, matchedOrigins, type ClusterMember } from './origins.js';
import { SQLITE_MIGRATIONS } from './sqlite-schema.js';
import { EXAMPLES, danglingRowProblems, examples, schemaVersionProblem } from './check.js';
import {
  ADDED_POSITION_BASE,
  DOCUMENT_COLUMNS,
  INSERT_REVIEW,
  StoreVersionError,
  UPSERT_REVIEW_STATE,
  newerVersionError,
  reviewOfRow,
  reviewRows,
  reviewStart,
  toDocument,
  type DocumentRow,
  type ReviewContext,
  type ReviewRow,
} from './records.js';
import type { Claim } from '../contracts/claim.js';
import type { ClaimSource, SourcedClaim } from '../contracts/board.js';
import type { AddClaimRequest, ClaimFilter, ClaimPage, ClaimRow, ReviewEntry, ReviewRequest } from '../contracts/api.js';
import { ReviewError, applyReview, type ReviewOutcome } from '../review/review.js';
import {
  ADDED_ROWS,
  EXTRACTED_ROWS,
  VIEW_ROWS,
  claimRowColumns,
  claimsOrder,
  claimsWhere,
  GrowingTotals,
  claimPage,
  pageSize,
  toClaimRow,
  type ClaimRowRecord,
  type CountMark,
  type RowSource,
} from './sqlite-claims.js';
import type {
  ClaimQuery,
  DocumentQuery,
  IngestOutcome,
  PreparedDocument,
  Store,
  SourcedClaimQuery,
  StoreCheck,
  StoreOpenOptions,
  StoreProblem,
  StoreStats,
  StoredAppearance,
  StoredSource,
} from './store.js';

interface MemberRow {
  id: string;
  origin: string;
  published: string | null;
  retrieved: string;
  signature: Buffer | null;
}

export { StoreVersionError };

export function openSqliteStore(path: string, options: StoreOpenOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;

  constructor(path: string, { migrate = true }: StoreOpenOptions = {}) {
    this.location = path;
    this.db = new Database(path, { timeout: 10_000, fileMustExist: !migrate });
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      if (migrate) this.migrate();
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, compiled once per store: preparing costs more than running most of them. */
  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  private migrate(): void {
    const current = this.schemaVersion;
    if (current > SQLITE_MIGRATIONS.length) {
      throw newerVersionError(this.location, current, SQLITE_MIGRATIONS.length);
    }
    if (current === SQLITE_MIGRATIONS.length) return;
    // Each step reads the version again under the write lock: another process opening the same store at the
    // same time may have taken the step meanwhile, and running it twice fails ("table … already exists").
    const step = this.db.transaction((): boolean => {
      const version = this.schemaVersion;
      if (version > SQLITE_MIGRATIONS.length) throw newerVersionError(this.location, version, SQLITE_MIGRATIONS.length);
      if (version === SQLITE_MIGRATIONS.length) return false;
      this.db.exec(SQLITE_MIGRATIONS[version] as string);
      this.db.pragma(`user_version = ${version + 1}`);
      return true;
    });
    while (step.immediate()) {
      // one migration a transaction, as before
    }
  }

  async ingestDocument(prepared: PreparedDocument): Promise<IngestOutcome> {
    const [outcome] = await this.ingestDocuments([prepared]);
    return outcome as IngestOutcome;
  }

  async ingestDocuments(batch: readonly PreparedDocument[]): Promise<IngestOutcome[]> {
    this.writes++;
    // IMMEDIATE: take the write lock before reading, so two processes cannot both decide a document is new.
    return this.db.transaction((all: readonly PreparedDocument[]) => all.map((next) => this.ingestNow(next))).immediate(batch);
  }

  private ingestNow(prepared: PreparedDocument): IngestOutcome {
    const { document } = prepared;
    this.ensureSource(prepared);
    const existing = this.readDocument(document.id);
    if (existing) {
      this.recordAppearance(document.id, prepared);
      return { status: 'exists', document: existing };
    }
    const clusters = prepared.signature ? matchedOrigins(prepared.signature, this.similarDocuments(prepared.signature, prepared.bands)) : [];
    const origin = this.originFor(document, clusters);
    const meta = JSON.stringify(document.meta);
    this.statement(
      `INSERT INTO documents (id, url, title, publisher, published, retrieved, lang, kind, text, origin, source, meta, signature)
       VALUES (@id, @url, @title, @publisher, @published, @retrieved, @lang, @kind, @text, @origin, @source, @meta, @signature)`,
    ).run({ ...document, origin, meta, signature: prepared.signature ? signatureToBytes(prepared.signature) : null });
    this.rememberSignature(document.id, prepared.signature);
    const reassign = this.statement('UPDATE documents SET origin = ? WHERE origin = ?');
    for (const cluster of clusters) if (cluster !== origin) reassign.run(origin, cluster);
    const band = this.statement('INSERT OR IGNORE INTO document_bands (band, document) VALUES (?, ?)');
    for (const key of prepared.bands) band.run(key, document.id);
    this.recordAppearance(document.id, prepared);
    this.insertClaims(prepared);
    // What readDocument would return, without reading it back.
    const stored = toDocument({ ...document, origin, meta });
    return { status: 'added', document: stored, copyOf: clusters.length > 0 ? stored.origin : null };
  }

  private insertClaims({ claims }: PreparedDocument): void {
    const insert = this.statement(
      'INSERT OR REPLACE INTO claims (id, doc, position, outcome, value, stance, speaker, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    claims.forEach((claim, position) => {
      insert.run(claim.id, claim.doc, position, claim.outcome, claim.quantity?.value ?? null, claim.stance, claim.speaker?.text ?? null, JSON.stringify(claim));
    });
  }

  private ensureSource({ appearance }: PreparedDocument): void {
    const known = this.statement('SELECT 1 FROM sources WHERE sha256 = ?').get(appearance.sourceSha256);
    if (known) return;
    const { source } = appearance;
    this.statement(
      'INSERT INTO sources (sha256, name, url, content_type, retrieved, size, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(appearance.sourceSha256, source.name, source.url, source.contentType, source.retrieved, source.bytes.length, source.bytes);
  }

  private recordAppearance(documentId: string, { appearance }: PreparedDocument): void {
    this.statement(
      `INSERT OR IGNORE INTO appearances (document, source, name, locator, url, publisher, published, retrieved)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      documentId,
      appearance.sourceSha256,
      appearance.source.name,
      appearance.locator ?? '',
      appearance.url,
      appearance.publisher,
      appearance.published,
      appearance.source.retrieved,
    );
  }

  /**
   * The stored documents that share a band with the new one and are similar
   * enough to be copies. Only their ids come from the band index; signatures
   * come from a cache (a document's signature never changes: it is a function
   * of its text, hence of its id) because reading one from `documents` means
   * walking past the text's overflow pages. Origins, which do change, are read
   * for the few similar documents only.
   */
  private similarDocuments(signature: Signature, bands: readonly string[]): ClusterMember[] {
    if (bands.length === 0) return [];
    const holders = this.statement('SELECT document FROM document_bands WHERE band = ? ORDER BY document LIMIT ?').pluck();
    const ids = new Set<string>();
    for (const band of bands) for (const id of holders.all(band, BAND_SAMPLE) as string[]) ids.add(id);
    const similar: ClusterMember[] = [];
    for (const id of ids) {
      const stored = this.signatureOfStored(id);
      if (!stored || estimatedJaccard(signature, stored) < COPY_THRESHOLD) continue;
      const row = this.statement('SELECT origin, published, retrieved FROM documents WHERE id = ?').get(id) as Omit<MemberRow, 'id' | 'signature'>;
      similar.push({ id, ...row, signature: stored });
    }
    return similar;
  }

  private readonly signatures = new Map<string, Signature | null>();

  private signatureOfStored(id: string): Signature | null {
    const cached = this.signatures.get(id);
    if (cached !== undefined) return cached;
    const row = this.statement('SELECT signature FROM documents WHERE id = ?').get(id) as { signature: Buffer | null };
    const signature = row.signature ? signatureFromBytes(row.signature) : null;
    this.rememberSignature(id, signature);
    return signature;
  }

  private rememberSignature(id: string, signature: Signature | null): void {
    // Bounded, oldest out first: about 20 MB at most.
    if (this.signatures.size >= SIGNATURE_CACHE_SIZE) this.signatures.delete(this.signatures.keys().next().value as string);
    this.signatures.set(id, signature);
  }

  private originFor(document: PreparedDocument['document'], clusters: readonly string[]): string {
    if (clusters.length === 0) return document.id;
    const origins = this.statement(`SELECT id, published, retrieved FROM documents WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(clusters)) as Array<Pick<ClusterMember, 'id' | 'published' | 'retrieved'>>;
    return earliestOf([...origins, document]).id;
  }

  private readDocument(id: string): Document | null {
    const row = this.statement(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`).get(id) as
      | DocumentRow
      | undefined;
    return row ? toDocument(row) : null;
  }

  async getDocument(id: string): Promise<Document | null> {
    return this.readDocument(id);
  }

  async listDocuments(query: DocumentQuery = {}): Promise<Document[]> {
    const rows = this.statement(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents
       WHERE (@origin IS NULL OR origin = @origin)
       ORDER BY COALESCE(published, retrieved), seq
       LIMIT @limit OFFSET @offset`,
    ).all({ origin: query.origin ?? null, limit: query.limit ?? -1, offset: query.offset ?? 0 }) as DocumentRow[];
    return rows.map(toDocument);
  }

  async listAppearances(documentId: string): Promise<StoredAppearance[]> {
    return this.statement(
      `SELECT document, source, name, NULLIF(locator, '') AS locator, url, publisher, published, retrieved
       FROM appearances WHERE document = ? ORDER BY retrieved, name`,
    ).all(documentId) as StoredAppearance[];
  }

  async listExtractedClaims(documentId: string): Promise<Claim[]> {
    const records = this.statement('SELECT record FROM claims WHERE doc = ? ORDER BY position, id').pluck().all(documentId) as string[];
    return records.map((record) => JSON.parse(record) as Claim);
  }

  async getSource(sha256: string): Promise<StoredSource | null> {
    const row = this.statement(
      'SELECT sha256, name, url, content_type AS contentType, retrieved, bytes FROM sources WHERE sha256 = ?',
    ).get(sha256) as StoredSource | undefined;
    return row ?? null;
  }

  async listClaims(query: ClaimQuery = {}): Promise<Claim[]> {
    const rows = this.statement(
      `SELECT c.record FROM effective_claims c JOIN documents d ON d.id = c.doc
       WHERE (@doc IS NULL OR c.doc = @doc) AND (@outcome IS NULL OR c.outcome = @outcome)
       ORDER BY COALESCE(d.published, d.retrieved), d.seq, c.position, c.id
       LIMIT @limit OFFSET @offset`,
    ).all({ doc: query.doc ?? null, outcome: query.outcome ?? null, limit: query.limit ?? -1, offset: query.offset ?? 0 }) as Array<{ record: string }>;
    return rows.map((row) => JSON.parse(row.record) as Claim);
  }

  async listSourcedClaims(query: SourcedClaimQuery = {}): Promise<SourcedClaim[]> {
    const rows = this.statement(
      `SELECT c.record, d.id, d.url, d.title, d.publisher, d.published, d.retrieved, d.origin
       FROM effective_claims c JOIN documents d ON d.id = c.doc
       WHERE @since IS NULL OR substr(COALESCE(d.published, d.retrieved), 1, 10) >= @since
       ORDER BY COALESCE(d.published, d.retrieved), d.seq, c.position`,
    ).all({ since: query.since?.slice(0, 10) ?? null }) as Array<{ record: string } & ClaimSource>;
    return rows.map(({ record, ...source }) => ({ claim: JSON.parse(record) as Claim, source }));
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string) => (this.statement(sql).get() as { n: number }).n;
    return {
      documents: count('SELECT count(*) AS n FROM documents'),
      claims: count('SELECT count(*) AS n FROM claims'),
      sources: count('SELECT count(*) AS n FROM sources'),
      origins: count('SELECT count(DISTINCT origin) AS n FROM documents'),
      schemaVersion: this.schemaVersion,
    };
  }

  async queryClaims(filter: ClaimFilter = {}): Promise<ClaimPage> {
    const limit = pageSize(filter.limit);
    const pageOf = (source: RowSource) => {
      const page = claimsWhere(filter, true, source);
      return this.db
        .prepare(`SELECT ${claimRowColumns(source)} FROM ${source.from} ${page.sql} ORDER BY ${claimsOrder(source)} LIMIT ${limit + 1}`)
        .all(page.params) as ClaimRowRecord[];
    };
    const total = this.claimTotal(filter);
    // A first page of a filter nothing matches: the page query would walk every document looking for a match (126 ms at 100k claims).
    if (total === 0 && !filter.cursor) return claimPage([], [], limit, 0);
    return claimPage(pageOf(EXTRACTED_ROWS), pageOf(ADDED_ROWS), limit, total);
  }

  /** Totals are asked for with every page of a listing: kept per filter and brought up to date as the store grows. */
  private readonly totals = new GrowingTotals();
  /** This connection's writes, for changeCount (PRAGMA data_version counts only other connections' commits). */
  private writes = 0;

  async changeCount(): Promise<number> {
    return (this.statement('PRAGMA data_version').get() as { data_version: number }).data_version + this.writes;
  }

  private claimTotal(filter: ClaimFilter): number {
    // One read transaction: the mark and the count see the same snapshot, whatever other connections commit meanwhile.
    return this.db.transaction(() => this.totals.total(filter, this.countMark(), (after) => this.countClaims(filter, after))).deferred();
  }

  private countMark(): CountMark {
    return this.statement(
      'SELECT (SELECT COALESCE(max(seq), 0) FROM documents) AS document, (SELECT COALESCE(max(id), 0) FROM reviews) AS review',
    ).get() as CountMark;
  }

  /**
   * The claims matching the filter, of the documents after seq `after` (all when null). Counted over the
   * tables the pages read rather than the reviewed_claims view, which SQLite builds whole before filtering
   * (a publisher or date filter: 230 ms through the view, 2–4 ms over the tables, at 100k claims).
   */
  private countClaims(filter: ClaimFilter, after: number | null): number {
    let n = 0;
    for (const source of [EXTRACTED_ROWS, ADDED_ROWS]) {
      const where = claimsWhere(filter, false, source);
      const since = after === null ? '' : `${where.sql ? ' AND' : 'WHERE'} d.seq > @after_seq`;
      const params = after === null ? where.params : { ...where.params, after_seq: after };
      n += (this.db.prepare(`SELECT count(*) AS n FROM ${source.from} ${where.sql}${since}`).get(params) as { n: number }).n;
    }
    return n;
  }

  async getClaim(id: string): Promise<{ claim: ClaimRow; extracted: Claim | null } | null> {
    return this.readClaim(id);
  }

  private readClaim(id: string): { claim: ClaimRow; extracted: Claim | null } | null {
    const row = this.statement(`SELECT ${claimRowColumns(VIEW_ROWS)} FROM ${VIEW_ROWS.from} WHERE e.id = ?`)
      .get(id) as ClaimRowRecord | undefined;
    if (!row) return null;
    const extracted = this.statement('SELECT record FROM claims WHERE id = ?').get(id) as { record: string } | undefined;
    return { claim: toClaimRow(row), extracted: extracted ? (JSON.parse(extracted.record) as Claim) : null };
  }

  async reviewClaim(id: string, request: ReviewRequest, at = new Date()): Promise<ReviewEntry> {
    this.writes++;
    return this.db.transaction(() => {
      const found = this.readClaim(id);
      if (!found) throw new ReviewError('missing', `no claim ${id}`);
      const { current, before } = reviewStart(found);
      const position = (this.statement('SELECT position FROM reviewed_claims WHERE id = ?').get(id) as { position: number }).position;
      return this.recordReview(request.action, applyReview(current, request), { before, position, at, ...request });
    }).immediate();
  }

  async addClaim(claim: Claim, request: Pick<AddClaimRequest, 'reviewer' | 'note'>, at = new Date()): Promise<ReviewEntry> {
    this.writes++;
    return this.db.transaction(() => {
      if (!this.readDocument(claim.doc)) throw new ReviewError('missing', `no document ${claim.doc}`);
      if (this.readClaim(claim.id)) throw new ReviewError('invalid', `claim ${claim.id} is already there; review it instead`);
      // After the document's extracted claims, in text order.
      const position = ADDED_POSITION_BASE + claim.sentence.start;
      return this.recordReview('add', { state: 'added', after: claim, record: claim }, { before: null, position, at, ...request });
    }).immediate();
  }

  private recordReview(action: ReviewEntry['action'], outcome: ReviewOutcome, context: ReviewContext): ReviewEntry {
    const rows = reviewRows(action, outcome, context);
    const { lastInsertRowid } = this.statement(INSERT_REVIEW).run(...rows.review);
    this.statement(UPSERT_REVIEW_STATE).run(...rows.state);
    return rows.entry(Number(lastInsertRowid));
  }

  async listReviews(query: { claim?: string } = {}): Promise<ReviewEntry[]> {
    const rows = this.statement('SELECT * FROM reviews WHERE @claim IS NULL OR claim = @claim ORDER BY id DESC')
      .all({ claim: query.claim ?? null }) as ReviewRow[];
    return rows.map(reviewOfRow);
  }

  async check(): Promise<StoreCheck> {
    const problems = [...this.integrityProblems(), ...this.foreignKeyProblems(), ...schemaVersionProblem(this.schemaVersion, SQLITE_MIGRATIONS.length)];
    if (this.schemaVersion === SQLITE_MIGRATIONS.length) {
      problems.push(...(await danglingRowProblems(async (sql) => this.db.prepare(sql).all() as Array<{ id: string; n: number }>)));
    }
    return { location: this.location, engine: 'sqlite', schemaVersion: this.schemaVersion, expectedSchemaVersion: SQLITE_MIGRATIONS.length, problems };
  }

  private integrityProblems(): StoreProblem[] {
    const lines = this.db.pragma('integrity_check', { simple: false }) as Array<{ integrity_check: string }>;
    if (lines.length === 1 && lines[0]?.integrity_check === 'ok') return [];
    return lines.map((line) => ({ check: 'integrity', message: line.integrity_check }));
  }

  /** PRAGMA foreign_key_check's rows, one problem per table and the table it refers to. */
  private foreignKeyProblems(): StoreProblem[] {
    const rows = this.db.pragma('foreign_key_check') as Array<{ table: string; rowid: number | null; parent: string }>;
    const byPair = new Map<string, Array<number | null>>();
    for (const row of rows) {
      const key = `${row.table}\u0000${row.parent}`;
      byPair.set(key, [...(byPair.get(key) ?? []), row.rowid]);
    }
    return [...byPair].map(([key, rowids]) => {
      const [table, parent] = key.split('\u0000');
      // A WITHOUT ROWID table's rows have no rowid to name.
      const shown = rowids.filter((rowid) => rowid !== null).slice(0, EXAMPLES).map((rowid) => `rowid ${rowid}`);
      const named = shown.length > 0 ? ` (${examples(shown, rowids.length)})` : '';
      return { check: 'foreign keys', message: `${rowids.length} rows of ${table} refer to missing rows of ${parent}${named}` };
    });
  }

  async getMeta(key: string): Promise<string | null> {
    const row = this.statement('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

const SIGNATURE_CACHE_SIZE = 32_768;
