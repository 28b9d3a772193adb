import { sideOf } from '../extract/sides.js';
import type { Item } from './item.js';

/**
 * Whether one claim counts a narrower group than another on the same
 * figure: "five children" or "ten aid workers" among "144 people" killed,
 * "20,000 Wagner fighters" among Russia's dead. A part may be smaller than
 * its whole, so its smaller number contradicts nothing. Only words that name
 * everyone ("people", "victims", or no group at all) are the widest; any
 * other group differing from the other claim's is read as narrower, so that
 * when the wording leaves it open the board says less, never "conflict".
 */
const EVERYONE = new Set(['', 'people', 'persons', 'person', 'individuals', 'victims', 'others', 'dead', 'those', 'bodies', 'casualties', 'lives']);

function groupWords(item: Item): string {
  return item.claim.subject.text
    .toLowerCase()
    .replace(/\b(?:the|of|among|them|at least|more than|about|some|all)\b/g, ' ')
    .replace(/[^\p{L}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isNarrowerGroup(small: Item, large: Item): boolean {
  const narrow = groupWords(small);
  const wide = groupWords(large);
  return narrow !== wide && !EVERYONE.has(narrow);
}

/** Words for the whole of those an attack's toll counts: the people, the civilians, the prisoners it hit. */
const WHOLE_TOLL = new Set([
  ...EVERYONE,
  ...['civilians', 'residents', 'villagers', 'inhabitants', 'locals', 'townspeople', 'citizens', 'martyrs', 'prisoners', 'detainees', 'inmates', 'pows', 'soldiers', 'troops', 'servicemen', 'fighters', 'killed', 'wounded', 'injured', 'deaths', 'fatalities'],
  // "more than 80 civilian deaths", "one resident": the same whole in the singular or as an adjective.
  ...['civilian', 'resident', 'villager', 'inhabitant', 'local', 'citizen', 'martyr', 'prisoner', 'detainee', 'inmate', 'soldier', 'serviceman', 'fighter', 'death', 'victim'],
]);

/**
 * The part of an incident's toll a claim counts ("children", "aid workers"),
 * or null for the whole: a toll of its people, civilians or prisoners, or of
 * a people named by its side ("Palestinians").
 */
export function partOfTollOf(item: Item): string | null {
  const words = groupWords(item).split(' ').filter((word) => word !== '');
  if (words.length === 0 || words.some((word) => WHOLE_TOLL.has(word))) return null;
  const head = words[words.length - 1] as string;
  // "28 Palestinians", "Ukrainians": a people named by its side is the whole toll of that side, not a part of it.
  if (sideOf(head.charAt(0).toUpperCase() + head.slice(1))) return null;
  return SAME_PART.get(head) ?? head;
}

/**
 * Head nouns that name one part of a toll: "nine of its staff", "nine aid workers" and "its employees" are the workers;
 * "minors" and "kids" the children, and so is one child however named ("a 10-year-old boy", "a girl", "a child").
 */
const SAME_PART = new Map([
  ...['staff', 'staffers', 'employees', 'personnel', 'colleagues', 'workers', 'worker', 'employee'].map((word): [string, string] => [word, 'workers']),
  ...['minors', 'kids', 'children', 'child', 'boy', 'girl', 'kid', 'minor', 'baby', 'infant', 'toddler', 'teenager'].map((word): [string, string] => [word, 'children']),
  ...['woman', 'women'].map((word): [string, string] => [word, 'women']),
]);

/**
 * "165 people were killed", retold as "killed 165 children": a retelling
 * that names a part of the toll where its source named the whole (or
 * another part) changed what the number counts. Naming the whole where the
 * source named a part says less, not something else; a source that names no
 * group leaves it open.
 */
export function narrowsGroup(source: Item, retelling: Item): boolean {
  const part = partOfTollOf(retelling);
  if (part === null || !NAMED_PARTS.has(part)) return false;
  const sourcePart = partOfTollOf(source);
  if (sourcePart !== null) return NAMED_PARTS.has(sourcePart) && sourcePart !== part;
  // "nine others", "those" count relative to someone named before: they leave the group open.
  const words = groupWords(source);
  return words !== '' && !/\b(?:others|those)$/.test(words);
}

/** The parts a toll is told by that no one takes for the whole: "mercenaries" or "fighters" may be everyone counted, "children" never. */
const NAMED_PARTS = new Set(['children', 'women', 'girls', 'boys', 'babies', 'infants', 'students', 'pupils', 'journalists', 'reporters', 'medics', 'doctors', 'nurses', 'paramedics', 'workers', 'teachers', 'elderly', 'refugees']);
