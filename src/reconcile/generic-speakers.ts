import type { Speaker } from '../contracts/claim.js';
import type { CanonicalSpeaker } from './speakers.js';
import { normaliseName } from './speakers.js';

/**
 * Speakers named only by their kind ("the agency", "the ministry",
 * "officials", "he"): each is resolved to the one organisation its document
 * quotes, when it can be that organisation.
 */

/** Words that name a speaker only by its kind: resolved to the one organisation the document quotes. */
export const GENERIC = /^(?:agency|ministry|service|office|officials?|authorities|military|army|government|spokes(?:man|woman|person)|statement|report|sources?|he|she|they|it)$/;

export function isGeneric(speaker: Speaker): boolean {
  return GENERIC.test(normaliseName(speaker.name ?? speaker.org ?? speaker.text));
}

/** Generic words that name a kind of body: "the army" is the document's one speaker only when that speaker is an army. */
const KIND_OF_BODY = /^(?:ministry|service|office|military|army|government)$/;

/** Whether a generic speaker ("the army", "the agency", "officials") can be `speaker`, the one its document quotes. */
export function refersTo(generic: Speaker, speaker: CanonicalSpeaker): boolean {
  const noun = normaliseName(generic.name ?? generic.org ?? generic.text);
  return !KIND_OF_BODY.test(noun) || normaliseName(speaker.label).split(' ').includes(noun);
}
