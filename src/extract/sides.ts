import { readFileSync } from 'node:fs';

/**
 * Sides: which state a group of people belongs to, from the demonym or side
 * name in its description ("North Korean soldiers" → KP). The table is data
 * (data/sides.json), extendable with files of the same shape.
 */
export interface SideTable {
  /** Lower-case names, longest first, and their ISO code (null: a side with no state, e.g. "Kurdish"). */
  entries: ReadonlyArray<readonly [string, string | null]>;
  lookup: ReadonlyMap<string, string | null>;
  /** The first word of every name, to skip at once the capitalised words that start none. */
  firstWords: ReadonlySet<string>;
}

export function loadSides(extraFiles: readonly string[] = []): SideTable {
  const merged: Record<string, string | null> = {};
  for (const file of [new URL('../../data/sides.json', import.meta.url), ...extraFiles]) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { sides?: Record<string, string | null> };
    Object.assign(merged, data.sides ?? {});
  }
  const entries = Object.entries(merged).sort((a, b) => b[0].length - a[0].length);
  return { entries, lookup: new Map(entries), firstWords: new Set(entries.map(([name]) => name.split(' ')[0] as string)) };
}

let defaultSides: SideTable | null = null;
function sides(): SideTable {
  defaultSides ??= loadSides();
  return defaultSides;
}

export interface SideMention {
  start: number;
  end: number;
  text: string;
  country: string | null;
}

const CAPITALISED = /[\p{Lu}][\p{L}'’.-]*/gu;
const MAX_WORDS = 4;

/**
 * Every side named in the text, left to right: scans the capitalised words
 * and looks up the longest run of up to four words that names a side
 * ("North Korean", "South Sudanese", "U.S."). Lower-case "us" is never the
 * United States.
 */
export function findSides(text: string, table: SideTable = sides()): SideMention[] {
  const found: SideMention[] = [];
  CAPITALISED.lastIndex = 0;
  for (let match = CAPITALISED.exec(text); match; match = CAPITALISED.exec(text)) {
    const start = match.index;
    if (!table.firstWords.has(sideWord(match[0]).toLowerCase())) continue;
    const hit = longestSideAt(text, start, table.lookup);
    if (!hit) continue;
    found.push({ start, end: hit.end, text: text.slice(start, hit.end), country: hit.country });
    CAPITALISED.lastIndex = hit.end;
  }
  return found;
}

const SIDE_WORD = /[\p{L}'’.-]+/uy;
const GAP = /[ \t\u00a0]+/y;

function longestSideAt(text: string, start: number, lookup: ReadonlyMap<string, string | null>): { end: number; country: string | null } | null {
  let position = start;
  let key = '';
  let best: { end: number; country: string | null } | null = null;
  for (let n = 0; n < MAX_WORDS; n++) {
    SIDE_WORD.lastIndex = position;
    const word = SIDE_WORD.exec(text);
    if (!word) break;
    const raw = sideWord(word[0]);
    key = n === 0 ? raw.toLowerCase() : `${key} ${raw.toLowerCase()}`;
    if ((raw === 'US' || key !== 'us') && lookup.has(key)) best = { end: position + raw.length, country: lookup.get(key) ?? null };
    GAP.lastIndex = position + word[0].length;
    if (!GAP.exec(text)) break;
    position = GAP.lastIndex;
  }
  return best;
}

/** A word as the side table spells it: no possessive, no sentence full stop, but "U.S." keeps its dots. */
function sideWord(word: string): string {
  let raw = word;
  if (raw.endsWith("'s") || raw.endsWith('’s')) raw = raw.slice(0, -2);
  if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.slice(0, -1);
  return raw;
}

/** The side of the first named side in a phrase, or null. */
export function sideOf(text: string): string | null {
  return findSides(text).find((side) => side.country !== null)?.country ?? null;
}
