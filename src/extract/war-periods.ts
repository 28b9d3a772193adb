import type { Period } from '../contracts/claim.js';

/**
 * A count over a whole war told looking back: "ending a war in which 2,461
 * U.S. service members were killed", "the 20-year war killed more than
 * 2,400", "over two decades of war", "killed in Yemen's war". It counts the whole war, so it is no
 * running total of the days around the report nor any one strike's toll: its
 * period is the war, with no dates.
 */
const WAR_IN_WHICH = /\b(?:a|the|that|this)\s+(?:(?:\d+|[a-z]+)-(?:year|decade|month)(?:-long|-old)?\s+|long\s+|decades-long\s+)?(?:war|conflict)\s+(?:in|during)\s+which\s+(?:[^,;.]{0,40}?)$/i;
const WAR_LENGTH = /\b(?:the|a|its|this|that)\s+(?:\d+|[a-z]+)-(?:year|decade|month|week|day)(?:-long)?\s+(?:war|conflict)\b/i;
const DECADES_OF_WAR = /\b(?:over|during|in|after)\s+(?:two|three|four|\d+)\s+decades\s+of\s+(?:war|conflict|fighting)\b/i;
/** "in Yemen's war", "in Syria's civil war", "in the war in Yemen", "during the conflict in Sudan": a country's whole war. */
const COUNTRY_WAR = /\b(?:in|during|throughout)\s+(?:\p{Lu}[\p{L}-]+['’]s\s+(?:(?:civil|long|grinding|brutal|\d+-year)\s+)?(?:war|conflict)|the\s+(?:civil\s+)?(?:war|conflict)\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]+)\b/u;
/**
 * "the war of July and August 2006 caused at least 1,109 deaths": a war told looking back as what killed them. A war
 * that "has killed" so far gives a running total, which is no whole war.
 */
const WAR_AS_CAUSE = /\b(?:the|that|this)\s+(?:war|conflict|civil\s+war)\b(?:\s+(?:of|in|between)\s+[^.;,]{1,40}?)?\s+(?:caused|killed|claimed|left|cost)\s+(?:the\s+lives\s+of\s+)?(?:(?:at\s+least|more\s+than|some|about|around|nearly|over)\s+)?$/i;
const WINDOW = 80;

export function wholeWarPeriod(sentence: string, claimStart: number, claimEnd: number, countStart = claimStart): Period | null {
  const before = sentence.slice(Math.max(0, claimStart - WINDOW), claimStart);
  const around = sentence.slice(Math.max(0, claimStart - WINDOW), Math.min(sentence.length, claimEnd + WINDOW));
  const found = WAR_IN_WHICH.exec(before) ?? WAR_AS_CAUSE.exec(sentence.slice(Math.max(0, countStart - WINDOW), countStart)) ?? WAR_LENGTH.exec(around) ?? DECADES_OF_WAR.exec(around) ?? COUNTRY_WAR.exec(sentence.slice(claimEnd, claimEnd + WINDOW));
  return found ? { text: 'over the whole war', start: null, end: null } : null;
}
