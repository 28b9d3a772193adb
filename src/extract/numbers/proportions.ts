/**
 * Proportions written as two numbers: "one in five", "1 in 10,000", "nine out of ten", "two out of
 * five hundred" — one fraction (0.2, 0.0001, 0.9, 0.004), not two counts.
 */
import { type Atom, atomOf } from './atom.js';
import { readFollower } from './neighbours.js';
import { UNITS } from './units.js';

/** " in ", " out of ": the words between the two numbers, with single or few spaces. */
const PROPORTION_GAP = /^[ \t\u00A0]+(?:in|out[ \t\u00A0]+of)[ \t\u00A0]+$/i;
const LONGEST_GAP = 12;

function isWholeCount(atom: Atom): boolean {
  return atom.formKind === null && !atom.vague && !atom.ordinal && !atom.fraction && Number.isInteger(atom.value) && atom.value >= 1;
}

function isYearLike(atom: Atom): boolean {
  return atom.plainInteger && atom.digitCount === 4 && atom.value >= 1900 && atom.value <= 2100;
}

/** The proportion "part in whole", or null: "3 in 10 days" is a rate and "5 in 2024" a year. */
function proportionOf(text: string, part: Atom, whole: Atom): Atom | null {
  const gap = whole.start - part.end;
  if (gap < 4 || gap > LONGEST_GAP || !isWholeCount(part) || !isWholeCount(whole) || part.value >= whole.value || isYearLike(whole)) {
    return null;
  }
  if (!PROPORTION_GAP.test(text.slice(part.end, whole.start))) return null;
  const after = readFollower(text, whole.end, text.length);
  if (after !== null && UNITS.has(after.lower)) return null;
  return atomOf(part.start, whole.end, part.value / whole.value, { fromDigits: part.fromDigits && whole.fromDigits, fraction: true });
}

/** The atoms with each proportion of two of them joined into one; the same array when there is none. */
export function joinProportions(text: string, atoms: Atom[]): Atom[] {
  let joined: Atom[] | null = null;
  for (let index = 0; index < atoms.length; index++) {
    const next = atoms[index + 1];
    const proportion = next === undefined ? null : proportionOf(text, atoms[index]!, next);
    if (proportion !== null) {
      joined ??= atoms.slice(0, index);
      joined.push(proportion);
      index++;
    } else if (joined !== null) {
      joined.push(atoms[index]!);
    }
  }
  return joined ?? atoms;
}
