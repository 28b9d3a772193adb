/**
 * Vague magnitudes in the quantities record: a plural of a power ("millions", "tens of thousands",
 * "dozens") is the range of that order of magnitude, 1–10 of it ("millions" 1–10 million, "tens of
 * thousands" 10,000–100,000, "dozens" 12–120); never a single best number. Vague determiners that
 * are no numeral ("several", "a few", "a couple", "a handful") are left out of the record; the claim
 * record keeps them (claims.md, "Quantity bounds").
 */
import type { NumberMention } from '../types.js';

const PLURAL_POWERS: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
};
const TIMES_PLURALS: Readonly<Record<string, number>> = { tens: 10, dozens: 12, hundreds: 100 };
const DETERMINERS: ReadonlySet<string> = new Set(['few', 'a few', 'several', 'couple', 'a couple', 'a couple of', 'handful', 'a handful', 'a handful of']);

/** "millions" → 1e6, "tens of thousands" → 1e4: the order of magnitude a vague plural names, else null. */
export function pluralMagnitude(written: string): number | null {
  const words = written.toLowerCase().split(/\s+/);
  if (words.length === 1) return PLURAL_POWERS[words[0]!] ?? null;
  if (words.length !== 3 || words[1] !== 'of') return null;
  const times = TIMES_PLURALS[words[0]!];
  const power = PLURAL_POWERS[words[2]!];
  return times === undefined || power === undefined || power <= times ? null : times * power;
}

/** The range a vague magnitude reads as, or null when the mention is none. */
export function vagueMagnitudeRange(mention: NumberMention): { min: number; max: number } | null {
  if (mention.bound !== 'vague') return null;
  const magnitude = pluralMagnitude(mention.text);
  return magnitude === null ? null : { min: magnitude, max: magnitude * 10 };
}

/** "several", "a few", "over a couple": a vague determiner, whatever bound word is before it, and no numeral. */
export function isVagueDeterminer(mention: NumberMention): boolean {
  const number = mention.text.slice(mention.numberStart - mention.start, mention.numberEnd - mention.start);
  return DETERMINERS.has(number.toLowerCase().replace(/\s+/g, ' '));
}
