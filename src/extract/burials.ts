import type { Count } from './counts.js';

/**
 * The dead counted by their burial: "we have had to bury 280 people in mass
 * graves", "280 people had been buried there", "volunteers buried 57 bodies".
 * Burying counts the dead only when nothing says the people were buried alive
 * or under something that fell on them: "12 people were buried under the
 * rubble" are trapped, and may live.
 */
export const BURY_VERBS = 'bury|buries|burying|buried';

const NOT_A_GRAVE = /^\s*(?:alive|still|beneath|under|underneath|(?:in|by)\s+(?:the\s+|a\s+)?(?:rubble|debris|ruins|snow|mud|landslides?|avalanches?|collapse))\b/i;

export function isBuriedDead(sentence: string, count: Count): boolean {
  if (count.group.head === null || count.group.things) return false;
  const end = Math.max(count.end, count.group.end);
  const after = sentence.slice(end, end + 60);
  // The passive: what follows the verb says where; the active: what follows the people.
  const verb = /^(?:\s+\p{L}+){0,3}?\s+buried\b/iu.exec(after);
  return !NOT_A_GRAVE.test(verb ? after.slice(verb[0].length) : after);
}
