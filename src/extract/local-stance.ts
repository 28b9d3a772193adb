import type { Stance } from '../contracts/claim.js';

/** Every stance word of localStance holds one of these: most claims have none before them. */
const STANCE_STEMS = ['claim', 'alleg', 'confirm', 'verified', 'estimat'];

/** A stance word right before a claim overrides the sentence's verb ("with claims of killing 77", "confirmed the death of"). */
export function localStance(before: string): Stance | null {
  const tail = before.slice(-60).toLowerCase();
  if (!STANCE_STEMS.some((stem) => tail.includes(stem))) return null;
  if (/\b(?:claims?|claimed|claiming|alleged|allegedly|alleging)\b(?:\s+(?:of|responsibility\s+for|that|to\s+have))?[^.;]{0,25}$/.test(tail)) return 'alleged';
  if (/\b(?:confirmed|confirms|confirming|verified)\b[^.;]{0,25}$/.test(tail)) return 'confirmed';
  if (/\b(?:estimated|estimates|estimating)\b[^.;]{0,15}$/.test(tail)) return 'estimated';
  return null;
}
