import { findPlaces } from './places.js';

/**
 * A dateline written in ordinary case with its agency in brackets: "Kyiv
 * (Reuters) -", "Kyiv, (APP - UrduPoint - 23rd Dec, 2024)", "Goma, March 3
 * (AFP) —". The words before the bracket must be a place: "Médecins Sans
 * Frontières (MSF) said" is a speaker with its acronym, not a dateline.
 * Returns the offset where the dateline ends, or 0.
 */
const AGENCY_DATELINE = /^\s*(\p{Lu}[\p{L}\p{M}.'’-]+(?:\s+\p{Lu}[\p{L}\p{M}.'’-]+){0,2}),?\s*(?:\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2},?\s*)?\([^()\n]{2,80}\)\s*(?:[—–-]+\s*)?/u;

export function agencyDatelineEnd(sentence: string): number {
  const bracket = sentence.indexOf('(');
  const match = bracket > 0 && bracket < 120 ? AGENCY_DATELINE.exec(sentence) : null;
  if (!match) return 0;
  const place = match[1] ?? '';
  return findPlaces(place).some((p) => p.start === 0 && p.end === place.length) ? match[0].length : 0;
}
