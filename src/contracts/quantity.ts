/**
 * A number found in text, whatever it counts: the record of the `quantities`
 * command (claims.md, "The quantities command"), and what the number
 * recogniser gives the claim extractor.
 */
export type Change = '=' | '~' | '>' | '<' | 'up' | 'down';

export interface QuantityMention {
  text: string;
  /** UTF-16 offsets into the input text, end exclusive. */
  start: number;
  end: number;
  /** The number as stated; a range's low end. */
  value: number;
  min: number | null;
  max: number | null;
  change: Change;
  /** What it counts or measures, when the text says ("soldiers", "km", "%", "USD"), else null. */
  unit: string | null;
}
