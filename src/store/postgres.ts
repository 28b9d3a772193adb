import pg from 'pg';
import type { Claim } from '../contracts/claim.js';
import type { ClaimSource, SourcedClaim } from '../contracts/board.js';
import type { Document } from '../contracts/document.js';
import type { AddClaimRequest, ClaimFilter, ClaimPage, ClaimRow, ReviewEntry, ReviewRequest } from '../contracts/api.js';
import { BAND_SAMPLE, signatureFromBytes, signatureToBytes } from '../ingest/near-duplicates.js';
import { ReviewError, applyReview, type ReviewOutcome } from '../review/review.js';
import { planBatch, type BatchPlan, type StoredNeighbours } from './batch-origins.js';
import { POSTGRES_MIGRATIONS } from './postgres-schema.js';
import { danglingRowProblems, schemaVersionProblem } from './check.js';
import { POSTGRES_DIALECT, numbered, positional } from './postgres-sql.js';
import {
  ADDED_POSITION_BASE,
  DOCUMENT_COLUMNS,
  INSERT_REVIEW,
  UPSERT_REVIEW_STATE,
  newerVersionError,
  parseOrNull,
  reviewOfRow,
  reviewRows,
  reviewStart,
  toDocument,
  type DocumentRow,
  type ReviewContext,
  type ReviewRow,
} from './records.js';
import {
  ADDED_ROWS,
  VIEW_ROWS,
  claimRowColumns,
  claimsOrder,
  claimsWhere,
  extractedRows,
  ClaimTotals,
  claimPage,
  pageSize,
  toClaimRow,
  type ClaimRowRecord,
  type RowSource,
} from './sqlite-claims.js';
import type {
  ClaimQuery,
  DocumentQuery,
  IngestOutcome,
  PreparedDocument,
  SourcedClaimQuery,
  Store,
  StoreCheck,
  StoreOpenOptions,
  StoreStats,
  StoredAppearance,
  StoredSource,
} from './store.js';

type Queryable = pg.Pool | pg.PoolClient;

/**
 * Advisory lock keys. Every write transaction takes WRITE_LOCK first, so
 * writers in any number of processes decide one after another, as SQLite's
 * single writer does: two of them never both find a document new.
 */
const WRITE_LOCK = 0x636f7231;
const MIGRATION_LOCK = 0x636f7232;

const EXTRACTED_ROWS = extractedRows(POSTGRES_DIALECT);

/** bigint (counts, seq, positions) as a JS number: the values stay far below 2^53. */
function typeParser(oid: number, format?: string): (value: string) => unknown {
  if (oid === pg.types.builtins.INT8) return Number;
  return pg.types.getTypeParser(oid, format as 'text');
}

export async function openPostgresStore(url: string, location: string, { migrate: migrating = true }: StoreOpenOptions = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4, types: { getTypeParser: typeParser } as pg.CustomTypesConfig });
  // An idle connection dropped by the server must not end the process; the next query reconnects.
  pool.on('error', () => {});
  try {
    const version = migrating ? await migrate(pool, location) : await storedVersion(pool);
    return new PostgresStore(pool, location, version);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function migrate(pool: pg.Pool, location: string): Promise<number> {
  return inTransaction(pool, MIGRATION_LOCK, async (client) => {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT COALESCE(max(version), 0) AS version FROM schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > POSTGRES_MIGRATIONS.length) throw newerVersionError(location, current, POSTGRES_MIGRATIONS.length);
    for (let version = current; version < POSTGRES_MIGRATIONS.length; version++) {
      await client.query(POSTGRES_MIGRATIONS[version] as string);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version + 1]);
    }
    return POSTGRES_MIGRATIONS.length;
  });
}

