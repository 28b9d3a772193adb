import { causeOf } from './cause-phrases.js';
import type { Link } from './link.js';

const DRONE = /\bdrones?\b|\bkamikaze\b|\bUAVs?\b/i;
const CHEMICAL = /\b(?:poison(?:ous)?\s+gas|chemical|chlorine|sarin|mustard\s+gas|nerve\s+agent|toxic\s+gas)\b/i;

/** Words without which neither DRONE nor CHEMICAL can match (both ignore ASCII case only). */
const WEAPON_WORDS = ['drone', 'kamikaze', 'uav', 'gas', 'chemical', 'chlorine', 'sarin', 'nerve'];

/** The manner a sentence's weapon gives its killings and woundings: "drone strike", "chemical attack". */
export function weaponManner(sentence: string): string | null {
  const lower = sentence.toLowerCase();
  if (!WEAPON_WORDS.some((word) => lower.includes(word))) return null;
  if (DRONE.test(sentence)) return 'drone strike';
  if (CHEMICAL.test(sentence)) return 'chemical attack';
  return null;
}

/**
 * A link's manner: its cue's own ("shot dead"), else for killings and woundings the one cause its words
 * name ("killed by shelling", cause-phrases.ts), else the sentence's weapon (read only when asked).
 */
export function mannerOf(link: Link, sentence: string, sentenceWeapon: () => string | null): string | null {
  if (link.cue.manner) return link.cue.manner;
  if (link.cue.outcome === 'deployed' || link.cue.outcome === 'captured' || link.cue.outcome === 'surrendered') return null;
  return causeOf(sentence, link) ?? sentenceWeapon();
}
