import type { Speaker } from '../contracts/claim.js';
import type { CanonicalSpeaker } from './speakers.js';
import { normaliseName } from './speakers.js';

/**
 * Speakers named only by their kind ("the agency", "the ministry",
 * "officials", "he"): each is resolved to the one organisation its document
 * quotes, when it can be that organisation.
 */

/** Words that name a speaker only by its kind: resolved to the one organisation the document quotes. */
export const GENERIC = /^(?:agency|ministry|service|office|press (?:service|office)|officials?|authorities|military|army|government|spokes(?:man|woman|person)|statement|report|sources?|he|she|they|it)$/;

/** "his spokesman", "her office", "its press service": a role of someone named before, known only by the pronoun. */
const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)\s+/;

export function isGeneric(speaker: Speaker): boolean {
  return GENERIC.test(normaliseName(speaker.name ?? speaker.org ?? speaker.text).replace(POSSESSIVE_PRONOUN, ''));
}

/** Generic words that name a kind of body: "the army" is the document's one speaker only when that speaker is an army. */
const KIND_OF_BODY = /^(?:ministry|service|office|military|army|government)$/;

/** Whether a generic speaker ("the army", "the agency", "officials") can be `speaker`, the one its document quotes. */
export function refersTo(generic: Speaker, speaker: CanonicalSpeaker): boolean {
  const noun = normaliseName(generic.name ?? generic.org ?? generic.text).replace(POSSESSIVE_PRONOUN, '');
  return !KIND_OF_BODY.test(noun) || normaliseName(speaker.label).split(' ').includes(noun);
}
