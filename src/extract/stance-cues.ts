import type { Stance } from '../contracts/claim.js';

/**
 * Stance words that belong to the claim itself rather than to a speaker's
 * verb: right before it ("with claims of killing 77", "confirmed the death
 * of", "by one estimate, 12,000") or inside its noun phrase ("1,300 confirmed
 * deaths", "the alleged 40 deaths", "400 fighters are believed to have been
 * killed"). They override the stance of the sentence's verb.
 */

/** Every stance word below holds one of these: most claims have none near them. */
const STANCE_STEMS = ['claim', 'alleg', 'confirm', 'verifi', 'estimat', 'believ', 'thought', 'assess', 'presum', 'purport'];

function mayHoldStance(text: string): boolean {
  const lower = text.toLowerCase();
  return STANCE_STEMS.some((stem) => lower.includes(stem));
}

/** Before the claim: a stance word at most a few words back, with no clause break between. */
const ALLEGED_BEFORE = /\b(?:claims?|claimed|claiming|alleged|allegedly|alleging|purported|purportedly)\b(?:\s+(?:of|responsibility\s+for|that|to\s+have))?[^.;]{0,25}$/;
const CONFIRMED_BEFORE = /\b(?:confirmed|confirms|confirming|verified|verifies)\b[^.;]{0,25}$/;
/** "estimated 3,000", "by one estimate,", "a casualty estimate of", "estimates put … at". */
const ESTIMATED_BEFORE = /\b(?:estimated|estimates?|estimating|assessed|assessment\s+(?:of|that|is))\b[^.;]{0,15}$|\bestimates?\s+(?:puts?|placed|places|putting)\s[^.;]{0,40}\bat\s+$/;

/** The stance given by the words right before a claim, or null. */
export function stanceBefore(before: string): Stance | null {
  const tail = before.slice(-60).toLowerCase();
  if (!mayHoldStance(tail)) return null;
  if (ALLEGED_BEFORE.test(tail)) return 'alleged';
  if (CONFIRMED_BEFORE.test(tail)) return 'confirmed';
  if (ESTIMATED_BEFORE.test(tail)) return 'estimated';
  return null;
}

/**
 * Inside the claim, from its number to its outcome word: an adjective on the
 * counted noun ("confirmed deaths", "verified killings", "claimed kills") or
 * a passive of belief ("are believed to have been", "is thought to have",
 * "were presumed"). "confirmed" as the main verb of the claim ("the army
 * confirmed") is the speaker's, found by attribution; here only the forms
 * that cannot be a verb of speech count.
 */
const ESTIMATED_INSIDE = /\b(?:(?:is|are|was|were|being)\s+(?:believed|thought|presumed|estimated|assessed)\s+(?:to|dead|killed)|presumed\s+dead)\b/;
const ADJECTIVE_INSIDE = /\b(confirmed|verified|claimed|alleged)\s+(?:[a-z-]+\s+)?(?:deaths?|dead|killings?|kills|fatalities|casualties|losses|injuries|wounded|victims|cases)\b/;

export function stanceInside(claim: string): Stance | null {
  const lower = claim.toLowerCase();
  if (!mayHoldStance(lower)) return null;
  if (ESTIMATED_INSIDE.test(lower)) return 'estimated';
  const adjective = ADJECTIVE_INSIDE.exec(lower);
  if (!adjective) return null;
  const word = adjective[1];
  if (word === 'confirmed' || word === 'verified') return 'confirmed';
  return 'alleged';
}

/** The claim's own stance: its noun phrase first, then the words right before it. */
export function claimStance(sentence: string, claimStart: number, claimEnd: number): Stance | null {
  return stanceInside(sentence.slice(claimStart, claimEnd)) ?? stanceBefore(sentence.slice(0, claimStart));
}
