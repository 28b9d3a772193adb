import { agencyDatelineEnd } from './agency-datelines.js';

/**
 * A dateline ("SEOUL —", "KYIV, March 3 (News Wire) -") says where the
 * reporter filed from, not where the people counted were: places inside it
 * are no claim's location. Returns the offset where the dateline ends, or 0.
 */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?(?:,[^—–\n]{0,60}?)?\s*(?:—|–|--|-(?=\s))\s*/u;

export function datelineEnd(sentence: string): number {
  const match = DATELINE.exec(sentence);
  if (!match) return agencyDatelineEnd(sentence);
  // All capitals: "SEOUL", not "Seoul - the" prose.
  const place = /^\s*([\p{Lu}\p{M} .'’-]+)/u.exec(match[0])?.[1]?.trim() ?? '';
  return /\p{Lu}{2}/u.test(place) ? match[0].length : 0;
}
