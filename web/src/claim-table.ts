/** Claims as table rows, each one click from its evidence. */
import type { Claim } from '../../src/contracts/claim.js';
import { el, externalLink, routeLink } from './dom.js';
import { groupLabel, quantityLabel, speakerLabel } from './format.js';

export type ListedClaim = Claim & {
  published: string | null;
  publisher: string | null;
  url: string | null;
  speaker_label?: string | null;
  review?: string | null;
};

export function evidenceHash(claimId: string): string {
  return `#/claim/${encodeURIComponent(claimId)}`;
}

const headings = ['Published', 'Speaker', 'Number', 'Outcome', 'Group', 'Stance', 'Outlet', 'Review', 'Evidence'];

export function claimRow(claim: ListedClaim): HTMLTableRowElement {
  return el(
    'tr',
    { 'data-claim-row': claim.id },
    el('td', {}, claim.published ?? '—'),
    el('td', {}, speakerLabel(claim.speaker, claim.speaker_label)),
    el('td', { class: 'num' }, quantityLabel(claim.quantity)),
    el('td', {}, claim.outcome),
    el('td', {}, `${claim.subject.text} (${groupLabel(claim.subject)})`),
    el('td', {}, claim.stance),
    el('td', {}, claim.url ? externalLink(claim.url, claim.publisher ?? 'link') : (claim.publisher ?? '—')),
    el('td', {}, claim.review ?? ''),
    el('td', {}, routeLink(evidenceHash(claim.id), 'evidence')),
  );
}

export function claimTable(claims: readonly ListedClaim[]): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const body = el('tbody', {}, ...claims.map(claimRow));
  const table = el('table', { class: 'claims' }, el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col' }, h)))), body);
  return { table, body };
}
