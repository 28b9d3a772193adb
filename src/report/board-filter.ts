import type { Board, BoardClaim, Figure } from '../contracts/board.js';

export interface BoardFilter {
  /** ISO side code of the counted group ("KP"); case-insensitive. */
  subject?: string;
  /** An outcome of claims.md's lattice ("killed"). */
  outcome?: string;
}

/**
 * The part of a board about some figures: the figures that match, the
 * relations with a claim on one of them, and every claim those reference.
 */
export function filterBoard(board: Board, filter: BoardFilter): Board {
  const figures = board.figures.filter((figure) => figureMatches(figure, filter));
  const kept = new Set(figures.flatMap((figure) => figure.claims));
  const relations = board.relations.filter((relation) => kept.has(relation.a) || kept.has(relation.b));
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
