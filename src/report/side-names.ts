import { readFileSync } from 'node:fs';

/**
 * Words for a side's ISO code: the first demonym data/sides.json lists for
 * it ("KP" → "North Korean"), else the country's name in the gazetteer
 * (data/places.json), else the code itself.
 */
let names: ReadonlyMap<string, string> | null = null;

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

function titleCase(text: string): string {
  return text.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function loadNames(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  const { sides } = readJson<{ sides: Record<string, string | null> }>('../../data/sides.json');
  for (const [demonym, code] of Object.entries(sides)) {
    if (code && !table.has(code) && /^[a-z -]+$/.test(demonym)) table.set(code, titleCase(demonym));
  }
  const places = readJson<Array<{ name: string; country: string | null; level: string }>>('../../data/places.json');
  for (const place of places) {
    if (place.level === 'country' && place.country && !table.has(place.country)) table.set(place.country, place.name);
  }
  return table;
}

export function sideName(code: string): string {
  names ??= loadNames();
  return names.get(code) ?? code;
}
