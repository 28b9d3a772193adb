import type { Claim, Period } from '../contracts/claim.js';

/**
 * A part set inside its total ("100,000 casualties since December, including
 * more than 20,000 killed", "40 died this week, among them 12 children")
 * counts within the total's period: the sentence names the period once.
 */
const INCLUDING_BEFORE = /(?:\bincluding|\bamong\s+(?:them|whom)|\bof\s+(?:them|whom)|\bof\s+which)\s*(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|up\s+to)\s+)?$/i;

/** Whether the count at `countStart` is a part set inside a total named before it ("…, including five"). */
export function isIncludedPart(sentence: string, countStart: number): boolean {
  return INCLUDING_BEFORE.test(sentence.slice(Math.max(0, countStart - 30), countStart));
}

/** The period of the sentence's earlier claim that the part at `claimStart` is included in, or null. */
export function periodOfWhole(sentence: string, claimStart: number, earlierClaims: readonly Claim[]): Period | null {
  if (earlierClaims.length === 0 || !INCLUDING_BEFORE.test(sentence.slice(Math.max(0, claimStart - 30), claimStart))) return null;
  return earlierClaims.at(-1)?.period ?? null;
}
