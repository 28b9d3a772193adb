import type { Count } from './counts.js';
import type { OutcomeCue } from './outcomes.js';

/**
 * A total updated to a number said before it: "the latest deaths brought to
 * 90 the number of civilians killed since Sept. 27", "raising to 52 the death
 * toll". The number is the total's that follows it.
 */
const FRONTING_VERB = /\b(?:bringing|brings|brought|bring|raising|raises|raised|raise|taking|takes|took|pushing|pushes|pushed|lifting|lifted)\s+to\s+$/i;
const THE_TOTAL_AFTER = /^\s+the\s+/i;
const MAX_GAP = 30;

export function totalAfterFrontedNumber(sentence: string, count: Count, cues: readonly OutcomeCue[]): OutcomeCue | null {
  if (!FRONTING_VERB.test(sentence.slice(Math.max(0, count.start - 20), count.start))) return null;
  if (!THE_TOTAL_AFTER.test(sentence.slice(count.end))) return null;
  const next = cues.find((cue) => cue.start >= count.end);
  return next && next.role === 'toll' && next.start - count.end <= MAX_GAP ? next : null;
}
