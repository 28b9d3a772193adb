import type { Count } from './counts.js';

/**
 * Idioms of the missing and the dead that name no outcome word at the
 * count: "the fate of more than 40 people remains unknown", "the
 * whereabouts of 12 soldiers are still unclear" (missing), "the attack
 * claimed 30 lives", "the shelling has taken 12 lives" (killed).
 */
export const FATE_CUES = String.raw`(?:fate|fates|whereabouts)\s+of`;
/** Only where lives follow within a few words: "taking 253 hostages" stays a capture. */
export const LIVES_CUES = String.raw`(?:claimed|claiming|claims|took|taking|takes|taken|cost|costing|costs)(?=\s+(?:[A-Za-z\d,.'’-]+\s+){1,4}lives\b)`;
export const UNKNOWN_FATES_GATE = String.raw`unaccounted|whereabouts|fates?\s+of|lives\b`;

const UNKNOWN_AFTER = /^[^.;:]{0,80}?\b(?:remains?|remained|is|are|was|were|still|stays?)\s+(?:still\s+|as\s+yet\s+|so\s+far\s+)?(?:unknown|unclear|not\s+known|a\s+mystery|uncertain)\b/i;

/** "the fate of 40 people [remains unknown]": the count's fate is unknown in the words after it. */
export function isFateUnknown(sentence: string, count: Count): boolean {
  return UNKNOWN_AFTER.test(sentence.slice(Math.max(count.end, count.group.end)));
}

/** "claimed 30 [lives]": the count is of lives. */
export function isLivesTaken(sentence: string, count: Count): boolean {
  return /^\s+(?:(?:more|civilian|innocent|human|\p{L}+['’]s)\s+)?lives\b/iu.test(sentence.slice(count.end, count.end + 30));
}
