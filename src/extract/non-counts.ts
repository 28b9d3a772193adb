import type { Count } from './counts.js';

/**
 * Counts that count no people, each read from the words around it:
 *  - a question: "How many civilians have been killed?" asks, it does not say "many";
 *  - "one" standing for a thing named before: "…, including one on May 2 that killed 19" (one raid);
 *  - an article whose noun is not the people after "of": "a pattern of falling numbers of civilian casualties";
 *  - the whole a share is taken of: "one in six of the village's 330 residents were killed", "half of the 300
 *    soldiers", "40 percent of the 2,000 troops sent" count the residents, soldiers and troops there were,
 *    not the dead; "most of the 300 people killed were civilians" still counts the dead (the outcome follows the group);
 *  - a year after its month: "In April 2022 bodies were found", "since 24 February, 2022 soldiers" name a date.
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

const SHARE = String.raw`(?:half|a\s+third|a\s+quarter|a\s+fifth|two[\s-]thirds|three[\s-]quarters|(?:a|one|two|three|four|five)\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|\d+)|(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*(?:%|per\s*cent|percent))`;
const SHARE_OF_BEFORE = new RegExp(String.raw`\b${SHARE}\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+['’]s\s+)?$`, 'iu');
/** "the 300 people killed were …": the outcome right after the group says the number counts those it befell. */
const OUTCOME_AFTER_GROUP = /^\s*(?:killed|dead|wounded|injured|hurt|taken|captured|abducted|missing|who\s+(?:were|had|have|died))\b/i;

function isShareOfWhole(sentence: string, count: Count): boolean {
  if (!SHARE_OF_BEFORE.test(sentence.slice(Math.max(0, count.start - 48), count.start))) return false;
  const end = Math.max(count.end, count.group.end);
  return !OUTCOME_AFTER_GROUP.test(sentence.slice(end, end + 24));
}

const MONTH_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+$/i;

function isYearOfMonth(sentence: string, count: Count): boolean {
  return /^(?:19|20)\d\d$/.test(count.quantity?.text ?? '') && MONTH_BEFORE.test(sentence.slice(Math.max(0, count.start - 16), count.start));
}

/** True when the words end in a month's year ("… since February 2022 "): the digits are no count. */
export function endsInMonthYear(words: string): boolean {
  const year = /\b(?:19|20)\d\d\s+$/.exec(words);
  return year !== null && MONTH_BEFORE.test(words.slice(0, year.index));
}

export function dropNonCounts(sentence: string, counts: readonly Count[]): Count[] {
  return counts.filter((count) => !isQuestion(sentence, count) && !isPronounOne(sentence, count) && !isArticleOfThing(count) && !isShareOfWhole(sentence, count) && !isYearOfMonth(sentence, count));
}
