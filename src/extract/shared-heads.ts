import type { Count } from './counts.js';

/**
 * Two numbers sharing one head noun: "lost up to 215 and over 230 soldiers",
 * "about 60 or at least 45 fighters". The first number has no noun of its own;
 * it counts the people the second names. Its group is the second's, placed
 * where the first number ends (an empty span), so word order stays intact.
 */
const SHARED_GAP = /^\s*,?\s*(?:and|or)\s+$/i;

export function shareHeads(sentence: string, counts: readonly Count[]): Count[] {
  return counts.map((count, i) => {
    const next = counts[i + 1];
    if (!next || count.quantity === null || count.group.text !== '' || next.quantity === null || next.group.head === null) return count;
    if (!SHARED_GAP.test(sentence.slice(count.end, next.start))) return count;
    return { ...count, group: { ...next.group, start: count.end, end: count.end } };
  });
}
