/** Conflicts, drift and the other relations between claims, each with its reason. */
import type { BoardClaim, Verdict } from '../../src/contracts/board.js';
import { VERDICTS } from '../../src/contracts/board.js';
import { api } from './api.js';
import { el, labelled, select } from './dom.js';
import { relationList } from './relation-list.js';

export async function renderRelations(query: URLSearchParams): Promise<HTMLElement> {
  const verdict = (query.get('verdict') ?? '') as Verdict | '';
  const relations = await api.relations(verdict || undefined);
  const claims = new Map<string, BoardClaim>();
  for (const relation of relations) {
    claims.set(relation.a, relation.claims.a);
    claims.set(relation.b, relation.claims.b);
  }
  const picker = select('verdict', VERDICTS, verdict, 'all');
  picker.addEventListener('change', () => {
    location.hash = picker.value ? `#/relations?verdict=${encodeURIComponent(picker.value)}` : '#/relations';
  });
  const counts = VERDICTS.map((v) => `${v} ${relations.filter((r) => r.verdict === v).length}`).join(' · ');
  // Conflicts and drift first: they are what a reader came for.
  const order: Verdict[] = ['conflict', 'drift', 'update', 'not-comparable', 'same-origin', 'consistent'];
  const ordered = [...relations].sort((a, b) => order.indexOf(a.verdict) - order.indexOf(b.verdict));
  return el(
    'section',
    { class: 'relations-page' },
    el('h1', {}, 'Conflicts & drift'),
    el('form', { class: 'filters' }, labelled('Verdict', picker)),
    el('p', { class: 'count' }, counts),
    relationList(ordered, (id) => claims.get(id)),
  );
}