/** The schema version schema_migrations records; 0 when there is no such table. */
async function storedVersion(pool: Queryable): Promise<number> {
  const { rows } = await pool.query<{ exists: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`);
  if (!rows[0]?.exists) return 0;
  const versions = await pool.query<{ version: number }>('SELECT COALESCE(max(version), 0) AS version FROM schema_migrations');
  return versions.rows[0]?.version ?? 0;
}

/**
 * Runs `work` in a transaction that first takes the advisory lock `lock`.
 * BEGIN and the lock go in one round trip, as do `finish` (SQL without
 * parameters) and COMMIT: a writer holds the lock for as few round trips as
 * it can.
 */
async function inTransaction<T>(pool: pg.Pool, lock: number, work: (client: pg.PoolClient) => Promise<T>, finish = ''): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${lock})`);
    const result = await work(client);
    await client.query(`${finish}${finish ? '; ' : ''}COMMIT`);
    client.release();
    return result;
  } catch (error) {
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (rollbackError: unknown) => rollbackError as Error,
    );
    client.release(broken);
    throw error;
  }
}

export class PostgresStore implements Store {
  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    readonly schemaVersion: number,
  ) {}

  async ingestDocument(prepared: PreparedDocument): Promise<IngestOutcome> {
    const [outcome] = await this.ingestDocuments([prepared]);
    return outcome as IngestOutcome;
  }

  async ingestDocuments(batch: readonly PreparedDocument[]): Promise<IngestOutcome[]> {
    if (batch.length === 0) return [];
    return this.write(async (client) => {
      const plan = planBatch(batch, await readNeighbours(client, batch));
      await writeBatch(client, batch, plan);
      return plan.outcomes;
    });
  }

  /** A write transaction: serialised with every other writer, and counted for changeCount. */
  private write<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, WRITE_LOCK, work, 'UPDATE store_changes SET count = count + 1');
  }

  async getDocument(id: string): Promise<Document | null> {
    return readDocument(this.pool, id);
  }

  async listDocuments(query: DocumentQuery = {}): Promise<Document[]> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents
       WHERE ($1::text IS NULL OR origin = $1)
       ORDER BY COALESCE(published, retrieved), seq
       LIMIT $2 OFFSET $3`,
      [query.origin ?? null, query.limit ?? null, query.offset ?? 0],
    );
    return rows.map(toDocument);
  }

  async listAppearances(documentId: string): Promise<StoredAppearance[]> {
    const { rows } = await this.pool.query<StoredAppearance>(
      `SELECT document, source, name, NULLIF(locator, '') AS locator, url, publisher, published, retrieved
       FROM appearances WHERE document = $1 ORDER BY retrieved, name`,
      [documentId],
    );
    return rows;
  }

  async listExtractedClaims(documentId: string): Promise<Claim[]> {
    const { rows } = await this.pool.query<{ record: string }>('SELECT record FROM claims WHERE doc = $1 ORDER BY position, id', [documentId]);
    return rows.map((row) => JSON.parse(row.record) as Claim);
  }

  async getSource(sha256: string): Promise<StoredSource | null> {
    const { rows } = await this.pool.query<StoredSource>(
      'SELECT sha256, name, url, content_type AS "contentType", retrieved, bytes FROM sources WHERE sha256 = $1',
      [sha256],
    );
    return rows[0] ?? null;
  }

  async listClaims(query: ClaimQuery = {}): Promise<Claim[]> {
    const { rows } = await this.pool.query<{ record: string }>(
      `SELECT c.record FROM effective_claims c JOIN documents d ON d.id = c.doc
       WHERE ($1::text IS NULL OR c.doc = $1) AND ($2::text IS NULL OR c.outcome = $2)
       ORDER BY COALESCE(d.published, d.retrieved), d.seq, c.position, c.id
       LIMIT $3 OFFSET $4`,
      [query.doc ?? null, query.outcome ?? null, query.limit ?? null, query.offset ?? 0],
    );
    return rows.map((row) => JSON.parse(row.record) as Claim);
  }

  async listSourcedClaims(query: SourcedClaimQuery = {}): Promise<SourcedClaim[]> {
    const { rows } = await this.pool.query<{ record: string } & ClaimSource>(
      `SELECT c.record, d.id, d.url, d.title, d.publisher, d.published, d.retrieved, d.origin
       FROM effective_claims c JOIN documents d ON d.id = c.doc
       WHERE $1::text IS NULL OR substr(COALESCE(d.published, d.retrieved), 1, 10) >= $1
       ORDER BY COALESCE(d.published, d.retrieved), d.seq, c.position`,
      [query.since?.slice(0, 10) ?? null],
    );
    return rows.map(({ record, ...source }) => ({ claim: JSON.parse(record) as Claim, source }));
  }

  async stats(): Promise<StoreStats> {
    const { rows } = await this.pool.query<Omit<StoreStats, 'schemaVersion'>>(
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM claims) AS claims,
              (SELECT count(*) FROM sources) AS sources, (SELECT count(DISTINCT origin) FROM documents) AS origins`,
    );
    return { ...(rows[0] as Omit<StoreStats, 'schemaVersion'>), schemaVersion: this.schemaVersion };
  }

  /** The store_changes counter: every write transaction, from any process, bumps it as it commits. */
  async changeCount(): Promise<number> {
    const { rows } = await this.pool.query<{ count: number }>('SELECT count FROM store_changes');
    return rows[0]?.count ?? 0;
  }

  async queryClaims(filter: ClaimFilter = {}): Promise<ClaimPage> {
    const limit = pageSize(filter.limit);
    const pageOf = async (source: RowSource) => {
      const page = claimsWhere(filter, true, source, POSTGRES_DIALECT);
      const sql = `SELECT ${claimRowColumns(source)} FROM ${source.from} ${page.sql} ORDER BY ${claimsOrder(source)} LIMIT ${limit + 1}`;
      return (await this.pool.query<ClaimRowRecord>(positional(sql, page.params))).rows;
    };
    const [extracted, added, total] = await Promise.all([pageOf(EXTRACTED_ROWS), pageOf(ADDED_ROWS), this.claimTotal(filter)]);
    return claimPage(extracted, added, limit, total);
  }

  private readonly totals = new ClaimTotals();

  private async claimTotal(filter: ClaimFilter): Promise<number> {
    const known = this.totals.get(await this.changeCount(), filter);
    if (known !== undefined) return known;
    const all = claimsWhere(filter, false, VIEW_ROWS, POSTGRES_DIALECT);
    const { rows } = await this.pool.query<{ n: number }>(positional(`SELECT count(*) AS n FROM ${VIEW_ROWS.from} ${all.sql}`, all.params));
    return this.totals.set(filter, rows[0]?.n ?? 0);
  }

  async getClaim(id: string): Promise<{ claim: ClaimRow; extracted: Claim | null } | null> {
    return readClaim(this.pool, id);
  }

  async reviewClaim(id: string, request: ReviewRequest, at = new Date()): Promise<ReviewEntry> {
    return this.write(async (client) => {
      const found = await readClaim(client, id);
      if (!found) throw new ReviewError('missing', `no claim ${id}`);
      const { current, before } = reviewStart(found);
      const { rows } = await client.query<{ position: number }>('SELECT position FROM reviewed_claims WHERE id = $1', [id]);
      const position = (rows[0] as { position: number }).position;
      return recordReview(client, request.action, applyReview(current, request), { before, position, at, ...request });
    });
  }

  async addClaim(claim: Claim, request: Pick<AddClaimRequest, 'reviewer' | 'note'>, at = new Date()): Promise<ReviewEntry> {
    return this.write(async (client) => {
      if (!(await readDocument(client, claim.doc))) throw new ReviewError('missing', `no document ${claim.doc}`);
      if (await readClaim(client, claim.id)) throw new ReviewError('invalid', `claim ${claim.id} is already there; review it instead`);
      const position = ADDED_POSITION_BASE + claim.sentence.start;
      return recordReview(client, 'add', { state: 'added', after: claim, record: claim }, { before: null, position, at, ...request });
    });
  }

  async listReviews(query: { claim?: string } = {}): Promise<ReviewEntry[]> {
    const { rows } = await this.pool.query<ReviewRow>(
      `SELECT id, claim, doc, action, reviewer, note, at, before, after FROM reviews
       WHERE $1::text IS NULL OR claim = $1 ORDER BY id DESC`,
      [query.claim ?? null],
    );
    return rows.map(reviewOfRow);
  }

  async getMeta(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]);
    return rows[0]?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.write((client) =>
      client.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]),
    );
  }

  async check(): Promise<StoreCheck> {
    const schemaVersion = await storedVersion(this.pool);
    const expected = POSTGRES_MIGRATIONS.length;
    const problems = schemaVersionProblem(schemaVersion, expected);
    if (schemaVersion === expected) {
      problems.push(...(await danglingRowProblems(async (sql) => (await this.pool.query<{ id: string; n: number }>(sql)).rows)));
    }
    return { location: this.location, engine: 'postgres', schemaVersion, expectedSchemaVersion: expected, problems };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function readDocument(db: Queryable, id: string): Promise<Document | null> {
  const { rows } = await db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
  return rows[0] ? toDocument(rows[0]) : null;
}

async function readClaim(db: Queryable, id: string): Promise<{ claim: ClaimRow; extracted: Claim | null } | null> {
  const { rows } = await db.query<ClaimRowRecord>(`SELECT ${claimRowColumns(VIEW_ROWS)} FROM ${VIEW_ROWS.from} WHERE e.id = $1`, [id]);
  const row = rows[0];
  if (!row) return null;
  const extracted = await db.query<{ record: string }>('SELECT record FROM claims WHERE id = $1', [id]);
  return { claim: toClaimRow(row), extracted: parseOrNull(extracted.rows[0]?.record ?? null) };
}

async function recordReview(client: pg.PoolClient, action: ReviewEntry['action'], outcome: ReviewOutcome, context: ReviewContext): Promise<ReviewEntry> {
  const rows = reviewRows(action, outcome, context);
  const inserted = await client.query<{ id: number }>(`${numbered(INSERT_REVIEW)} RETURNING id`, rows.review);
  await client.query(numbered(UPSERT_REVIEW_STATE), rows.state);
  return rows.entry((inserted.rows[0] as { id: number }).id);
}

/** Everything planBatch needs to know of the stored documents, in two queries. */
async function readNeighbours(client: pg.PoolClient, batch: readonly PreparedDocument[]): Promise<StoredNeighbours> {
  const ids = batch.map((p) => p.document.id);
  const bands = [...new Set(batch.flatMap((p) => p.bands))];
  const existing = await client.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ANY($1::text[])`, [ids]);
  if (bands.length === 0) return { existing: existing.rows, members: [], origins: [] };
  const banded = await client.query<BandedRow>(
    `SELECT b.band, d.id, d.origin, d.published, d.retrieved, d.signature, o.published AS origin_published, o.retrieved AS origin_retrieved
     FROM unnest($1::text[]) AS k(band)
     CROSS JOIN LATERAL (SELECT band, document FROM document_bands WHERE band = k.band ORDER BY document LIMIT $2) b
     JOIN documents d ON d.id = b.document JOIN documents o ON o.id = d.origin`,
    [bands, BAND_SAMPLE],
  );
  const members = new Map<string, StoredNeighbours['members'][number] & { bands: string[] }>();
  const origins = new Map<string, StoredNeighbours['origins'][number]>();
  for (const { band, signature, origin_published, origin_retrieved, ...row } of banded.rows) {
    origins.set(row.origin, { id: row.origin, published: origin_published, retrieved: origin_retrieved });
    const member = members.get(row.id);
    if (member) member.bands.push(band);
    else members.set(row.id, { ...row, signature: signature ? signatureFromBytes(signature) : null, bands: [band] });
  }
  return { existing: existing.rows, members: [...members.values()], origins: [...origins.values()] };
}

interface BandedRow {
  band: string;
  id: string;
  origin: string;
  published: string | null;
  retrieved: string;
  signature: Buffer | null;
  origin_published: string | null;
  origin_retrieved: string;
}

/**
 * The plan as one statement: an INSERT … SELECT FROM unnest(…) per table
 * (one array parameter per column, whatever the batch's size) in
 * data-modifying WITH clauses. Foreign keys are checked at the statement's
 * end, when every table has its rows.
 */
async function writeBatch(client: pg.PoolClient, batch: readonly PreparedDocument[], plan: BatchPlan): Promise<void> {
  const sources = firstOfEach(batch.map((p) => p.appearance), (a) => a.sourceSha256);
  const moved = [...finalOrigins(plan.reassignments)];
  const bands = plan.added.flatMap(({ prepared }) => prepared.bands.map((band) => [band, prepared.document.id]));
  const claims = lastOfEach(plan.added.flatMap(({ prepared }) => prepared.claims.map((claim, position) => ({ claim, position }))), (c) => c.claim.id);
  const params: Cell[][] = [];
  /** The rows as one array parameter per column; returns the parameters' SQL, each cast to its column type. */
  const unnest = <T>(items: readonly T[], types: readonly string[], row: (item: T) => Cell[]) => {
    const rows = items.map(row);
    return types.map((type, i) => {
      params.push(rows.map((r) => r[i] as Cell));
      return `$${params.length}::${type}[]`;
    }).join(', ');
  };
  const text = (n: number) => Array<string>(n).fill('text');
  await client.query(
    `WITH new_sources AS (
       INSERT INTO sources (sha256, name, url, content_type, retrieved, size, bytes)
       SELECT * FROM unnest(${unnest(sources, [...text(5), 'bigint', 'bytea'], (a) => [a.sourceSha256, a.source.name, a.source.url, a.source.contentType, a.source.retrieved, a.source.bytes.length, a.source.bytes])})
       ON CONFLICT (sha256) DO NOTHING),
     merged AS (
       UPDATE documents d SET origin = m.to_origin
       FROM unnest(${unnest(moved, text(2), ([from, to]) => [from, to])}) AS m(from_origin, to_origin)
       WHERE d.origin = m.from_origin),
     new_documents AS (
       INSERT INTO documents (id, url, title, publisher, published, retrieved, lang, kind, text, origin, source, meta, signature)
       SELECT id, url, title, publisher, published, retrieved, lang, kind, text, origin, source, meta, signature
       FROM unnest(${unnest(plan.added, [...text(12), 'bytea'], ({ row, prepared }) => [
         row.id, row.url, row.title, row.publisher, row.published, row.retrieved, row.lang, row.kind, row.text, row.origin, row.source, row.meta,
         prepared.signature ? signatureToBytes(prepared.signature) : null,
       ])}) WITH ORDINALITY AS n(id, url, title, publisher, published, retrieved, lang, kind, text, origin, source, meta, signature, ord)
       ORDER BY ord),
     new_bands AS (
       INSERT INTO document_bands (band, document) SELECT * FROM unnest(${unnest(bands, text(2), (pair) => pair)})
       ON CONFLICT DO NOTHING),
     new_appearances AS (
       INSERT INTO appearances (document, source, name, locator, url, publisher, published, retrieved)
       SELECT * FROM unnest(${unnest(batch, text(8), ({ document, appearance: a }) => [document.id, a.sourceSha256, a.source.name, a.locator ?? '', a.url, a.publisher, a.published, a.source.retrieved])})
       ON CONFLICT DO NOTHING)
     INSERT INTO claims (id, doc, position, outcome, value, stance, speaker, record)
     SELECT * FROM unnest(${unnest(claims, ['text', 'text', 'bigint', 'text', 'float8', 'text', 'text', 'text'], ({ claim, position }) => [
       claim.id, claim.doc, position, claim.outcome, claim.quantity?.value ?? null, claim.stance, claim.speaker?.text ?? null, JSON.stringify(claim),
     ])})
     ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, position = excluded.position, outcome = excluded.outcome,
       value = excluded.value, stance = excluded.stance, speaker = excluded.speaker, record = excluded.record`,
    params,
  );
}

type Cell = string | number | Buffer | null;

/**
 * Merges applied one after another (a → b, then b → c) as one step each
 * stored origin takes: every stored document of origin `from` ends at `to`.
 */
export function finalOrigins(reassignments: ReadonlyArray<{ from: string; to: string }>): Map<string, string> {
  const final = new Map<string, string>();
  for (const { from, to } of reassignments) {
    for (const [origin, now] of final) if (now === from) final.set(origin, to);
    if (!final.has(from)) final.set(from, to);
  }
  return final;
}

function firstOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** The last item of each key, where the first occurred: a later write replaces an earlier one. */
function lastOfEach<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(key(item), item);
  return [...seen.values()];
}
