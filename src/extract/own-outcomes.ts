import type { Count } from './counts.js';
import type { OutcomeCue } from './outcomes.js';

/**
 * A count followed at once by its own outcome: "7,900 people injured",
 * "50 injuries", "3 civilians were wounded". Such a count takes that outcome,
 * never one carried along a list from an earlier count ("5,600 deaths … and
 * 7,900 people injured" gives 7,900 wounded, not killed).
 */
const PASSIVE_AUX = /^\s*(?:(?:were|was|have|has|had|been|are|is|also|reportedly|later|seriously|critically|badly|slightly|lightly|found|left|reported)\s+)*$/i;

export function ownOutcome(sentence: string, count: Count, cues: readonly OutcomeCue[]): OutcomeCue | null {
  const groupEnd = Math.max(count.end, count.group.end);
  const cue = cues.find((c) => c.start >= count.end);
  if (!cue || (cue.role !== 'subject' && cue.role !== 'either')) return null;
  // "65 injuries": the outcome noun is the count's group, naming no people; "12 prisoners of war" names people, not what befell them.
  if (cue.start < groupEnd) return count.group.head === null && /^\s*$/.test(sentence.slice(count.end, cue.start)) ? cue : null;
  return PASSIVE_AUX.test(sentence.slice(groupEnd, cue.start)) ? cue : null;
}

/** "killed 6 people and 20 others were hurt": the count's own outcome is not the one a list would carry to it. */
export function hasOtherOutcome(sentence: string, count: Count, cues: readonly OutcomeCue[], carried: OutcomeCue): boolean {
  const own = ownOutcome(sentence, count, cues);
  return own !== null && own.outcome !== carried.outcome;
}
