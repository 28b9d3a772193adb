/**
 * The board of ../shared/spec/board.md: figures, the relations between
 * claims, and the claims with where they appeared. Field names of the spec
 * are fixed; fields marked "ours" are additions.
 */
import type { Claim, Outcome, Rate, SubjectKind } from './claim.js';
import type { Document } from './document.js';

/** `update` (scenarios.md): the same speaker later gave another number for the same quantity; it supersedes the earlier one. */
export type Verdict = 'consistent' | 'conflict' | 'not-comparable' | 'same-origin' | 'drift' | 'update';
export const VERDICTS: readonly Verdict[] = ['consistent', 'conflict', 'not-comparable', 'same-origin', 'drift', 'update'];

export interface FigurePeriod {
  start: string | null;
  end: string | null;
  /** Ours: the wording when the period could not be resolved to dates ("over three days"). */
  text?: string;
}

export interface Figure {
  id: string;
  subject: { affiliation: string | null; kind: SubjectKind | null };
  outcome: Outcome;
  /** Canonical place name, or null. */
  location: string | null;
  /** A bounded period; null for a running total. */
  period: FigurePeriod | null;
  rate: Rate | null;
  /** Every claim placed on this figure, in publication order. */
  claims: string[];
  /** Independent origins among the claims. */
  origins: number;
  low: number | null;
  best: number | null;
  high: number | null;
  /** First and latest publication dates (YYYY-MM-DD) of its claims. */
  first: string | null;
  latest: string | null;
  /** Ours: number of conflict relations touching the figure's claims, and whether any of them is a denial. */
  conflicts: number;
  denied: boolean;
  /** Ours: for the toll of one incident, the event as its first report words it ("Friday's attack on the Crocus City Hall concert venue"); absent otherwise. */
  incident?: string;
}

export interface Relation {
  a: string;
  b: string;
  verdict: Verdict;
  why: string;
}

/** A claim as the board carries it: the claims.md record plus where it appeared. */
export interface BoardClaim extends Claim {
  url: string | null;
  /** Publication date (YYYY-MM-DD) of the document, or null. */
  published: string | null;
  publisher: string | null;
  /** The statement this claim reports (o_…): claims sharing one are not independent. */
  origin: string;
  /** Ours: the figure the claim is placed on. */
  figure: string;
  /** Ours: the canonical speaker (after aliases), or null when the claim is unattributed. */
  speaker_id: string | null;
  /** Ours: how the canonical speaker is named ("Volodymyr Zelenskyy", "U.S. Department of Defense"), and what it is. */
  speaker_label: string | null;
  speaker_kind: 'person' | 'organisation' | null;
  /** Ours: the day (or first day of the span) the statement was made, as far as the text tells. */
  stated: string | null;
  /** Ours: title of the document. */
  title: string | null;
}

export interface Board {
  /** Latest publication date (YYYY-MM-DD) among the documents considered, or null. */
  as_of: string | null;
  figures: Figure[];
  relations: Relation[];
  claims: Record<string, BoardClaim>;
}

/** Reconcile's input: a claim and the document it came from, without its text (`origin` is the document's near-duplicate cluster). */
export type ClaimSource = Pick<Document, 'id' | 'url' | 'title' | 'publisher' | 'published' | 'retrieved' | 'origin'>;

export interface SourcedClaim {
  claim: Claim;
  source: ClaimSource;
}

