/** Every claim, searched and filtered on the server and read a page at a time through its cursor. */
import type { ClaimFilter } from '../../src/contracts/api.js';
import { OUTCOMES, type Stance } from '../../src/contracts/claim.js';
import { api, queryString } from './api.js';
import { claimRow, claimTable } from './claim-table.js';
import { el, input, labelled, select, status } from './dom.js';

const STANCES: readonly Stance[] = ['confirmed', 'asserted', 'estimated', 'alleged', 'denied', 'reported'];
const REVIEW_STATES = ['unreviewed', 'confirmed', 'corrected', 'rejected', 'added'] as const;
const PAGE_SIZE = 50;
const FILTER_KEYS = ['q', 'speaker', 'outcome', 'stance', 'publisher', 'from', 'to', 'review', 'doc'] as const;

function filterFrom(query: URLSearchParams): ClaimFilter {
  const filter: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value) filter[key] = value;
  }
  return filter as ClaimFilter;
}

export async function renderClaims(query: URLSearchParams): Promise<HTMLElement> {
  const filter = filterFrom(query);
  const controls = {
    q: input('q', filter.q ?? '', { type: 'search', placeholder: 'words in the sentence, speaker or group' }),
    speaker: input('speaker', filter.speaker ?? ''),
    outcome: select('outcome', OUTCOMES, filter.outcome ?? ''),
    stance: select('stance', STANCES, filter.stance ?? ''),
    publisher: input('publisher', filter.publisher ?? '', { placeholder: 'outlet' }),
    from: input('from', filter.from ?? '', { type: 'date' }),
    to: input('to', filter.to ?? '', { type: 'date' }),
    review: select('review', REVIEW_STATES, filter.review ?? ''),
  };
  const form = el(
    'form',
    { class: 'filters', role: 'search' },
    labelled('Search', controls.q),
    labelled('Speaker', controls.speaker),
    labelled('Outcome', controls.outcome),
    labelled('Stance', controls.stance),
    labelled('Outlet', controls.publisher),
    labelled('From', controls.from),
    labelled('To', controls.to),
    labelled('Review', controls.review),
    el('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Record<string, string> = {};
    for (const [key, control] of Object.entries(controls)) values[key] = control.value.trim();
    if (filter.doc) values.doc = filter.doc;
    location.hash = `#/claims${queryString(values)}`;
  });

  const first = await api.claims({ ...filter, limit: PAGE_SIZE });
  const { table, body } = claimTable(first.claims);
  const count = el('p', { class: 'count' });
  const more = el('button', { type: 'button', class: 'more' }, 'Load more');
  const problem = el('div');
  let next = first.next;
  const update = () => {
    count.textContent = `${body.rows.length} of ${first.total} claims`;
    more.hidden = next === null;
  };
  more.addEventListener('click', async () => {
    if (next === null) return;
    more.disabled = true;
    try {
      const page = await api.claims({ ...filter, limit: PAGE_SIZE, cursor: next });
      body.append(...page.claims.map(claimRow));
      next = page.next;
      problem.replaceChildren();
    } catch (error) {
      problem.replaceChildren(status(`Could not load more: ${(error as Error).message}`, 'error'));
    } finally {
      more.disabled = false;
      update();
    }
  });
  update();
  return el('section', { class: 'claims-page' }, el('h1', {}, 'Claims'), form, count, table, problem, more);
}

