import type { Board, Figure, Relation } from '../contracts/board.js';
import { formatCount } from './numbers.js';
import { renderTable, type Column } from './text-table.js';

/** The board on a terminal: one row per figure, then the conflicts and drifted copies with their reasons. */
function periodText(figure: Figure): string {
  if (figure.rate) return `per ${figure.rate}`;
  if (figure.incident) return `toll of ${shortened(figure.incident, 36)}`;
  if (!figure.period) return 'running total';
  const { start, end, text } = figure.period;
  return start || end ? `${start ?? '…'}..${end ?? '…'}` : (text ?? '');
}

function shortened(text: string, most: number): string {
  return text.length <= most ? `“${text}”` : `“${text.slice(0, most - 1).trimEnd()}…”`;
}

function number(value: number | null): string {
  return value === null ? '—' : formatCount(value);
}

function conflictMark(figure: Figure): string {
  if (figure.conflicts === 0) return '';
  return `⚠ ${figure.conflicts}${figure.denied ? ' (denied)' : ''}`;
}

const COLUMNS: readonly Column<Figure>[] = [
  { header: 'figure', value: (f) => f.id },
  { header: 'group', value: (f) => [f.subject.affiliation ?? '?', f.subject.kind ?? ''].filter(Boolean).join(' '), max: 16 },
  { header: 'outcome', value: (f) => f.outcome },
  { header: 'place', value: (f) => f.location ?? '—', max: 20 },
  { header: 'period', value: periodText, max: 24 },
  { header: 'low', value: (f) => number(f.low), align: 'right' },
  { header: 'best', value: (f) => number(f.best), align: 'right' },
  { header: 'high', value: (f) => number(f.high), align: 'right' },
  { header: 'origins', value: (f) => String(f.origins), align: 'right' },
  { header: 'claims', value: (f) => String(f.claims.length), align: 'right' },
  { header: 'latest', value: (f) => f.latest ?? '—' },
  { header: 'conflicts', value: conflictMark },
];

const LISTED = 12;

function reasons(title: string, relations: readonly Relation[]): string[] {
  if (relations.length === 0) return [];
  const more = relations.length > LISTED ? [`  … and ${relations.length - LISTED} more (corroborate board --json, or corroborate brief)`] : [];
  return ['', `${title}:`, ...relations.slice(0, LISTED).map((relation) => `  - ${relation.why}`), ...more];
}

export function boardTable(board: Board): string {
  if (board.figures.length === 0) return 'No figures: the store holds no claims (or none match).';
  const of = (verdict: Relation['verdict']) => board.relations.filter((relation) => relation.verdict === verdict);
  return [
    `As of ${board.as_of ?? 'an unknown date'}: ${board.figures.length} figures from ${Object.keys(board.claims).length} claims.`,
    '',
    renderTable(board.figures, COLUMNS),
    ...reasons('Conflicts', of('conflict')),
    ...reasons('Copies that changed the claim (drift)', of('drift')),
    ...reasons('Later numbers from the same speaker (update)', of('update')),
    ...reasons('Numbers that only look alike (not comparable)', of('not-comparable')),
  ].join('\n');
}
