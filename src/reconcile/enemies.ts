import { findSides } from '../extract/sides.js';
import { isDenial, type Item } from './item.js';

/**
 * "Over the past day, the enemy lost up to 480 servicemen", posted by
 * Russia's defence ministry; "221 of the enemy were killed", said by
 * Ukraine's Eastern group: the enemy is the side the speaker's country
 * counts the losses of elsewhere in the corpus ("Russia says Ukraine lost
 * 480 troops"). Only where that side is plain (two thirds of such counts),
 * only for counts the enemy is said to have suffered (never "enemy drones
 * killed two soldiers"), and never where the sentence names a side or "our"
 * own.
 */
const ENEMY_COUNTED =
  /\b(?:(?:the\s+)?(?:enemy|occupiers?|invaders|adversary)\s+(?:has\s+|have\s+|had\s+)?(?:lost|loses|suffered|sustained)\b|(?:losses|casualties)\s+of\s+the\s+(?:enemy|occupiers|invaders|adversary)\b|(?:enemy|occupiers['’]?)\s+(?:losses|casualties|personnel|soldiers|troops|servicemen|fighters|infantry)\b|of\s+the\s+(?:enemy|occupiers|invaders)\b|\d[\d,]*\s+(?:enemy|occupiers|invaders)\b)/i;
const OWN_SIDE = /\b(?:our|we|us)\b/i;
const PLAIN_SHARE = 2 / 3;

/** Speaker country → the one side its speakers count the losses of, when plain. */
function opponents(items: readonly Item[]): Map<string, string> {
  const counted = new Map<string, Map<string, number>>();
  for (const item of items) {
    const country = item.speaker?.country;
    const side = item.claim.subject.affiliation;
    if (!country || !side || side === country || isDenial(item) || item.claim.outcome === 'deployed') continue;
    let sides = counted.get(country);
    if (!sides) counted.set(country, (sides = new Map()));
    sides.set(side, (sides.get(side) ?? 0) + 1);
  }
  const plain = new Map<string, string>();
  for (const [country, sides] of counted) {
    const total = [...sides.values()].reduce((sum, n) => sum + n, 0);
    const [side, n] = [...sides].sort((a, b) => b[1] - a[1])[0] as [string, number];
    if (n >= total * PLAIN_SHARE) plain.set(country, side);
  }
  return plain;
}

/** Gives the items that count "the enemy" the side their speaker's country fights, in place (their `subject`, not the claim's). */
export function resolveEnemies(items: readonly Item[]): void {
  const candidates = items.filter((item) => !item.subject.affiliation && item.subject.kind !== 'civilian' && !!item.speaker?.country && ENEMY_COUNTED.test(item.claim.sentence.text));
  if (candidates.length === 0) return;
  const opponentOf = opponents(items);
  for (const item of candidates) {
    const country = item.speaker?.country as string;
    const opponent = opponentOf.get(country);
    const sentence = item.claim.sentence.text;
    if (!opponent || OWN_SIDE.test(sentence) || findSides(sentence).some((side) => side.country !== null && side.country !== country)) continue;
    item.subject = { ...item.subject, affiliation: opponent };
  }
}
