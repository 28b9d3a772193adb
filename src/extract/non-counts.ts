import type { Count } from './counts.js';

/**
 * Counts that count no people, each read from the words around it:
 *  - a question: "How many civilians have been killed?" asks, it does not say "many";
 *  - "one" standing for a thing named before: "…, including one on May 2 that killed 19" (one raid);
 *  - an article whose noun is not the people after "of": "a pattern of falling numbers of civilian casualties".
 */
const HOW_BEFORE = /\bhow\s+$/i;
/** "one on May 2 that killed 19", "one which wounded 4": a pronoun "one" is the subject of what happened, not its victim. */
const ONE_THAT = /^\s+(?:(?:on|in|at|near|last|this|earlier)\s+[^,;:.]{0,30}?\s+)?(?:that|which)\s+(?:\p{L}+\s+){0,2}?(?:killed|wounded|injured|left|claimed|hit|struck|targeted)\b/iu;
const ARTICLE = /^an?$/i;

function isQuestion(sentence: string, count: Count): boolean {
  return count.quantity === null && /^many$/i.test(count.text) && HOW_BEFORE.test(sentence.slice(Math.max(0, count.start - 8), count.start));
}

function isPronounOne(sentence: string, count: Count): boolean {
  return count.group.text === '' && /^one$/i.test(count.quantity?.text ?? '') && ONE_THAT.test(sentence.slice(count.end, count.end + 80));
}

/** "a pattern of … civilian": the article's noun comes before "of" and names no people. */
function isArticleOfThing(count: Count): boolean {
  if (!ARTICLE.test(count.quantity?.text ?? '') || count.group.head === null) return false;
  const of = /\bof\s/i.exec(count.group.text);
  return of !== null && count.group.text.lastIndexOf(count.group.head) > of.index;
}

export function dropNonCounts(sentence: string, counts: readonly Count[]): Count[] {
  return counts.filter((count) => !isQuestion(sentence, count) && !isPronounOne(sentence, count) && !isArticleOfThing(count));
}
