import type { Count } from './counts.js';

/**
 * Military reports say fighters killed in words for things: "destroyed more
 * than 70 soldiers", "eliminated 25 militants", "neutralised 12 fighters".
 * The verb kills only when its object names fighters: "destroyed 12 tanks"
 * counts no one, and "eliminated 300 jobs" no person.
 */
export const DESTROY_VERBS = 'destroyed|destroying|destroys|eliminated|eliminating|eliminates|neutrali[sz]ed|neutrali[sz]ing|annihilated';

export function isDestroyedFighters(_sentence: string, count: Count): boolean {
  return count.group.head !== null && count.group.kind === 'military' && !count.group.others;
}
