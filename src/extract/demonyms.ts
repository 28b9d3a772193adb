/**
 * People named by their country: "11,000 North Koreans", "6,000 Eritreans",
 * "2,000 Syrians", "300 Pakistanis", "500 Sudanese". A capitalised plural
 * with a demonym's ending is people; sent to a war, they are what was
 * deployed. No kind follows from the name: a country's people are soldiers
 * in one story and civilians in the next.
 */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans|is|ese)$/u;
/** Plurals with those endings that name no country's people. */
const NOT_DEMONYMS = new Set(['Republicans', 'Christians', 'Veterans', 'Thanks', 'Analysis', 'Basis', 'Crisis', 'Plans', 'Loans', 'Fans', 'Scans']);

/** Whether a group's words name people by their country ("North Koreans", "Syrians to the front"). */
export function namesDemonym(text: string): boolean {
  return text.split(/\s+/).some((word) => DEMONYM.test(word) && !NOT_DEMONYMS.has(word));
}
