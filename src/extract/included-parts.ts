import type { Claim, Period } from '../contracts/claim.js';
import { type ComparisonPhrase, phrasesAfterNumbers } from './comparison-phrases.js';

/**
 * A part set inside its total ("100,000 casualties since December, including
 * more than 20,000 killed", "40 died this week, among them 12 children")
 * counts within the total's period: the sentence names the period once.
 */
const PART_OPENING = String.raw`(?:\bincluding|\bamong\s+(?:them|whom)|\bof\s+(?:them|whom)|\bof\s+which)`;
const PART_QUALIFIER = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|up\s+to)\s+)?`;
const INCLUDING_BEFORE = new RegExp(String.raw`${PART_OPENING}\s*${PART_QUALIFIER}$`, 'i');

/** Whether the count at `countStart` is a part set inside a total named before it ("…, including five"). */
export function isIncludedPart(sentence: string, countStart: number): boolean {
  return INCLUDING_BEFORE.test(sentence.slice(Math.max(0, countStart - 30), countStart));
}

/** The period of the sentence's earlier claim that the part at `claimStart` is included in, or null. */
export function periodOfWhole(sentence: string, claimStart: number, earlierClaims: readonly Claim[]): Period | null {
  if (earlierClaims.length === 0 || !isIncludedPart(sentence, claimStart)) return null;
  return earlierClaims.at(-1)?.period ?? null;
}

/** A part and what follows it, up to the clause's end: "…, including 1,060 over the past day". */
const PART_PHRASE = new RegExp(String.raw`${PART_OPENING}\s+${PART_QUALIFIER}(\d[\d,.]*)`, 'gi');
const PART_END = /[;:.!?]|,\s|\s(?:and|but|while|said|says|according)\s/g;

/**
 * The parts a sentence sets inside a total, each from its number to the end
 * of its clause: a time there ("…, including 1,060 over the past day") is the
 * part's, not the total's, as after a compared number.
 */
export function partPhrases(sentence: string): ComparisonPhrase[] {
  return /\b(?:including|among|of\s+(?:them|whom|which))\b/i.test(sentence) ? phrasesAfterNumbers(sentence, PART_PHRASE, PART_END) : [];
}
