import { AGENCY_BRACKET, DATELINE_DASH, DATELINE_TAIL } from './dateline-parts.js';
import { findPlaces } from './places.js';

/**
 * A dateline written in ordinary case: "Kyiv (Reuters) -", "Kyiv, (APP -
 * UrduPoint - 23rd Dec, 2024)", "Goma, March 3 (AFP) —", "Kharkiv, Ukraine
 * (CNN) —", or with no agency but a region or date after the place,
 * "Kharkiv, Ukraine —". The words before must be a place: "Médecins Sans
 * Frontières (MSF) said" is a speaker with its acronym, and "Seoul - the
 * capital -" prose. Returns the offset where the dateline ends, or 0.
 */
const PLACE = String.raw`(\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){0,2})`;
const WITH_AGENCY = new RegExp(String.raw`^\s*${PLACE}(${DATELINE_TAIL})${AGENCY_BRACKET}\s*(?:[—–-]+\s*)?`, 'u');
const WITH_TAIL = new RegExp(String.raw`^\s*${PLACE}(${DATELINE_TAIL})${DATELINE_DASH}`, 'u');

export function agencyDatelineEnd(sentence: string): number {
  const bracket = sentence.indexOf('(');
  const agency = bracket > 0 && bracket < 120 ? WITH_AGENCY.exec(sentence) : null;
  const match = agency ?? (sentence.indexOf(',') > 0 ? WITH_TAIL.exec(sentence) : null);
  if (!match || (!agency && !match[2])) return 0;
  const place = match[1] ?? '';
  if (isPlace(place)) return match[0].length;
  // "Port Sudan, Sudan —": a town the gazetteer does not know, told with the country it is in.
  const region = /^,\s*([^,]+)/.exec(match[2] ?? '')?.[1]?.trim() ?? '';
  return region !== '' && isPlace(region) ? match[0].length : 0;
}

function isPlace(words: string): boolean {
  return findPlaces(words).some((p) => p.start === 0 && p.end === words.length);
}
