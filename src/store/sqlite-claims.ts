import type { ClaimFilter, ClaimPage, ClaimRow, ReviewState } from '../contracts/api.js';
import type { Claim } from '../contracts/claim.js';
import { ReviewError } from '../review/review.js';

/** The SQL of a claims query: a WHERE clause and its parameters. */
export interface ClaimsWhere {
  sql: string;
  params: Record<string, string | number>;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 1000;

const SORT_KEY = 'COALESCE(d.published, d.retrieved)';

type Column = 'id' | 'doc' | 'position' | 'outcome' | 'stance' | 'speaker' | 'record' | 'review';

/**
 * Where claim rows come from. A page is read straight from the tables, not
 * through the reviewed_claims view: the view (a UNION) has to be built whole
 * before it can be sorted, while the tables let SQLite walk the documents in
 * publication order (documents_order) and each document's claims in place
 * (claims_doc), stopping at the page's end. Added claims, which exist only
 * as reviews, are read apart and merged in.
 */
export interface RowSource {
  from: string;
  /** Always true of its rows. */
  where: string | null;
  columns: Record<Column, string>;
}

/** Where the SQL of the two engines differs in the claims queries. */
export interface ClaimsDialect {
  /** The text at `path` in a column holding JSON text (NULL when absent). */
  jsonText(column: string, path: readonly string[]): string;
  /** Where `needle` starts in `haystack`, from 1; 0 when it is not there. */
  position(haystack: string, needle: string): string;
  /** A join that keeps its left side as the outer loop (SQLite's CROSS JOIN). */
  orderedJoin: string;
}

export const SQLITE_DIALECT: ClaimsDialect = {
  jsonText: (column, path) => `json_extract(${column}, '$.${path.join('.')}')`,
  position: (haystack, needle) => `instr(${haystack}, ${needle})`,
  orderedJoin: 'CROSS JOIN',
};

export const VIEW_ROWS: RowSource = {
  from: 'reviewed_claims e JOIN documents d ON d.id = e.doc',
  where: null,
  columns: { id: 'e.id', doc: 'e.doc', position: 'e.position', outcome: 'e.outcome', stance: 'e.stance', speaker: 'e.speaker', record: 'e.record', review: 'e.review' },
};

export const EXTRACTED_ROWS: RowSource = extractedRows(SQLITE_DIALECT);

export function extractedRows(dialect: ClaimsDialect): RowSource {
  return {
    // The ordered join keeps documents as the outer loop, so their index gives the order.
    from: `documents d ${dialect.orderedJoin} claims c ON c.doc = d.id LEFT JOIN review_state s ON s.claim = c.id`,
    where: null,
    columns: {
      id: 'c.id',
      doc: 'c.doc',
      position: 'c.position',
      outcome: 'COALESCE(s.outcome, c.outcome)',
      stance: 'COALESCE(s.stance, c.stance)',
      speaker: 'CASE WHEN s.claim IS NULL THEN c.speaker ELSE s.speaker END',
      record: 'COALESCE(s.record, c.record)',
      review: 's.state',
    },
  };
}

export const ADDED_ROWS: RowSource = {
  from: 'review_state s JOIN documents d ON d.id = s.doc',
  where: `s.state = 'added' AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = s.claim)`,
  columns: { id: 's.claim', doc: 's.doc', position: 's.position', outcome: 's.outcome', stance: 's.stance', speaker: 's.speaker', record: 's.record', review: 's.state' },
};

export function claimsOrder(source: RowSource): string {
  return `${SORT_KEY}, d.seq, ${source.columns.position}, ${source.columns.id}`;
}

/** Where a page ends: the sort position of its last claim (publication date, document seq, position, id). */
type Position = [string, number, number, string];

export interface ClaimPositionRow {
  sort_key: string;
  seq: number;
  position: number;
  id: string;
}

export function claimRowColumns(source: RowSource): string {
  const c = source.columns;
  return `${c.record} AS record, ${c.review} AS review, d.published, d.publisher, d.url, d.title, ${SORT_KEY} AS sort_key, d.seq, ${c.position} AS position, ${c.id} AS id`;
}

/**
 * Totals per filter, remembered until the store's change count moves: every
 * page of a listing asks for its filter's total, which costs a full count.
 */
export class ClaimTotals {
  private readonly totals = new Map<string, number>();
  private version = -1;

