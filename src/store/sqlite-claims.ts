import type { ClaimFilter, ClaimRow, ReviewState } from '../contracts/api.js';
import type { Claim } from '../contracts/claim.js';
import { ReviewError } from '../review/review.js';

/** The SQL of a claims query over reviewed_claims (e) joined to documents (d): a WHERE clause and its parameters. */
export interface ClaimsWhere {
  sql: string;
  params: Record<string, string | number>;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 1000;

const SORT_KEY = 'COALESCE(d.published, d.retrieved)';
export const CLAIMS_ORDER = `${SORT_KEY}, d.seq, e.position, e.id`;

/** Where a page ends: the sort position of its last claim (publication date, document seq, position, id). */
type Position = [string, number, number, string];

export interface ClaimPositionRow {
  sort_key: string;
  seq: number;
  position: number;
  id: string;
}

export const CLAIM_ROW_COLUMNS = `e.record, e.review, d.published, d.publisher, d.url, d.title, ${SORT_KEY} AS sort_key, d.seq, e.position, e.id`;

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

/** The filter as SQL; `withCursor` adds the keyset condition (left out for the total). */
export function claimsWhere(filter: ClaimFilter, withCursor: boolean): ClaimsWhere {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  const add = (condition: string, name: string, value: string | number) => {
    conditions.push(condition);
    params[name] = value;
  };
  if (filter.review === 'rejected') conditions.push(`e.review = 'rejected'`);
  else {
    conditions.push(`(e.review IS NULL OR e.review <> 'rejected')`);
    if (filter.review === 'unreviewed') conditions.push('e.review IS NULL');
    else if (filter.review) add('e.review = @review', 'review', filter.review);
  }
  if (filter.outcome) add('e.outcome = @outcome', 'outcome', filter.outcome);
  if (filter.stance) add('e.stance = @stance', 'stance', filter.stance);
  if (filter.speaker) add('e.speaker = @speaker', 'speaker', filter.speaker);
  if (filter.doc) add('e.doc = @doc', 'doc', filter.doc);
  if (filter.publisher) add('d.publisher = @publisher', 'publisher', filter.publisher);
  if (filter.from) add(`${SORT_KEY} >= @from`, 'from', filter.from.slice(0, 10));
  // The day after `to` as a string bound keeps the sort index usable.
  if (filter.to) add(`${SORT_KEY} < @to`, 'to', `${filter.to.slice(0, 10)}\uffff`);
  words(filter.q).forEach((word, i) => {
    add(
      `instr(lower(json_extract(e.record, '$.sentence.text') || ' ' || COALESCE(e.speaker, '') || ' ' || COALESCE(json_extract(e.record, '$.subject.text'), '')), @q${i}) > 0`,
      `q${i}`,
      word,
    );
  });
  if (withCursor && filter.cursor) {
    const [key, seq, position, id] = decodeCursor(filter.cursor);
    conditions.push(`(${CLAIMS_ORDER}) > (@c_key, @c_seq, @c_position, @c_id)`);
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
