import type { Bound } from '../contracts/claim.js';
import type { Change } from '../contracts/quantity.js';

/** What a number in a sentence is, as far as the number recogniser can tell from its wording and neighbours. */
export type NumberKind =
  | 'count' // a plain cardinal that may count people: "77", "3,000", "seventy-seven", "dozens"
  | 'ordinal' // "22nd", "third"
  | 'year' // "2024", "in 1999"
  | 'date' // "December 14", "14/12/2024", "Dec. 15"
  | 'time' // "10:30", "7 p.m."
  | 'money' // "$2.5 billion", "5 million euros"
  | 'percent' // "40%", "40 per cent"
  | 'measure' // "30 km", "155mm", "2 tonnes", "3 hours", "five days", "20 years old"
  | 'fraction' // a part of a whole: "half the condos", "a third of", "two-thirds", "one in five", "3/4"
  | 'multiple' // a factor: "sixfold", "three-fold", "doubled", "halved"
  | 'score' // a match result or tally, written high first: "2-1", "89-89", "4-3s"
  | 'identifier'; // "Resolution 2231", "Su-34", "F-16", "192.168.1.2", phone numbers

/** A number found by extract/numbers.ts, with offsets into the text it was given. */
export interface NumberMention {
  /** UTF-16 offsets into the text given to the recogniser, end exclusive; the span covers the bound words ("over 3,000"). */
  start: number;
  end: number;
  text: string;
  /** The number as stated; the low end of a range; the smallest reading of a vague count ("dozens" → 24). */
  value: number;
  min: number | null;
  max: number | null;
  /** claims.md's bound vocabulary. */
  bound: Bound;
  /** The quantities command's vocabulary. */
  change: Change;
  kind: NumberKind;
  /** The unit or counted noun when the recogniser can see it ("km", "%", "USD", "years"), else null. */
  unit: string | null;
  /**
   * The largest reading of a vague count, below the next power of ten ("dozens" 24 → 99, "hundreds"
   * 200 → 999, "a couple" 2 → 3), else null. Not a claim's bound (claims.md keeps max null); the
   * quantities command's range.
   */
  vagueMax: number | null;
  /** Offsets of the number itself without the bound words ("3,000" inside "over 3,000"). */
  numberStart: number;
  numberEnd: number;
}
