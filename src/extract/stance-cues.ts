import type { Stance } from '../contracts/claim.js';
import { localStance } from './local-stance.js';

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

/**
 * Before the claim, what localStance does not read: estimate as a noun ("by
 * one estimate,", "a casualty estimate of", "estimates put the toll at"),
 * "purported".
 */
const ESTIMATE_NOUN_BEFORE = /\bestimates?\b[^.;]{0,15}$|\bestimates?\s+(?:puts?|placed|places|putting)\s[^.;]{0,40}\bat\s+$/;
const PURPORTED_BEFORE = /\bpurported(?:ly)?\b[^.;]{0,25}$/;

export function stanceBefore(before: string): Stance | null {
  const tail = before.slice(-60).toLowerCase();
  if (!mayHoldStance(tail)) return null;
  const local = localStance(before);
  if (local) return local;
  if (PURPORTED_BEFORE.test(tail)) return 'alleged';
  if (ESTIMATE_NOUN_BEFORE.test(tail)) return 'estimated';
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
