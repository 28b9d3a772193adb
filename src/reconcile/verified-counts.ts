import { textAroundNumber, type Item } from './item.js';

/**
 * A count of the deaths a monitor has verified or documented ("it had verified
 * 148 killings", "has documented the killing of 47 civilians", "confirmed 312
 * civilian deaths") is a floor its method sets, not the whole toll: a lower
 * verified count contradicts no higher report of the same event.
 */
const VERIFIED_BEFORE = /\b(?:verified|documented|confirmed|recorded|corroborated)\s+(?:(?:the|at\s+least|some|a\s+total\s+of)\s+)?(?:(?:deliberate|unlawful|individual)\s+)?(?:(?:killings?|deaths?)\s+of\s+)?$/i;
const VERIFIED_AFTER = /^\s+(?:verified|documented|confirmed)\b/i;

export function countsVerified(item: Item): boolean {
  if (item.verified === undefined) {
    const around = item.claim.stance === 'confirmed' ? textAroundNumber(item, 60, 20) : null;
    item.verified = !!around && (VERIFIED_BEFORE.test(around.before) || VERIFIED_AFTER.test(around.after));
  }
  return item.verified;
}