  /** The remembered total of the filter, if the store has not changed since (`version`: its change count now). */
  get(version: number, filter: ClaimFilter): number | undefined {
    if (version !== this.version) {
      this.totals.clear();
      this.version = version;
    }
    return this.totals.get(totalKey(filter));
  }

  set(filter: ClaimFilter, total: number): number {
    this.totals.set(totalKey(filter), total);
    return total;
  }
}

/** Where a store stood when a total was counted: its newest document (seq) and its newest review (id); 0 for none. */
export interface CountMark {
  document: number;
  review: number;
}

/** Filters whose totals are kept: q is free text, so the set of filters asked for has no bound of its own. */
const KEPT_TOTALS = 256;

/**
 * Totals per filter that follow a growing store without counting it again.
 * A store only grows: a document's claims are written with it, in its
 * transaction, and never change after (documents only ever get another
 * origin, which no filter reads), and every other change to a claim is a
 * review, appended to the log with the next id. So while no review has been
 * made since a total was counted, the total now is that total plus the
 * matching claims of the documents added since, a count over a handful of
 * rows instead of the whole table (0.5 ms instead of 100–450 ms at 100k
 * claims); a new review means a full count. The counts stay exact.
 */
export class GrowingTotals {
  private readonly totals = new Map<string, { total: number; mark: CountMark }>();

  /**
   * The filter's total at `mark` (the store's mark now, read in the same
   * read transaction as `count` runs in). `count(after)` counts the matching
   * claims of the documents whose seq is above `after`, or of all documents
   * when `after` is null.
   */
  total(filter: ClaimFilter, mark: CountMark, count: (after: number | null) => number): number {
    const key = totalKey(filter);
    const known = this.totals.get(key);
    const grownOnly = known !== undefined && known.mark.review === mark.review && known.mark.document <= mark.document;
    let total: number;
    if (!grownOnly) total = count(null);
    else total = known.mark.document === mark.document ? known.total : known.total + count(known.mark.document);
    this.totals.delete(key);
    this.totals.set(key, { total, mark });
    if (this.totals.size > KEPT_TOTALS) this.totals.delete(this.totals.keys().next().value as string);
    return total;
  }
}

function totalKey(filter: ClaimFilter): string {
  return JSON.stringify({ ...filter, cursor: undefined, limit: undefined });
}

/**
 * A page from the rows of the two sources (each read in claims order with
 * one row past the page, which tells whether there is a next page).
 */
export function claimPage(extracted: readonly ClaimRowRecord[], added: readonly ClaimRowRecord[], limit: number, total: number): ClaimPage {
  const rows = mergeInOrder(extracted, added);
  const shown = rows.slice(0, limit);
  const last = shown[shown.length - 1];
  return { claims: shown.map(toClaimRow), next: rows.length > limit && last ? encodeCursor(last) : null, total };
}

/** Rows of two sources, each in claims order, merged into one list in that order. */
export function mergeInOrder(a: readonly ClaimRowRecord[], b: readonly ClaimRowRecord[]): ClaimRowRecord[] {
  if (b.length === 0) return [...a];
  return [...a, ...b].sort((x, y) => comparePositions(x, y));
}

function comparePositions(x: ClaimPositionRow, y: ClaimPositionRow): number {
  if (x.sort_key !== y.sort_key) return x.sort_key < y.sort_key ? -1 : 1;
  if (x.seq !== y.seq) return x.seq - y.seq;
  if (x.position !== y.position) return x.position - y.position;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

export function encodeCursor(row: ClaimPositionRow): string {
  const position: Position = [row.sort_key, row.seq, row.position, row.id];
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(position) &&
      position.length === 4 &&
      typeof position[0] === 'string' &&
      Number.isInteger(position[1]) &&
      Number.isInteger(position[2]) &&
      typeof position[3] === 'string'
    ) {
      return position as Position;
    }
  } catch {
    // fall through to the error below
  }
  throw new ReviewError('invalid', 'cursor is not one this server gave');
}

