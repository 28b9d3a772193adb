/**
 * Scientific notation written with a power of ten: "6.02 x 10^23", "1.99×10−30" (the superscript
 * lost in copying, the minus kept), "6.02 × 10²³", "10^6", "10⁻⁹". E-notation ("3e8") is read by digits.ts.
 */

/**
 * "× 10^23", "x10^-4", "·10⁻³¹", "×10−30": a multiplication sign, 10 and its exponent. A hyphen for
 * the minus only after "×" ("×10-30"): "3 x 10-15 mm" is a size.
 */
const TIMES_TEN_TO =
  /[ \u00A0]?(?:[×xX*·⋅][ \u00A0]?10(?:\^\(?([−+-]?\d{1,3})\)?|(−\d{1,3})|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))|×[ \u00A0]?10(-\d{1,3}))(?![\p{L}\p{N}])/uy;
/** "^23", "^-4", "²³", "⁻⁹" right after a bare 10. */
const TO_THE = /(?:\^\(?([−+-]?\d{1,3})\)?|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\p{L}\p{N}])/uy;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function isTimesCode(code: number): boolean {
  return code === 0xd7 || code === 120 || code === 88 || code === 42 || code === 0xb7 || code === 0x22c5;
}

function isSuperscriptCode(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079) || code === 0x207b || code === 0x207a;
}

/** An exponent as Number() reads it: "−30" → "-30", "⁻³¹" → "-31", "²³" → "23". */
function plainExponent(written: string): string {
  let plain = '';
  for (const char of written) {
    const superscript = SUPERSCRIPTS.indexOf(char);
    plain += superscript >= 0 ? String(superscript) : char === '−' || char === '⁻' ? '-' : char === '⁺' ? '+' : char;
  }
  return plain;
}

export interface PowerOfTen {
  /** The exponent as Number() reads it after an "e". */
  exponent: string;
  end: number;
  /** "10^23": the 10 before is the power's base, not a mantissa. */
  ofBareTen: boolean;
}

/**
 * The power of ten written after a number that ends at `end`: "× 10^23" after any number, "^23" or
 * "²³" right after a bare 10 (`bareTen`). Null when there is none; only a sign or "^" next to the
 * number lets the pattern run.
 */
export function powerOfTenAfter(text: string, end: number, bareTen: boolean): PowerOfTen | null {
  const next = text.charCodeAt(end);
  const sign = next === 32 || next === 0xa0 ? text.charCodeAt(end + 1) : next;
  let pattern: RegExp;
  if (isTimesCode(sign)) pattern = TIMES_TEN_TO;
  else if (bareTen && (next === 94 /* ^ */ || isSuperscriptCode(next))) pattern = TO_THE;
  else return null;
  pattern.lastIndex = end;
  const match = pattern.exec(text);
  if (match === null) return null;
  const written = match[1] ?? match[2] ?? match[3] ?? match[4];
  return written === undefined ? null : { exponent: plainExponent(written), end: end + match[0].length, ofBareTen: pattern === TO_THE };
}
