import type { Count } from './counts.js';

/**
 * Captures said with "take": "the insurgents took 14 soldiers prisoner",
 * "Hamas took about 250 people hostage", "gunmen took several villagers
 * captive", "taking 300 prisoners", "took at least two prisoner". The verb is a capture only when the
 * people it takes are made captives: "took 12 soldiers to hospital" is not.
 * Holding is a capture when what is held are captives: "Hamas holds 240 hostages".
 */
const CAPTIVE_AFTER = /^\s+(?:captive|captives|prisoners?|hostages?)\b/i;
const CAPTIVE_HEAD = /^(?:captives|prisoners|hostages|pows)$/i;

export function isTakenCaptive(sentence: string, count: Count): boolean {
  if (count.group.head !== null && CAPTIVE_HEAD.test(count.group.head)) return true;
  const end = Math.max(count.end, count.group.end);
  // "took 250 people hostage": the group reader may have read "hostage" into the group as a second noun.
  if (count.group.head !== null && /^(?:captive|prisoner|hostage)s?$/i.test(count.group.head) && count.group.text.includes(' ')) return true;
  // "took at least two prisoner", "took one hostage": the idiom keeps the captive word singular, with no noun before it.
  if (count.group.head !== null && /^(?:captive|prisoner|hostage)$/i.test(count.group.text)) return true;
  return count.group.head !== null && CAPTIVE_AFTER.test(sentence.slice(end, end + 20));
}

const CAPTIVES = /^(?:captives?|prisoners?|hostages?|pows?|detainees?)$/i;

/** People as the subject of a passive "held": "137 pupils and staff were being held", "12 aid workers are still held". */
const HELD_PASSIVE = /^(?:\s+and\s+[\p{L}-]+)?\s+(?:are|were|was|is|had\s+been|have\s+been|has\s+been|remain|remained)\s+(?:still\s+)?(?:being\s+)?held\b(?!\s+(?:in\s+(?:high\s+)?(?:regard|esteem)|responsible|accountable|up|back|talks|funerals?))/iu;

/**
 * "193 Ukrainian prisoners had been held", "Hamas holds 240 hostages": holding counts captives; and people
 * a passive "held" makes captive ("137 pupils and staff were being held"), not people held to account.
 */
export function isHeldCaptive(sentence: string, count: Count): boolean {
  if (count.group.head === null) return false;
  if (CAPTIVES.test(count.group.head)) return true;
  const end = Math.max(count.end, count.group.end);
  return HELD_PASSIVE.test(sentence.slice(end, end + 50));
}
