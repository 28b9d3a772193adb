import { findPlaces } from './places.js';

/**
 * An attack aimed at a civilian place: "air strikes on civilian targets",
 * "an attack on a village", "a drone strike on a market", "shelling of
 * residential areas", "missiles hit apartment blocks", "a missile attack on
 * Kyiv" (a city the gazetteer knows). The people it killed
 * are civilians unless the text says otherwise, even when a battle is named
 * elsewhere in the sentence ("…, as heavy fighting continued in the east").
 */
const ATTACK_ON_PLACE = new RegExp(
  String.raw`\b(?:attacks?|attacked|assaults?|strikes?|struck|airstrikes?|air\s+strikes?|air\s+raids?|raids?|shelling|bombing|bombardment|missiles?|rockets?|drones?)` +
    String.raw`\s+(?:\w+\s+){0,2}?(?:on|at|against|targeting|targetting|of|hit|hitting|in)\s+(?:a|an|the|two|three|several)?\s*(?:[\w-]+\s+){0,2}?` +
    String.raw`(?:civilian\s+(?:targets?|infrastructure|areas?|buildings?|objects?|sites?)|villages?|towns?|markets?|marketplace|residential|homes?|houses?|apartments?|apartment\s+blocks?|neighbou?rhoods?|camps?\s+for\s+displaced|displacement\s+camps?|hospitals?|schools?|mosques?|churches?)\b`,
  'i',
);

/** An attack on a named city or town: "a missile attack on Kyiv", "strikes targeting the city of Odesa". */
const ATTACK_ON = /\b(?:attacks?|attacked|strikes?|struck|airstrikes?|air\s+strikes?|air\s+raids?|shelling|bombing|bombardment|missiles?|rockets?|drones?)\s+(?:\w+\s+){0,2}?(?:on|targeting|targetting|against|of|hit|hitting)\s+(?:the\s+(?:city|town|village|capital)\s+of\s+)?/gi;

function attacksCity(sentence: string): boolean {
  ATTACK_ON.lastIndex = 0;
  for (let match = ATTACK_ON.exec(sentence); match; match = ATTACK_ON.exec(sentence)) {
    // Only the words right after the preposition are looked up: the gazetteer's scan of a whole sentence costs more.
    const end = match.index + match[0].length;
    const place = findPlaces(sentence.slice(end, end + 40))[0];
    if (place && place.start === 0 && place.level === 'city') return true;
  }
  return false;
}

export function attacksCivilianPlace(sentence: string): boolean {
  return ATTACK_ON_PLACE.test(sentence) || attacksCity(sentence);
}
