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
