import { agencyDatelineEnd } from './agency-datelines.js';

/**
 * What stands before the subject of a sentence: datelines ("KYIV —",
 * "SEOUL, Dec 23 (Wire) -") and opening adverbials ("Separately on Friday,",
 * "In December").
 */
const DATELINE = /^[\p{Lu}]{3,}[\p{Lu}\s,.'’-]*(?:,\s*\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2})?(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*/u;
const ADVERBIAL = /^(?:(?:(?:separately|meanwhile|later|earlier|also|however|moreover|still|now|then|despite|after|amid|amidst|following|with|as|while|in|on|at)\b[^,]{0,60},\s*)|(?:(?:separately\s+|later\s+|early\s+|late\s+)?(?:on|in|at|by)\s+(?:(?:the\s+end|the\s+start|the\s+beginning)\s+of\s+)?(?:late\s+|early\s+|mid-?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?\s+))+/iu;

/** The sentence without its dateline and opening adverbials. */
export function stripOpening(sentence: string): string {
  const agency = agencyDatelineEnd(sentence);
  return (agency > 0 ? sentence.slice(agency) : sentence.replace(DATELINE, '')).replace(ADVERBIAL, '');
}
