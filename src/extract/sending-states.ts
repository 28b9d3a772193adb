import { findPlaces } from './places.js';

/**
 * The state that sends troops owns them: "North Korea has sent 1,500 troops
 * to Russia", "Pyongyang deployed 3,000 soldiers to Kursk", "Kyiv had
 * dispatched two brigades". A country, or a city standing for its state (a
 * capital), named as the subject right before the deployment verb gives the
 * deployed group its side. A state named elsewhere (where they went, who said
 * it) gives none.
 */

/** Between the state and the verb: only auxiliaries and adverbs ("has", "had already", "reportedly"). */
const SUBJECT_GAP = /^\s+(?:(?:has|have|had|is|was|were|will|would|already|also|reportedly|now|since|then|recently|secretly)\s+)*$/i;

/** The side of the state named as the subject of a deployment verb that starts at `verbStart`, or null. */
export function sendingState(sentence: string, verbStart: number): string | null {
  const before = sentence.slice(Math.max(0, verbStart - 80), verbStart);
  const offset = verbStart - before.length;
  const place = findPlaces(before).filter((p) => p.country !== null && (p.level === 'country' || p.level === 'city')).pop();
  if (!place || !SUBJECT_GAP.test(sentence.slice(offset + place.end, verbStart))) return null;
  // A city sends troops only as its state's capital would; a country-level name always may.
  return place.level === 'country' || CAPITAL_OF.has(place.name) ? place.country : null;
}

/** Capitals that reports use for their state's government. */
const CAPITAL_OF = new Set(['Pyongyang', 'Moscow', 'Kyiv', 'Kiev', 'Washington', 'Beijing', 'Tehran', 'Minsk', 'Seoul', 'Damascus', 'Jerusalem', 'Ankara', 'Khartoum', 'Bamako', 'Niamey', 'Ouagadougou', 'Tripoli', 'Cairo', 'Riyadh', 'Abu Dhabi', 'Sanaa', 'Kabul', 'Baghdad', 'Beirut', 'Paris', 'London', 'Berlin', 'Warsaw', 'Tbilisi', 'Baku', 'Yerevan', 'Addis Ababa', 'Asmara', 'Mogadishu', 'Nairobi', 'Kigali', 'Kinshasa', 'Abuja', "N'Djamena"]);
