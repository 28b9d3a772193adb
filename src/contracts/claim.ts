/**
 * The Claim record of ../shared/spec/claims.md: the contract every later
 * stage and every scorer reads. Field names and meanings are fixed.
 */
export type Outcome = 'killed' | 'wounded' | 'casualties' | 'captured' | 'missing' | 'surrendered' | 'deployed';
export const OUTCOMES: readonly Outcome[] = ['killed', 'wounded', 'casualties', 'captured', 'missing', 'surrendered', 'deployed'];

export type Stance = 'confirmed' | 'asserted' | 'estimated' | 'alleged' | 'denied' | 'reported';
export const STANCES: readonly Stance[] = ['confirmed', 'asserted', 'estimated', 'alleged', 'denied', 'reported'];
export type Bound = 'exact' | 'approx' | 'lower' | 'upper' | 'range' | 'vague';
export const BOUNDS: readonly Bound[] = ['exact', 'approx', 'lower', 'upper', 'range', 'vague'];
export type Rate = 'day' | 'week' | 'month';
export const RATES: readonly Rate[] = ['day', 'week', 'month'];
export type SubjectKind = 'military' | 'civilian' | 'mixed';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['military', 'civilian', 'mixed'];

export interface Span {
  /** UTF-16 offsets into the document's text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface Subject {
  text: string;
  /** ISO 3166-1 alpha-2 of the side the counted people belong to, or null. */
  affiliation: string | null;
  kind: SubjectKind | null;
}

export interface ClaimQuantity {
  text: string;
  /** The number as stated (low end of a range). */
  value: number;
  min: number | null;
  max: number | null;
  bound: Bound;
}

export interface Period {
  text: string;
  /** ISO dates (YYYY-MM-DD) resolved against the publication date; null when open. */
  start: string | null;
  end: string | null;
}

export interface Place {
  text: string;
  name: string;
  country: string | null;
}

export interface Speaker {
  text: string;
  name: string | null;
  org: string | null;
  country: string | null;
}

/** An event named as what the number is the toll of. */
export interface Incident {
  /** The words naming it, as written: "the attack on Crocus City Hall". */
  text: string;
  /** The day those words give it ("the Oct. 7 attack"), YYYY-MM-DD, or null. */
  date?: string | null;
}

export interface Claim {
  id: string;
  doc: string;
  sentence: Span;
  outcome: Outcome;
  manner: string | null;
  subject: Subject;
  quantity: ClaimQuantity | null;
  rate: Rate | null;
  period: Period | null;
  location: Place | null;
  speaker: Speaker | null;
  via: string | null;
  /**
   * Who passed the claim on when the speaker did not speak directly ("Yonhap
   * reported, citing the NIS": speaker the NIS, relay Yonhap); null when the
   * speaker spoke directly. An addition to ../shared/spec/claims.md's record.
   */
  relay: Speaker | null;
  /**
   * The one event the number is a toll of ("Friday's strike on the market"),
   * or null; absent in records stored before it was added. An addition to
   * ../shared/spec/claims.md's record.
   */
  incident?: Incident | null;
  stance: Stance;
  confidence: number;
}
