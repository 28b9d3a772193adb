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
  pattern: RegExp;
}

export function loadSides(extraFiles: readonly string[] = []): SideTable {
  const merged: Record<string, string | null> = {};
  for (const file of [new URL('../../data/sides.json', import.meta.url), ...extraFiles]) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { sides?: Record<string, string | null> };
    Object.assign(merged, data.sides ?? {});
  }
  const entries = Object.entries(merged).sort((a, b) => b[0].length - a[0].length);
  const alternatives = entries.map(([name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  // Case-sensitive on the first letter: "us" the pronoun is not "US".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { entries, lookup: new Map(entries), pattern };
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

/** Every side named in the text, left to right. Lower-case "us" is never the United States. */
export function findSides(text: string, table: SideTable = sides()): SideMention[] {
  const found: SideMention[] = [];
  const { lookup } = table;
  table.pattern.lastIndex = 0;
  for (let match = table.pattern.exec(text); match; match = table.pattern.exec(text)) {
    const raw = match[0];
    if (raw === 'us' || raw === 'Us' || (/^[a-z]/.test(raw) && raw.length <= 3)) continue;
    const key = raw.toLowerCase().replace(/\s+/g, ' ');
    if (!lookup.has(key)) continue;
    found.push({ start: match.index, end: match.index + raw.length, text: raw, country: lookup.get(key) ?? null });
  }
  return found;
}

/** The side of the first named side in a phrase, or null. */
export function sideOf(text: string): string | null {
  return findSides(text).find((side) => side.country !== null)?.country ?? null;
}
