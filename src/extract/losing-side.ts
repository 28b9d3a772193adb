import { isWhiteSpace } from './chars.js';
import { findPlaces } from './places.js';

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
