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
  /** What the form alone says the number is ("2024-12-14", "192.168.1.2", "1990s"), else null. */
  formKind: NumberKind | null;
}

export function atomOf(start: number, end: number, value: number, fields: Partial<Atom> = {}): Atom {
  return {
    start, end, value, multiplier: 1, fromDigits: true, plainInteger: false, digitCount: 0, vague: false,
    ordinal: false, formKind: null, ...fields,
  };
}

export interface Lexed {
  atom: Atom | null;
  /** Where the scanner resumes. */
  next: number;
}
