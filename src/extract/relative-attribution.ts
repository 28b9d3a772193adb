import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/**
 * A relative clause that names who gives the toll: "the attack, which
 * investigators say killed 137 people", "the missile strike, which officials
 * said killed 31", "the raid, which residents said left 12 dead".
 */
const RELATIVE = /\b(?:which|that)\s+((?:[\p{L}'’.-]+\s+){0,7}?[\p{L}'’.-]+)\s+(says?|said|believes?|believed|estimates?|estimated|claims?|claimed)\s+(?:has\s+|have\s+|had\s+)?(?:killed|left|wounded|injured|claimed|cost)\b/u;

export function relativeAttribution(sentence: string): Attribution | null {
  if (!sentence.includes('which ') && !sentence.includes('that ')) return null;
  const found = RELATIVE.exec(sentence);
  if (!found) return null;
  const verb = found[2] as string;
  return speakerAttribution(sentence, found[1] as string, verb, /^(?:believe|estimate)/.test(verb) ? 'estimated' : null, found.index);
}
