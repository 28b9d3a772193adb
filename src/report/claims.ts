import type { Claim } from '../contracts/claim.js';
import { renderTable, type Column } from './text-table.js';

function quantityText(claim: Claim): string {
  const q = claim.quantity;
  if (!q) return claim.stance === 'denied' ? '(denied)' : '(no number)';
  const bound = q.bound === 'exact' ? '' : ` [${q.bound}]`;
  return `${q.text}${bound}`;
}

function periodText(claim: Claim): string {
  if (claim.rate) return `per ${claim.rate}`;
  if (!claim.period) return '';
  const { start, end, text } = claim.period;
  return start || end ? `${start ?? '…'}..${end ?? '…'}` : text;
}

const COLUMNS: readonly Column<Claim>[] = [
  { header: 'outcome', value: (c) => c.outcome + (c.manner ? ` (${c.manner})` : '') },
  { header: 'number', value: quantityText, max: 24 },
  { header: 'group', value: (c) => [c.subject.text, c.subject.affiliation ? `[${c.subject.affiliation}]` : ''].filter(Boolean).join(' '), max: 30 },
  { header: 'speaker', value: (c) => c.speaker?.name ?? c.speaker?.org ?? c.speaker?.text ?? '—', max: 26 },
  { header: 'stance', value: (c) => c.stance },
  { header: 'period', value: periodText, max: 24 },
  { header: 'place', value: (c) => c.location?.name ?? '', max: 20 },
  { header: 'evidence', value: (c) => c.sentence.text, max: 70 },
];

export function claimsTable(claims: readonly Claim[]): string {
  return claims.length === 0 ? 'No claims found.' : renderTable(claims, COLUMNS);
}
