import type { Count } from './counts.js';

/**
 * A toll broken down item by item, "of the dead" said once: "Fourteen of the
 * dead were MSF staff, 24 were patients and four were caretakers", "Twelve of
 * the dead were staff and ten were patients". Each later count followed by
 * "were <group>" is another part of the same dead (or wounded).
 */
const OF_THE_DEAD = /\bof\s+the\s+(?:dead|killed|wounded|injured|victims|casualties)\s+(?:were|are|was)\s/i;
const ITEM_THEN_SEPARATOR = /^\s+(?:of\s+the\s+(?:dead|killed|wounded|injured|victims|casualties)\s+)?(?:were|are|was)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
const WERE_AFTER = /^\s+(?:were|are|was)\s+\p{L}/u;

export function continuesDeadBreakdown(sentence: string, previous: Count, count: Count): boolean {
  if (!OF_THE_DEAD.test(sentence.slice(0, count.start))) return false;
  return ITEM_THEN_SEPARATOR.test(sentence.slice(previous.end, count.start)) && WERE_AFTER.test(sentence.slice(count.end, count.end + 12));
}

/** "24 were patients": the group a breakdown's item names after "were". */
const WERE_GROUP = /^\s+(?:were|are|was)\s+((?:(?:members|part)\s+of\s+)?(?:(?!(?:and|but|while)\b)[\p{L}'’-]+\s+){0,3}(?!(?:and|but|while)\b)([\p{L}'’-]+))(?=\s+(?:and|but|while)\b|\s*[,.;]|\s*$)/u;

export function breakdownItemGroup(sentence: string, countEnd: number): { text: string; head: string } | null {
  const found = WERE_GROUP.exec(sentence.slice(countEnd, countEnd + 80));
  return found ? { text: (found[1] as string).replace(/^(?:members|part)\s+of\s+/i, ''), head: found[2] as string } : null;
}
