/**
 * The number recogniser: every number in a text, with the words that bound it ("over 3,000"),
 * what it is (a count, a year, money, a measure, …) and the unit or counted noun next to it.
 *
 * Hand-written and linear in the length of the text:
 * - one global regex finds the places where a number may start (a digit or a number word);
 * - from there, sticky regexes without nested quantifiers and small loops read the number, and
 *   the scanner resumes after it, so no character is read more than a bounded number of times;
 * - the context (bound words, currency signs, units, month names) is read from windows of
 *   bounded size next to each number, never crossing the previous number.
 */
import type { NumberMention } from './types.js';
import { type Atom, type Lexed, atomOf } from './numbers/atom.js';
import { nextCandidate } from './numbers/candidates.js';
import { isDigitCode } from './numbers/characters.js';
import { lexDigits, lexLeadingDecimal } from './numbers/digits.js';
import { buildMention, relabelDaysBeforeDates } from './numbers/mentions.js';
import { VULGAR_FRACTIONS } from './numbers/number-words.js';
import { joinProportions } from './numbers/proportions.js';
import { combineRanges, mergeBoundPairs } from './numbers/ranges.js';
import { carryRestatements } from './numbers/restatements.js';
import { lexWords } from './numbers/words.js';

function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let floor = 0;
  let position = 0;
  for (;;) {
    const start = nextCandidate(text, position);
    if (start < 0) break;
    const code = text.charCodeAt(start);
    let lexed: Lexed;
    if (isDigitCode(code)) lexed = lexDigits(text, start, floor);
    else if (code === 46) lexed = lexLeadingDecimal(text, start);
    else if (code >= 128 && VULGAR_FRACTIONS[text.charAt(start)] !== undefined) {
      lexed = { atom: atomOf(start, start + 1, VULGAR_FRACTIONS[text.charAt(start)] ?? 0, { fraction: true }), next: start + 1 };
    } else lexed = lexWords(text, start, floor);
    if (lexed.atom !== null && lexed.atom.start >= floor && lexed.atom.end > lexed.atom.start && Number.isFinite(lexed.atom.value)) {
      atoms.push(lexed.atom);
      floor = lexed.atom.end;
    }
    position = Math.max(lexed.next, start + 1);
  }
  return atoms;
}

function mentionsOf(text: string): NumberMention[] {
  const items = combineRanges(text, joinProportions(text, scanAtoms(text)));
  const mentions: NumberMention[] = [];
  for (let index = 0; index < items.length; index++) {
    const next = items[index + 1];
    const limit = next === undefined ? text.length : Math.min(next.prefixStart, next.low.start);
    mentions.push(buildMention(text, items[index]!, mentions[mentions.length - 1] ?? null, limit));
  }
  relabelDaysBeforeDates(text, mentions);
  return carryRestatements(text, mergeBoundPairs(text, mentions));
}

/**
 * Every number in `text`, in order and non-overlapping, with offsets into `text`
 * (`mention.text === text.slice(mention.start, mention.end)`). Never throws.
 */
export function findNumbers(text: string): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return mentionsOf(text);
  } catch {
    // Untrusted text must never stop a batch: a bug here loses one text's numbers, not the run.
    return [];
  }
}
