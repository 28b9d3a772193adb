import type { Count } from './counts.js';

/**
 * An army that lost soldiers had casualties: "Russia has lost 1,500 troops in
 * Avdiivka", "the militia lost 40 fighters", "the loss of 12 soldiers". Only
 * fighters are lost this way: "lost 12 tanks" counts no one, and "lost 300
 * people" in a flood or a fire is too loose to count. When the loss is said
 * at once ("lost around 100 soldiers killed"), that outcome is the claim.
 */
const OUTCOME_AFTER = /^\s*(?:killed|dead|wounded|injured|captured|missing|taken\s+prisoner|in\s+action)\b/i;

export function isLossOf(sentence: string, count: Count): boolean {
  if (count.group.kind !== 'military' || count.group.others) return false;
  return !OUTCOME_AFTER.test(sentence.slice(Math.max(count.end, count.group.end), Math.max(count.end, count.group.end) + 30));
}
