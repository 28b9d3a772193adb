import { spokenDay } from './days.js';
import type { Item } from './item.js';
import { voiceOf } from './speakers.js';
import { citation, claimPhrase, quoted, speakerName } from './phrases.js';

/**
 * The update verdict (scenarios.md): the same speaker later gives another
 * number for the same quantity. A rolling toll that rose or an estimate
 * revised down supersedes the earlier number; it is neither a copy nor a
 * contradiction between sources. Only a speaker known by name or by its
 * organisation counts as the same: two "officials" may be two people. A
 * spokesperson speaks with their organisation's voice, and an outlet's
 * unattributed numbers are its own.
 */
export function sameSpeaker(a: Item, b: Item): boolean {
  // An outlet's own count, attributed to no one ("our volunteers have now recorded 312"), is the outlet's word.
  if (!a.speaker && !b.speaker) return !!a.source.publisher && a.source.publisher === b.source.publisher;
  if (!a.speaker || !b.speaker || a.speaker.described) return false;
  return voiceOf(a.speaker) === voiceOf(b.speaker);
}


/** The same speaker's later, other number; or one its report says replaced the earlier ("revised down to 1,200 from 1,400"). */
export function isUpdate(earlier: Item, later: Item): boolean {
  if (later.revises === earlier) return true;
  return sameSpeaker(earlier, later) && later.order > earlier.order && earlier.claim.quantity?.value !== later.claim.quantity?.value;
}

export function updateWhy(first: Item, later: Item): string {
  const [a, b] = [first.claim.quantity, later.claim.quantity];
  const direction = a && b ? (b.value > a.value ? 'raised' : 'revised down') : 'changed';
  const from = a ? quoted(a.text) : 'an unstated number';
  const to = b ? quoted(b.text) : 'an unstated number';
  // A statement the text does not date is only known to precede its report: no day is made up for it.
  const said = later.stated.start === later.stated.end ? `, said ${spokenDay(later.stated.start)}` : '';
  return `${speakerName(later)} ${direction} the number from ${from} (${citation(first)}) to ${to} (${citation(later)}${said}): ${quoted(claimPhrase(later))} supersedes ${quoted(claimPhrase(first))}; a later statement, not a copy or a contradiction.`;
}
