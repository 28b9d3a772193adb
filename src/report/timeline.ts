import type { Board, BoardClaim, Figure, Verdict } from '../contracts/board.js';
import {
  claimsOnFigure,
  figureTitle,
  numberAsWritten,
  outletOf,
  relationsByClaim,
  groupByOrigin,
  voiceOf,
  type ClaimRelation,
} from './board-view.js';
import { CHART_LEGEND, chartBar, chartScale, scaleLabel } from './timeline-chart.js';
import { formatCount, plural } from './numbers.js';
import { oneLine, renderTable, type Column } from './text-table.js';

/** One claim's row on a figure's timeline. */
export interface TimelineEntry {
  claim: BoardClaim;
  /** "A" for the first report of the figure's first origin, "A copy" for a later report of the same statement. */
  origin: string;
  /** Who the statement is from: a copy speaks with its origin's voice. */
  speaker: string;
  relations: ClaimRelation[];
}

export interface FigureTimeline {
  figure: Figure;
  entries: TimelineEntry[];
}

const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'drift', 'update', 'not-comparable', 'consistent', 'same-origin'];

/** A figure's claims in publication order (the board's order), each with its origin marker and relations. */
export function figureTimeline(board: Board, figure: Figure): FigureTimeline {
  const relations = relationsByClaim(board);
  const claims = claimsOnFigure(board, figure);
  const voices = new Map(groupByOrigin(claims).map((group) => [group.origin, voiceOf(group)]));
  const letters = new Map<string, string>();
  const entries = claims.map((claim): TimelineEntry => {
    const known = letters.get(claim.origin);
    const letter = known ?? originLetter(letters.size);
    letters.set(claim.origin, letter);
    return { claim, origin: known ? `${letter} copy` : letter, speaker: voices.get(claim.origin)!, relations: relations.get(claim.id) ?? [] };
  });
  return { figure, entries };
}

/** A, B, … Z, AA, AB, … */
function originLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : originLetter(Math.floor(index / 26) - 1) + letter;
}

/** "conflict×2 same-origin×1": how many relations of each verdict touch the claim. */
export function verdictSummary(relations: readonly ClaimRelation[]): string {
  return VERDICT_ORDER.map((verdict) => [verdict, relations.filter((r) => r.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${verdict}×${count}`)
    .join(' ');
}

const COLUMNS: readonly Column<TimelineEntry>[] = [
  { header: 'published', value: (e) => e.claim.published ?? 'undated' },
  { header: 'speaker', value: (e) => e.speaker, max: 28 },
  { header: 'number', value: (e) => numberAsWritten(e.claim), max: 26 },
  { header: 'bound', value: (e) => e.claim.quantity?.bound ?? '' },
  { header: 'outlet', value: (e) => outletOf(e.claim), max: 28 },
  { header: 'origin', value: (e) => e.origin },
  { header: 'verdicts', value: (e) => verdictSummary(e.relations), max: 60 },
];

/** The claims on each figure as a table in publication order, then a bar chart with one row per claim. */
export function renderTimeline(board: Board, figureIds: readonly string[]): string {
  const figures = new Map(board.figures.map((figure) => [figure.id, figure]));
  return figureIds
    .map((id) => {
      const figure = figures.get(id);
      return figure ? timelineText(figureTimeline(board, figure)) : `No figure ${id} on this board.\n`;
    })
    .join('\n');
}

function timelineText({ figure, entries }: FigureTimeline): string {
  return [
    oneLine(figureTitle(figure)),
    `${figure.id}: ${plural(figure.claims.length, 'claim')}, ${plural(figure.origins, 'independent origin')}; ${rangeText(figure)}`,
    '',
    renderTable(entries, COLUMNS),
    '',
    ...chartLines(entries),
    '',
  ].join('\n');
}

function rangeText(figure: Figure): string {
  const value = (n: number | null, open: string) => (n === null ? open : formatCount(n));
  return `low ${value(figure.low, '—')}, best ${value(figure.best, '—')}, high ${value(figure.high, figure.low === null ? '—' : 'open')}`;
}

function chartLines(entries: readonly TimelineEntry[]): string[] {
  const scale = chartScale(entries.map((entry) => entry.claim.quantity));
  const markerWidth = Math.max(...entries.map((entry) => entry.origin.length), 1);
  const rows = entries.map((entry) => {
    const label = `${(entry.claim.published ?? 'undated').padEnd(10)} ${entry.origin.padEnd(markerWidth)}`;
    return `${label} │${chartBar(entry.claim.quantity, scale)}│ ${oneLine(numberAsWritten(entry.claim))}`;
  });
  return [...rows, scale ? `${scaleLabel(scale)}. ${CHART_LEGEND}` : 'No numbers to chart.'];
}
