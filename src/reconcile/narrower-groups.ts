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
