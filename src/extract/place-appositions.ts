import { findPlaces } from './places.js';

/**
 * A place named beside its noun, between commas: "in the Houthi-controlled
 * capital, Sanaa, says", "in the port city, Odesa, told". The commas part no
 * clause, and the name is no person's. "Its correspondent in the city,
 * Hevidar Ahmed, said" names a person: two or more words the gazetteer does
 * not know are read as a name.
 */
const ENDS_WITH_PLACE_NOUN = /\b(?:capital|city|town|village|province|region|district|camp|port|county|oblast|governorate)[,\s]*$/i;

export function endsWithPlaceNoun(text: string): boolean {
  return ENDS_WITH_PLACE_NOUN.test(text);
}

/** One capitalised word, or words the gazetteer knows as one place. */
export function mayBePlaceName(text: string): boolean {
  const trimmed = text.trim();
  if (/^\p{Lu}[\p{L}'’.-]*$/u.test(trimmed)) return true;
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}$/u.test(trimmed)) return false;
  return findPlaces(trimmed).some((p) => p.start === 0 && p.end === trimmed.length);
}
