/** Relations between claims with the reconciler's reason for each. */
import type { BoardClaim, Relation } from '../../src/contracts/board.js';
import { evidenceHash } from './claim-table.js';
import { el, routeLink } from './dom.js';
import { claimSummary } from './format.js';

function claimReference(id: string, claim: BoardClaim | undefined): HTMLElement {
  const label = claim ? `${claimSummary(claim)}, ${claim.publisher ?? 'unknown outlet'} ${claim.published ?? ''}` : id;
  return routeLink(evidenceHash(id), label);
}

export function relationList(relations: readonly Relation[], claimOf: (id: string) => BoardClaim | undefined): HTMLElement {
  if (!relations.length) return el('p', { class: 'empty' }, 'No relations.');
  return el(
    'ul',
    { class: 'relations' },
    ...relations.map((relation) =>
      el(
        'li',
        { class: `relation verdict-${relation.verdict}`, 'data-verdict': relation.verdict },
        el('span', { class: 'verdict' }, relation.verdict),
        el('p', { class: 'why' }, relation.why),
        el('p', { class: 'pair' }, claimReference(relation.a, claimOf(relation.a)), ' ↔ ', claimReference(relation.b, claimOf(relation.b))),
      ),
    ),
  );
}
