import type { Count } from './counts.js';
import type { OutcomeCue } from './outcomes.js';
import { ownOutcome } from './own-outcomes.js';

/**
 * A list of counts after one verb, each with its own group and complement:
 * "killed 41 members of the rebel coalition and 17 allied fighters",
 * "destroyed 50 soldiers in the north, 130 troops near Lyman, and up to 40
 * mercenaries in the south". Between one item's group and the next count
 * stand the item's complement (a preposition and a few words, no verb) and a
 * list separator. The next count must name people: a bare number after a
 * complement is too often something else ("in the attack on 3 May"), an
 * article starts a speaker more often than an item ("…, a senior official said"), and one
 * with its own outcome after it starts a clause of its own ("…, and 3 civilians were wounded").
 */
const COMPLEMENT_THEN_SEPARATOR =
  /^\s+(?:of|from|in|near|on|at|around|outside|inside)\s+(?:[\p{L}\p{N}'’().-]+\s+){0,8}?[\p{L}\p{N}'’().-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/u;
/** "…, a senior official said": an article is no item of a list of figures. */
const ARTICLE = /^(?:an?|another)$/i;
/** Words that start another clause: a list item's complement holds none. */
const CLAUSE_WORD = /\b(?:were|was|are|is|have|has|had|been|said|says|told|while|when|which|who|whom|but|after|before|because|as)\b/i;

export function continuesGappedList(sentence: string, previousGroupEnd: number, count: Count, cues: readonly OutcomeCue[]): boolean {
  if (count.group.head === null || ARTICLE.test(count.quantity?.text ?? "") || count.start <= previousGroupEnd || ownOutcome(sentence, count, cues) !== null) return false;
  const gap = sentence.slice(previousGroupEnd, count.start);
  return COMPLEMENT_THEN_SEPARATOR.test(gap) && !CLAUSE_WORD.test(gap);
}

/** Between two items of a list: a comma, or the "and" or "or" that closes it. */
const ITEM_SEPARATOR = /^\s*,\s*$/;
const LAST_SEPARATOR = /^\s*,?\s*(?:and|or)\s*$/i;

/**
 * "killed two generals, up to 50 officers and up to 20 mercenaries": a count after a bare comma is the
 * next item when it names people, starts no clause of its own, and the list goes on by commas to an
 * "and" or "or" before another count.
 */
export function continuesCommaList(sentence: string, previousGroupEnd: number, count: Count, counts: readonly Count[], cues: readonly OutcomeCue[]): boolean {
  if (!ITEM_SEPARATOR.test(sentence.slice(previousGroupEnd, Math.max(previousGroupEnd, count.start)))) return false;
  if (count.group.head === null || ARTICLE.test(count.quantity?.text ?? '') || ownOutcome(sentence, count, cues) !== null) return false;
  let last = count;
  for (const next of counts) {
    if (next.start <= last.start) continue;
    const gap = sentence.slice(Math.max(last.end, last.group.end), next.start);
    if (LAST_SEPARATOR.test(gap)) return next.group.head !== null;
    if (!ITEM_SEPARATOR.test(gap) || next.group.head === null) return false;
    last = next;
  }
  return false;
}