/** The filter as SQL over `source`; `withCursor` adds the keyset condition (left out for the total). */
export function claimsWhere(
  filter: ClaimFilter,
  withCursor: boolean,
  source: RowSource = VIEW_ROWS,
  dialect: ClaimsDialect = SQLITE_DIALECT,
): ClaimsWhere {
  const e = source.columns;
  const conditions: string[] = source.where ? [source.where] : [];
  const params: Record<string, string | number> = {};
  const add = (condition: string, name: string, value: string | number) => {
    conditions.push(condition);
    params[name] = value;
  };
  if (filter.review === 'rejected') conditions.push(`${e.review} = 'rejected'`);
  else {
    conditions.push(`(${e.review} IS NULL OR ${e.review} <> 'rejected')`);
    if (filter.review === 'unreviewed') conditions.push(`${e.review} IS NULL`);
    else if (filter.review) add(`${e.review} = @review`, 'review', filter.review);
  }
  if (filter.outcome) add(`${e.outcome} = @outcome`, 'outcome', filter.outcome);
  if (filter.stance) add(`${e.stance} = @stance`, 'stance', filter.stance);
  if (filter.speaker) add(`${e.speaker} = @speaker`, 'speaker', filter.speaker);
  if (filter.doc) add(`${e.doc} = @doc`, 'doc', filter.doc);
  if (filter.publisher) add('d.publisher = @publisher', 'publisher', filter.publisher);
  if (filter.from) add(`${SORT_KEY} >= @from`, 'from', filter.from.slice(0, 10));
  // The day after `to` as a string bound keeps the sort index usable.
  if (filter.to) add(`${SORT_KEY} < @to`, 'to', `${filter.to.slice(0, 10)}\uffff`);
  words(filter.q).forEach((word, i) => {
    const searched = `lower(${dialect.jsonText(e.record, ['sentence', 'text'])} || ' ' || COALESCE(${e.speaker}, '') || ' ' || COALESCE(${dialect.jsonText(e.record, ['subject', 'text'])}, ''))`;
    add(
      `${dialect.position(searched, `@q${i}`)} > 0`,
      `q${i}`,
      word,
    );
  });
  if (withCursor && filter.cursor) {
    const [key, seq, position, id] = decodeCursor(filter.cursor);
    // The first condition alone lets SQLite start the documents_order walk at the cursor's document.
    conditions.push(`(${SORT_KEY}, d.seq) >= (@c_key, @c_seq)`, `(${claimsOrder(source)}) > (@c_key, @c_seq, @c_position, @c_id)`);
    Object.assign(params, { c_key: key, c_seq: seq, c_position: position, c_id: id });
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function words(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit <= 0) throw new ReviewError('invalid', 'limit must be a positive whole number');
  return Math.min(limit, MAX_PAGE);
}

export interface ClaimRowRecord extends ClaimPositionRow {
  record: string;
  review: string | null;
  published: string | null;
  publisher: string | null;
  url: string | null;
  title: string | null;
}

export function toClaimRow(row: ClaimRowRecord): ClaimRow {
  return {
    ...(JSON.parse(row.record) as Claim),
    published: row.published,
    publisher: row.publisher,
    url: row.url,
    title: row.title,
    review: row.review as ReviewState | null,
  };
}

/** The claims.md record of a row, without where it appeared. */
export function claimOfRow(row: ClaimRow): Claim {
  const { published: _published, publisher: _publisher, url: _url, title: _title, review: _review, ...claim } = row;
  return claim;
}
