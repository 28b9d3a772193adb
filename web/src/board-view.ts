/** The board: one row per figure, sortable by column and filterable by side, outcome and text. */
import type { Board, BoardClaim, Figure } from '../../src/contracts/board.js';
import { OUTCOMES } from '../../src/contracts/claim.js';
import { api } from './api.js';
import { el, input, labelled, routeLink, select } from './dom.js';
import { figureTitle, groupLabel, numberLabel, periodLabel } from './format.js';
import { sparkline } from './sparkline.js';

interface Column {
  label: string;
  sortKey: (figure: Figure) => string | number;
  cell: (figure: Figure, board: Board) => Node | string;
  numeric?: boolean;
}

const columns: Column[] = [
  { label: 'Group', sortKey: (f) => groupLabel(f.subject), cell: (f) => routeLink(`#/figure/${encodeURIComponent(f.id)}`, groupLabel(f.subject)) },
  { label: 'Outcome', sortKey: (f) => f.outcome, cell: (f) => f.outcome },
  { label: 'Place', sortKey: (f) => f.location ?? '', cell: (f) => f.location ?? '—' },
  { label: 'Period', sortKey: (f) => f.period?.start ?? '', cell: (f) => (f.incident ? `toll of “${f.incident}”` : periodLabel(f.period, f.rate)) },
  { label: 'Low', sortKey: (f) => f.low ?? -1, cell: (f) => numberLabel(f.low), numeric: true },
  { label: 'Best', sortKey: (f) => f.best ?? -1, cell: (f) => numberLabel(f.best), numeric: true },
  { label: 'High', sortKey: (f) => f.high ?? -1, cell: (f) => numberLabel(f.high), numeric: true },
  { label: 'Origins', sortKey: (f) => f.origins, cell: (f) => String(f.origins), numeric: true },
  { label: 'Claims', sortKey: (f) => f.claims.length, cell: (f) => String(f.claims.length), numeric: true },
  { label: 'Latest', sortKey: (f) => f.latest ?? '', cell: (f) => f.latest ?? '—' },
  {
    label: 'Conflicts',
    sortKey: (f) => f.conflicts,
    cell: (f) => (f.conflicts ? el('span', { class: 'conflict-mark', title: `${f.conflicts} conflicting pairs` }, `⚠ ${f.conflicts}${f.denied ? ' (denied)' : ''}`) : ''),
    numeric: true,
  },
  { label: 'Over time', sortKey: (f) => f.first ?? '', cell: (f, board) => sparkline(claimsOf(f, board)) },
];

function claimsOf(figure: Figure, board: Board): BoardClaim[] {
  return figure.claims.map((id) => board.claims[id]).filter((c): c is BoardClaim => c !== undefined);
}

interface BoardState {
  sortColumn: number;
  descending: boolean;
  side: string;
  outcome: string;
  text: string;
}

function matches(figure: Figure, state: BoardState): boolean {
  if (state.side && figure.subject.affiliation !== state.side) return false;
  if (state.outcome && figure.outcome !== state.outcome) return false;
  return !state.text || figureTitle(figure).toLowerCase().includes(state.text.toLowerCase());
}

function sorted(figures: Figure[], state: BoardState): Figure[] {
  const key = columns[state.sortColumn]!.sortKey;
  const direction = state.descending ? -1 : 1;
  return [...figures].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}

export async function renderBoard(): Promise<HTMLElement> {
  const board = await api.board();
  const state: BoardState = { sortColumn: 7, descending: true, side: '', outcome: '', text: '' };
  const sides = [...new Set(board.figures.map((f) => f.subject.affiliation).filter((s): s is string => !!s))].sort();

  const sideControl = select('side', sides);
  const outcomeControl = select('outcome', OUTCOMES);
  const textControl = input('text', '', { type: 'search', placeholder: 'place, group, outcome…' });
  const filters = el('form', { class: 'filters', role: 'search' }, labelled('Side', sideControl), labelled('Outcome', outcomeControl), labelled('Text', textControl));
  const head = el('thead');
  const body = el('tbody');
  const count = el('p', { class: 'count' });

  function redraw(): void {
    head.replaceChildren(
      el(
        'tr',
        {},
        ...columns.map((column, i) => {
          const button = el('button', { type: 'button', class: 'sort' }, column.label, i === state.sortColumn ? (state.descending ? ' ▼' : ' ▲') : '');
          button.addEventListener('click', () => {
            state.descending = state.sortColumn === i ? !state.descending : !!column.numeric;
            state.sortColumn = i;
            redraw();
          });
          return el('th', { scope: 'col', 'aria-sort': i === state.sortColumn ? (state.descending ? 'descending' : 'ascending') : null }, button);
        }),
      ),
    );
    const shown = sorted(board.figures.filter((f) => matches(f, state)), state);
    body.replaceChildren(
      ...shown.map((figure) =>
        el('tr', { 'data-figure': figure.id, class: figure.conflicts ? 'has-conflict' : null }, ...columns.map((c) => el('td', { class: c.numeric ? 'num' : null }, c.cell(figure, board)))),
      ),
    );
    count.textContent = `${shown.length} of ${board.figures.length} figures, as of ${board.as_of ?? '—'}`;
  }

  filters.addEventListener('input', () => {
    state.side = sideControl.value;
    state.outcome = outcomeControl.value;
    state.text = textControl.value.trim();
    redraw();
  });
  filters.addEventListener('submit', (event) => event.preventDefault());
  redraw();
  return el('section', { class: 'board' }, el('h1', {}, 'Figures'), filters, count, el('table', { class: 'figures' }, head, body));
}
