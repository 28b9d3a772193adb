import { datelineEnd } from './datelines.js';

/**
 * What stands before the subject of a sentence: datelines ("KYIV —",
 * "SEOUL, Dec 23 (Wire) -") and opening adverbials ("Separately on Friday,",
 * "In December").
 */
const ADVERBIAL = /^(?:(?:(?:separately|meanwhile|later|earlier|also|however|moreover|still|now|then|despite|after|amid|amidst|following|with|as|while|in|on|at)\b[^,]{0,60},\s*)|(?:(?:separately\s+|later\s+|early\s+|late\s+)?(?:on|in|at|by)\s+(?:(?:the\s+end|the\s+start|the\s+beginning)\s+of\s+)?(?:late\s+|early\s+|mid-?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?\s+))+/iu;

/** A wire service's slug glued to a headline: "BRIEF-Zelenskyy says …", "UPDATE 2-Russia says …", "EXCLUSIVE-…". */
const WIRE_SLUG = /^\s*(?:BRIEF|UPDATE(?:\s+\d+)?|EXCLUSIVE|FACTBOX|ANALYSIS|WRAPUP(?:\s+\d+)?|INSIGHT|REFILE|CORRECTED|RPT|FOCUS|EXPLAINER|TIMELINE|PREVIEW)-(?=\S)/;

/** The sentence without its dateline, a wire slug and opening adverbials. */
export function stripOpening(sentence: string): string {
  return sentence.slice(datelineEnd(sentence)).replace(WIRE_SLUG, '').replace(ADVERBIAL, '');
}
