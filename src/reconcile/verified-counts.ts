import { textAroundNumber, type Item } from './item.js';

/**
 * A count of the deaths a monitor has verified or documented ("it had verified
 * 148 killings", "has documented the killing of 47 civilians", "confirmed 312
 * civilian deaths") is a floor its method sets, not the whole toll: a lower
 * verified count contradicts no higher report of the same event.
 */
/** "verified 148 killings", "documented the deliberate killing of 47": one of `verbs`, then what a count by method is worded with, up to the number. */
function countedBy(verbs: string): RegExp {
  return new RegExp(String.raw`\b(?:${verbs})\s+(?:(?:the|at\s+least|some|a\s+total\s+of)\s+)?(?:(?:deliberate|unlawful|individual)\s+)?(?:(?:killings?|deaths?)\s+of\s+)?$`, 'i');
}
const VERIFIED_BEFORE = countedBy('verified|documented|confirmed|recorded|corroborated');
const VERIFIED_AFTER = /^\s+(?:verified|documented|confirmed)\b/i;
/**
 * "12 bodies had been identified", "the bodies of 62 have been identified", "identified 62 of the dead": the
 * dead named so far, whoever says it, are a floor below the toll, which counts the bodies not yet named.
 */
const IDENTIFIED_AFTER = /^\s+(?:(?:of\s+the\s+)?(?:bodies|victims|dead|people)\s+)?(?:(?:had|have|has)\s+)?(?:(?:so\s+far|now|already)\s+)?(?:been|were|was)\s+identified\b/i;
const IDENTIFIED_BEFORE = /\bidentified\s+(?:the\s+(?:bodies|remains)\s+of\s+)?$/i;

/** Verbs of a monitor's method, whatever the stance the extractor gave: "it had documented the deliberate killing of 47 civilians". */
const METHOD_BEFORE = countedBy('verified|documented|corroborated');

export function countsVerified(item: Item): boolean {
  if (item.verified === undefined) {
    const around = textAroundNumber(item, 60, 40);
    const verified = !!around && (METHOD_BEFORE.test(around.before) || (item.claim.stance === 'confirmed' && (VERIFIED_BEFORE.test(around.before) || VERIFIED_AFTER.test(around.after))));
    item.verified = verified || (!!around && (IDENTIFIED_AFTER.test(around.after) || IDENTIFIED_BEFORE.test(around.before)));
  }
  return item.verified;
}
