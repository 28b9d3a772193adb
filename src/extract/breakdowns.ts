import type { Count } from './counts.js';

/**
 * A total broken down by who it counts: "the dead included 695 Israeli
 * civilians and 373 members of the security forces", "the wounded include
 * 40 children". The counts after the verb share the total's outcome, unless
 * their own outcome follows them ("casualties included 300 killed").
 */
const OUTCOME_AFTER = /^\s*(?:killed|dead|wounded|injured|captured|missing|taken\s+prisoner|in\s+action)\b/i;

export function isPartOfTotal(sentence: string, count: Count): boolean {
  const end = Math.max(count.end, count.group.end);
  return count.group.head !== null && !OUTCOME_AFTER.test(sentence.slice(end, end + 30));
}
