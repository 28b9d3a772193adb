import { isWhiteSpace } from './chars.js';
import { findPlaces } from './places.js';
import { kindOfNoun } from './groups.js';
import type { SubjectKind } from '../contracts/claim.js';

/**
 * A country that is the subject of a loss is the side of the people
 * counted: "Russia has suffered more than 100,000 casualties", "North Korea
 * has lost around 100 soldiers". Only the words between the country and the
 * count may be the loss verb, so "killed in Russia" or "Russia said 30 were
 * killed" give nothing.
 */
const LOSS_VERB = /^(?:'s\s+\w+\s+)?\s*(?:has|have|had|is|was)?\s*(?:now\s+|already\s+)?(?:suffered|sustained|lost|loses|lose|losing|suffers)\s*$/i;
/** LOSS_VERB's last word: without it right before the count, no country before can be the losing side. */
const LOSS_VERB_AT_END = /(?:suffered|sustained|lost|loses|lose|losing|suffers)$/i;
const LONGEST_LOSS_VERB = 'sustained'.length;

function endsWithLossVerb(sentence: string, countStart: number): boolean {
  let end = countStart;
  while (end > 0 && isWhiteSpace(sentence.charCodeAt(end - 1))) end--;
  return LOSS_VERB_AT_END.test(sentence.slice(Math.max(0, end - LONGEST_LOSS_VERB), end));
}

export function losingSide(sentence: string, countStart: number): string | null {
  // The gazetteer scan of everything before the count is the costly part: most counts follow no loss verb.
  if (!endsWithLossVerb(sentence, countStart)) return null;
  const country = findPlaces(sentence.slice(0, countStart))
    .filter((place) => place.level === 'country' && place.country !== null)
    .pop();
  if (!country) return null;
  return LOSS_VERB.test(sentence.slice(country.end, countStart)) ? country.country : null;
}

export interface LosingGroup {
  text: string;
  kind: SubjectKind;
}

/** What ends the words before a loss verb that can name who lost: punctuation, a verb of speech, a conjunction. */
const GROUP_BREAK = /[,;:()"“”—–]|\b(?:says?|said|told|and|but|while|that|after|as)\b/gi;
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/i;
const AUXILIARIES = /^(?:has|have|had|is|was|now|already|reportedly|also)$/i;

/**
 * The people who suffered a loss, named before its verb: "North Korean troops sent to Russia have suffered about
 * 1,100 casualties", "the battalion suffered 40 casualties". The nearest noun of people before the verb, with the
 * capitalised words that qualify it ("North Korean troops"); null when the words before name none.
 */
export function losingGroup(sentence: string, countStart: number): LosingGroup | null {
  if (!endsWithLossVerb(sentence, countStart)) return null;
  let before = sentence.slice(Math.max(0, countStart - 90), countStart);
  const cut = lastBreak(before);
  if (cut >= 0) before = before.slice(cut);
  const words = before.trim().split(/\s+/);
  words.pop(); // the loss verb
  while (words.length > 0 && AUXILIARIES.test(words.at(-1) as string)) words.pop();
  for (let at = words.length - 1; at >= 0 && at >= words.length - 5; at--) {
    const kind = kindOfNoun((words[at] as string).replace(/[^\p{L}-]/gu, ''));
    if (kind === null) continue;
    let start = at;
    while (start > 0 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[start - 1] as string) && !DETERMINERS.test(words[start - 1] as string)) start--;
    return { text: words.slice(start, at + 1).join(' '), kind };
  }
  return null;
}

function lastBreak(text: string): number {
  let last = -1;
  GROUP_BREAK.lastIndex = 0;
  for (let match = GROUP_BREAK.exec(text); match; match = GROUP_BREAK.exec(text)) last = match.index + match[0].length;
  return last;
}
