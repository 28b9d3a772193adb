import { findPlaces } from './places.js';

/**
 * A country that is the subject of a loss is the side of the people
 * counted: "Russia has suffered more than 100,000 casualties", "North Korea
 * has lost around 100 soldiers". Only the words between the country and the
 * count may be the loss verb, so "killed in Russia" or "Russia said 30 were
 * killed" give nothing.
 */
const LOSS_VERB = /^(?:'s\s+\w+\s+)?\s*(?:has|have|had|is|was)?\s*(?:now\s+|already\s+)?(?:suffered|sustained|lost|loses|lose|losing|suffers)\s*$/i;

export function losingSide(sentence: string, countStart: number): string | null {
  const country = findPlaces(sentence.slice(0, countStart))
    .filter((place) => place.level === 'country' && place.country !== null)
    .pop();
  if (!country) return null;
  return LOSS_VERB.test(sentence.slice(country.end, countStart)) ? country.country : null;
}
