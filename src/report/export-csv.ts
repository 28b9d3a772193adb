import type { BoardClaim } from '../contracts/board.js';
import type { ClaimRelation } from './board-view.js';

/**
 * Claims as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when
 * they hold a quote, comma or line break). A cell a spreadsheet would read
 * as a formula (starting with = + - @, tab or carriage return) gets a
 * leading single quote, so opening the file never runs anything.
 */
type Cell = string | number | null | undefined;

const COLUMNS: ReadonlyArray<readonly [string, (claim: BoardClaim, relations: readonly ClaimRelation[]) => Cell]> = [
  ['id', (c) => c.id],
  ['doc', (c) => c.doc],
  ['published', (c) => c.published],
  ['publisher', (c) => c.publisher],
  ['url', (c) => c.url],
  ['title', (c) => c.title],
  ['speaker', (c) => c.speaker?.text],
  ['speaker_name', (c) => c.speaker?.name],
  ['speaker_org', (c) => c.speaker?.org],
  ['speaker_id', (c) => c.speaker_id],
  ['stance', (c) => c.stance],
  ['outcome', (c) => c.outcome],
  ['manner', (c) => c.manner],
  ['subject_text', (c) => c.subject.text],
  ['subject_affiliation', (c) => c.subject.affiliation],
  ['subject_kind', (c) => c.subject.kind],
  ['quantity_text', (c) => c.quantity?.text],
  ['quantity_value', (c) => c.quantity?.value],
  ['quantity_min', (c) => c.quantity?.min],
  ['quantity_max', (c) => c.quantity?.max],
  ['quantity_bound', (c) => c.quantity?.bound],
  ['rate', (c) => c.rate],
  ['period_text', (c) => c.period?.text],
  ['period_start', (c) => c.period?.start],
  ['period_end', (c) => c.period?.end],
  ['location_name', (c) => c.location?.name],
  ['location_country', (c) => c.location?.country],
  ['stated', (c) => c.stated],
  ['figure', (c) => c.figure],
  ['origin', (c) => c.origin],
  ['relations', (_, relations) => relations.map((r) => `${r.verdict}:${r.with}`).join(';')],
  ['sentence', (c) => c.sentence.text],
];

export function csvHeader(): string {
  return csvRow(COLUMNS.map(([name]) => name));
}

export function csvClaimRow(claim: BoardClaim, relations: readonly ClaimRelation[]): string {
  return csvRow(COLUMNS.map(([, value]) => value(claim, relations)));
}

function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = neutraliseFormula(String(cell));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
