import { defaultGazetteer, type PlaceLevel } from '../extract/places.js';

let levels: Map<string, Set<PlaceLevel>> | null = null;
const NONE: ReadonlySet<PlaceLevel> = new Set();

/** The levels the gazetteer gives a canonical place name (a name may be a country and a city); none for a place it does not know. */
export function placeLevels(name: string): ReadonlySet<PlaceLevel> {
  if (!levels) {
    levels = new Map();
    for (const entry of defaultGazetteer().entries) {
      const known = levels.get(entry.name);
      if (known) known.add(entry.level);
      else levels.set(entry.name, new Set([entry.level]));
    }
  }
  return levels.get(name) ?? NONE;
}
