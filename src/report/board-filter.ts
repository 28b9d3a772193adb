import type { Board, BoardClaim, Figure } from '../contracts/board.js';

export interface BoardFilter {
  /** ISO side code of the counted group ("KP"); case-insensitive. */
  subject?: string;
  /** An outcome of claims.md's lattice ("killed"). */
  outcome?: string;
  /** Only claims published on or after this ISO date (undated ones are kept: they were read, not published, then). */
  since?: string;
}

/**
 * The part of a board about some figures: the figures that match, the
 * relations with a claim on one of them, and every claim those reference.
 * The board is always reconciled from every claim first, so a filter never
 * changes a verdict: with `since`, a figure shows its claims from that day
 * on (its range stays what all its claims give) and the relations between them.
 */
export function filterBoard(board: Board, filter: BoardFilter): Board {
  const day = filter.since?.slice(0, 10);
  const recent = (id: string) => {
    const published = board.claims[id]?.published;
    return day === undefined || published === null || published === undefined || published >= day;
  };
  const figures = board.figures
    .filter((figure) => figureMatches(figure, filter))
    .map((figure) => (day === undefined ? figure : { ...figure, claims: figure.claims.filter(recent) }))
    .filter((figure) => figure.claims.length > 0);
  const kept = new Set(figures.flatMap((figure) => figure.claims));
  const relations = board.relations.filter((relation) =>
    day === undefined ? kept.has(relation.a) || kept.has(relation.b) : kept.has(relation.a) && kept.has(relation.b));
  const referenced = new Set([...kept, ...relations.flatMap((relation) => [relation.a, relation.b])]);
  const claims: Record<string, BoardClaim> = {};
  for (const id of referenced) {
    const claim = board.claims[id];
    if (claim) claims[id] = claim;
  }
  return { ...board, figures, relations, claims };
}

export function figureMatches(figure: Figure, filter: BoardFilter): boolean {
  const subject = filter.subject?.toUpperCase();
  return (subject === undefined || figure.subject.affiliation === subject) && (filter.outcome === undefined || figure.outcome === filter.outcome);
}
