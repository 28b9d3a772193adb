import { agencyDatelineEnd } from './agency-datelines.js';
import { AGENCY_BRACKET, DATELINE_DASH, DATELINE_TAIL } from './dateline-parts.js';

/**
 * A dateline ("SEOUL —", "KYIV, March 3 (News Wire) -", "DEIR AL-BALAH, Gaza
 * Strip (AP) —") says where the reporter filed from, not where the people
 * counted were, and it is no speaker: places inside it are no claim's
 * location. Returns the offset where the dateline ends, or 0.
 */

const DATELINE = new RegExp(String.raw`^\s*(\p{Lu}[\p{Lu}\p{M} .'’/-]{1,40}?)${DATELINE_TAIL}(?:${AGENCY_BRACKET})?${DATELINE_DASH}`, 'u');

export function datelineEnd(sentence: string): number {
  const match = DATELINE.exec(sentence);
  // All capitals: "SEOUL", not "Seoul - the" prose.
  if (match && /\p{Lu}{2}/u.test((match[1] ?? '').trim())) return match[0].length;
  return agencyDatelineEnd(sentence);
}
