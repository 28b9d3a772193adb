/**
 * Surrender said without the word: "694 militants have laid down their arms",
 * "the number who have given themselves up", "some 300 soldiers capitulated".
 * Each is said of the people who surrendered, before it.
 */
const POSSESSIVE = String.raw`(?:their|its|his|her)`;
export const SURRENDER_IDIOMS = [
  String.raw`(?:laid|lay|lays|laying)\s+down\s+${POSSESSIVE}\s+(?:arms|weapons)`,
  String.raw`(?:gave|given|give|gives|giving)\s+(?:themselves|himself|herself)\s+up`,
  String.raw`capitulated`,
].join('|');

/** The words the claim gate lets through for these idioms. */
export const SURRENDER_GATE = String.raw`down\s+${POSSESSIVE}\s+(?:arms|weapons)|themselves\s+up|capitulat`;
