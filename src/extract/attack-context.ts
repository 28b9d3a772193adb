import { attacksCivilianPlace } from './civilian-targets.js';

/**
 * What kind of violence a sentence reports, for who its "people" were: people
 * killed by a strike, shelling, a bomb or gunmen are civilians unless the text
 * says some were combatants; people killed in clashes or a battle may be
 * either, so they stay unknown, and so do those of an attack on a military
 * or security target.
 */
const ATTACK =
  /\b(?:attack(?:s|ed)?|assault(?:s|ed)?|strikes?|struck|airstrikes?|air\s*raids?|shell(?:s|ing|ed)|bomb(?:s|ing|ings|ed|ers?)?|blasts?|explosions?|explosives?|exploded|detonated|IEDs?|grenades?|missiles?|rockets?|drones?|mortars?|artillery|gunmen|gunfire|shootings?|opened\s+fire|massacred?|suicide|barrel\s+bombs?|landmines?)\b/i;
const BATTLE = /\b(?:clash(?:es|ed)?|fighting|battles?|combat|firefights?|gunfights?|skirmish(?:es)?|ambush(?:es|ed)?|counter-?attacks?|assault\s+on\s+(?:a|an|the|their)\s+(?:\w+\s+)?(?:base|post|outpost|checkpoint|barracks|positions?))\b/i;
/** "including six fighters", "among them 4 soldiers", "most of them militants": combatants among the people counted. */
const COMBATANTS_AMONG =
  /\b(?:including|among\s+them|among\s+whom|of\s+whom|most\s+of\s+them|mostly|both)\b[^.;]{0,40}?\b(?:soldiers?|troops|fighters?|militants?|combatants?|servicemen|policemen|police(?:\s+officers)?|officers|rebels?|insurgents?|gunmen|militiamen|members\s+of\s+the\s+(?:security|armed)\s+forces|gang\s+members|gangsters?)\b/i;

/** A civilian place hit: "a market", "a mosque", "homes", "a camp for displaced people". */
const CIVILIAN_SITE =
  /\b(?:markets?|marketplace|bazaar|mosques?|church(?:es)?|temples?|schools?|hospitals?|clinics?|homes?|houses?|residential|apartments?|buses|bus|wedding|funeral|crowds?|shops?|caf[eé]s?|restaurants?|hotels?|displaced|refugees?|shelters?|neighbou?rhoods?|suburbs?)\b/i;
/** A military or security target: "an army base", "a checkpoint", "targeting soldiers", "security forces". */
const MILITARY_TARGET =
  /\b(?:bases?|barracks|outposts?|checkpoints?|convoys?|patrols?|security\s+forces|(?:targeting|targetting|against|on|at)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:soldiers|troops|forces|fighters|police|policemen|officers|army|military|militants|officials?|vehicles?))\b/i;

/**
 * Whether the people an attack counted were civilians as far as the text
 * says: a strike, shelling or a bomb (not a battle) that hit a civilian place,
 * or hit no military or security target.
 */
export function namesAttack(sentence: string): boolean {
  if (!ATTACK.test(sentence)) return false;
  if (attacksCivilianPlace(sentence)) return true;
  if (BATTLE.test(sentence)) return false;
  return CIVILIAN_SITE.test(sentence) || !MILITARY_TARGET.test(sentence);
}

/** Whether the text after the count says some of those counted were combatants. */
export function namesCombatantsAmong(textAfterCount: string): boolean {
  return COMBATANTS_AMONG.test(textAfterCount);
}
