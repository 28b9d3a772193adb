/**
 * The kind of attack an event's words tell, where they tell one that cannot
 * be the other: a strike from the air ("drone strike", "airstrike",
 * "missile attack", "shelling") or an attack on the ground ("suicide
 * bombing", "car bomb", "shooting", "gunmen"). "The attack", "the blast",
 * "the bombing" and "the strike" tell neither: a blast may be a missile's,
 * a bombing may be from the air.
 */
export type AttackKind = 'from the air' | 'on the ground';

const FROM_THE_AIR = /\b(?:air\s*strikes?|airstrikes?|air\s+raids?|(?:drone|missile|rocket|artillery|mortar)\s+(?:strikes?|attacks?|fire|hit)|drones?\s+(?:hit|struck)|missiles?\s+(?:hit|struck)|shelling|bombardment|shelled|air\s+attack)\b/i;
const ON_THE_GROUND = /\b(?:suicide|car\s+bomb(?:ing)?s?|truck\s+bomb(?:ing)?s?|shootings?|gunmen|gunman|stabbing|ambush|massacre\s+by\s+gunmen)\b/i;

export function attackKindOf(words: string): AttackKind | null {
  const air = FROM_THE_AIR.test(words);
  const ground = ON_THE_GROUND.test(words);
  return air === ground ? null : air ? 'from the air' : 'on the ground';
}
