/** Atoms: single numbers as written, before ranges join them and their context classifies them. */
import type { NumberKind } from '../types.js';

export interface Atom {
  start: number;
  end: number;
  value: number;
  /** Largest multiplier applied by a scale word or suffix ("3 million" → 1e6), 1 when none. */
  multiplier: number;
  fromDigits: boolean;
  /** Digits only: no separator, decimal, suffix or word ("2024", "14"). */
  plainInteger: boolean;
  digitCount: number;
  vague: boolean;
  ordinal: boolean;
  /** What the form alone says the number is ("2024-12-14", "192.168.1.2", "1990s", "sixfold"), else null. */
  formKind: NumberKind | null;
  /** A part of a whole written as one ("half", "a third", "two-thirds", "3/4", "¾", "one in five"). */
  fraction: boolean;
  /** A vague count's largest reading ("dozens" → 99), else null. */
  vagueMax: number | null;
  /** A verb that multiplies ("doubled" → up, "halved" → down): the change it says, else null. */
  verbChange: 'up' | 'down' | null;
}

export function atomOf(start: number, end: number, value: number, fields: Partial<Atom> = {}): Atom {
  return {
    start, end, value, multiplier: 1, fromDigits: true, plainInteger: false, digitCount: 0, vague: false,
    ordinal: false, formKind: null, fraction: false, vagueMax: null, verbChange: null, ...fields,
  };
}

/** A number of digits as written, the common atom: built without the spread of `atomOf`. */
export function digitsAtom(start: number, end: number, value: number, plainInteger: boolean, digitCount: number): Atom {
  return {
    start, end, value, multiplier: 1, fromDigits: true, plainInteger, digitCount, vague: false,
    ordinal: false, formKind: null, fraction: false, vagueMax: null, verbChange: null,
  };
}

export interface Lexed {
  atom: Atom | null;
  /** Where the scanner resumes. */
  next: number;
}

/** A vague count's largest reading: below the next power of ten ("dozens" 24 → 99, "hundreds" 200 → 999). */
export function vagueMaxOf(smallest: number): number {
  return 10 ** (Math.floor(Math.log10(smallest)) + 1) - 1;
}
