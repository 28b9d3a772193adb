/** The noun a count counts ("3,000 North Korean soldiers"), and the nouns for people. */
import type { Atom } from './atom.js';
import { type Follower, readFollower } from './neighbours.js';

/** Plural nouns for people: they make "2000 soldiers" a count, not a year, and "12m people" twelve million. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'individuals', 'soldiers', 'troops', 'servicemen', 'servicemembers', 'personnel', 'fighters',
  'combatants', 'militants', 'mercenaries', 'conscripts', 'recruits', 'reservists', 'volunteers', 'officers', 'sailors',
  'marines', 'pilots', 'civilians', 'residents', 'inhabitants', 'children', 'men', 'women', 'refugees', 'migrants',
  'evacuees', 'displaced', 'prisoners', 'pows', 'detainees', 'hostages', 'casualties', 'deaths', 'dead', 'killed',
  'wounded', 'injured', 'victims', 'bodies', 'lives', 'families', 'households', 'workers', 'employees', 'users',
  'voters', 'patients', 'police', 'policemen', 'students', 'citizens', 'nationals', 'russians', 'ukrainians',
]);

/** Words after a number that are not what it counts. */
const NOT_A_COUNTED_NOUN: ReadonlySet<string> = new Set(
  ('a an the and or but nor of to in on at by for from with without into onto over under about above below after ' +
    'before since until during per than as that which who whom whose this these those it its their his her our my ' +
    'your were was are is be been being have has had will would could should may might must can do does did more ' +
    'less fewer most also so such not no yet each other others all both some many much said says say according ' +
    'including reported while when where if then there here out up down off again alone only just even still ' +
    'already now ago later earlier further another every among between against across around within via').split(' '),
);

/** "of", "the", "over", "about": a word that is no noun and no name. */
export function isFunctionWord(lower: string): boolean {
  return NOT_A_COUNTED_NOUN.has(lower);
}

function isUsableNoun(word: Follower): boolean {
  return /^[a-z]+$/.test(word.word) && !NOT_A_COUNTED_NOUN.has(word.lower) && !word.lower.endsWith('ly');
}

/** The noun a count counts: the next lower-case word ("soldiers"), past "of" and up to two capitalised words. */
export function countedNoun(text: string, from: number, limit: number, atom: Atom): string | null {
  let word = readFollower(text, from, limit);
  if (word === null || word.gap !== 'space') return null;
  if (word.lower === 'of' && (atom.vague || atom.multiplier > 1)) {
    word = readFollower(text, word.end, limit);
    if (word === null || word.gap !== 'space') return null;
  }
  if (isUsableNoun(word)) return word.lower;
  for (let skipped = 0; skipped < 2 && /^[A-Z][a-z]+$/.test(word.word); skipped++) {
    word = readFollower(text, word.end, limit);
    if (word === null || word.gap !== 'space') return null;
    if (isUsableNoun(word) && (PEOPLE_NOUNS.has(word.lower) || word.lower.endsWith('s'))) return word.lower;
  }
  return null;
}
