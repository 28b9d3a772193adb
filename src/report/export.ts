import type { Board } from '../contracts/board.js';
import { firstOfOrigins, relationsByClaim } from './board-view.js';
import { csvClaimRow, csvHeader } from './export-csv.js';
import { claimRecord, jsonldClosing, jsonldOpening } from './export-jsonld.js';

export type ExportFormat = 'csv' | 'ndjson' | 'jsonld';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'ndjson', 'jsonld'];

/**
 * The board's claims, in publication order, one chunk per claim (plus a
 * header or an opening and closing), so a caller can stream them to a file
 * or a socket. Each claim carries its figure, its origin and its relations.
 *  - csv: RFC 4180 with a header row (export-csv.ts);
 *  - ndjson: one JSON object a line: the board claim plus `relations`
 *    ([{verdict, with, why}]);
 *  - jsonld: one JSON-LD document {"@context", "@graph": [Claim, …]}
 *    (export-jsonld.ts), a record a line inside the array.
 */
export function* exportClaims(board: Board, format: ExportFormat): Generator<string> {
  const relations = relationsByClaim(board);
  const claims = Object.values(board.claims);
  if (format === 'csv') {
    yield csvHeader();
    for (const claim of claims) yield csvClaimRow(claim, relations.get(claim.id) ?? []);
    return;
  }
  if (format === 'ndjson') {
    for (const claim of claims) yield `${JSON.stringify({ ...claim, relations: relations.get(claim.id) ?? [] })}\n`;
    return;
  }
  const firsts = firstOfOrigins(board);
  yield jsonldOpening();
  let separator = '';
  for (const claim of claims) {
    yield `${separator}${JSON.stringify(claimRecord(claim, relations.get(claim.id) ?? [], firsts.get(claim.origin) ?? claim))}`;
    separator = ',\n';
  }
  yield `${claims.length > 0 ? '\n' : ''}${jsonldClosing()}`;
}
