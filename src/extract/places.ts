import { readFileSync } from 'node:fs';
import { isWhiteSpace } from './chars.js';
import { longestMatchAt, mayStartFormAt, packForms, wordCharWidth, wordEnd, type PackedTrie, type TrieForm } from './place-trie.js';

/**
 * Places: countries, regions, cities and areas named in one sentence
 * ("in the Kursk region" → Kursk Oblast, RU). Names come from a gazetteer
 * (data/places.json) that users can extend with their own JSON files of the
 * same shape: an array of { name, country, level, aliases } (see loadGazetteer).
 * Unknown administrative units ("Shopian district", "Khoda Afrin county") are
 * still found by their suffix word, as 'area' mentions.
 */
export type PlaceLevel = 'country' | 'region' | 'city' | 'area';

export interface PlaceMention {
  /** UTF-16 offsets into the sentence, end exclusive; text === sentence.slice(start, end). */
  start: number;
  end: number;
  text: string;
  name: string;
  /** ISO 3166-1 alpha-2, or null for places with no single state (Kashmir, the Sahel, unknown districts). */
  country: string | null;
  level: PlaceLevel;
}

/**
 * One row of data/places.json or of a user file. `name` is matched as well as
 * every alias. An alias of a region or area is matched bare and with suffixes
 * ("Kursk", "Kursk region", "Kursk Oblast", "region of Kursk"); a name or
 * alias that already ends in a suffix word ("Kharkiv Oblast") lends only its
 * stem to the suffixed forms, so bare "Kharkiv" can stay the city.
 */
export interface GazetteerEntry {
  name: string;
  country: string | null;
  level: PlaceLevel;
  aliases: string[];
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  /** A character trie over every matchable form, apostrophes and whitespace folded. */
  readonly trie: PackedTrie<GazetteerEntry>;
}

const LEVELS: readonly PlaceLevel[] = ['country', 'region', 'city', 'area'];

// When two entries claim the same form, the explicit alias beats a name, which beats a generated form;
// on equal footing the later entry wins, so a user file can override the shipped data.
const PRIORITY_ALIAS = 3;
const PRIORITY_NAME = 2;
const PRIORITY_GENERATED = 1;

const REGION_SUFFIXES = ['region', 'Region', 'oblast', 'Oblast', 'province', 'Province', 'area', 'krai', 'Krai', 'governorate', 'Governorate', 'state', 'State', 'district', 'District'];
const REGION_PREFIXES = ['region of', 'province of', 'oblast of', 'governorate of', 'district of'];
const CITY_SUFFIXES = ['city', 'City', 'town'];
const CITY_PREFIXES = ['city of', 'town of'];
const STEM_SUFFIX = / (?:Oblast|Region|Province|Krai|Governorate|State|District|oblast|region|province|state|district)$/;

function matchableForms(entry: GazetteerEntry): Array<{ form: string; priority: number }> {
  const forms: Array<{ form: string; priority: number }> = [{ form: entry.name, priority: PRIORITY_NAME }];
  for (const alias of entry.aliases) forms.push({ form: alias, priority: PRIORITY_ALIAS });
  for (const { form, priority } of [...forms]) {
    if (form.length >= 4 && form !== form.toUpperCase()) forms.push({ form: form.toUpperCase(), priority });
  }
  if (entry.level === 'region' || entry.level === 'area') {
    forms.push(...affixedForms([entry.name, ...entry.aliases], REGION_SUFFIXES, REGION_PREFIXES));
  } else if (entry.level === 'city') {
    forms.push(...affixedForms([entry.name, ...entry.aliases], CITY_SUFFIXES, CITY_PREFIXES));
  }
  return forms;
}

function affixedForms(names: readonly string[], suffixes: readonly string[], prefixes: readonly string[]) {
  const stems = new Set(names.map((name) => name.replace(STEM_SUFFIX, '')));
  const forms: Array<{ form: string; priority: number }> = [];
  for (const stem of stems) {
    for (const suffix of suffixes) forms.push({ form: `${stem} ${suffix}`, priority: PRIORITY_GENERATED });
    for (const prefix of prefixes) forms.push({ form: `${prefix} ${stem}`, priority: PRIORITY_GENERATED });
  }
  return forms;
}

function* entryForms(entries: readonly GazetteerEntry[]): Iterable<TrieForm<GazetteerEntry>> {
  for (const entry of entries) {
    for (const { form, priority } of matchableForms(entry)) yield { form, value: entry, priority };
  }
}

export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  return { entries, trie: packForms(entryForms(entries)) };
}

function parseEntries(json: unknown, source: string): GazetteerEntry[] {
  if (!Array.isArray(json)) throw new Error(`${source}: a gazetteer file must hold a JSON array of { name, country, level, aliases }`);
  return json.map((row: unknown, index): GazetteerEntry => {
    const where = `${source}[${index}]`;
    if (typeof row !== 'object' || row === null) throw new Error(`${where}: not an object`);
    const { name, country, level, aliases } = row as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') throw new Error(`${where}: "name" must be a non-empty string`);
    if (country !== null && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
      throw new Error(`${where}: "country" must be an ISO 3166-1 alpha-2 code or null`);
    }
    if (typeof level !== 'string' || !LEVELS.includes(level as PlaceLevel)) throw new Error(`${where}: "level" must be one of ${LEVELS.join(', ')}`);
    if (aliases !== undefined && (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string' && alias.trim() !== ''))) {
      throw new Error(`${where}: "aliases" must be an array of non-empty strings`);
    }
    return { name, country, level: level as PlaceLevel, aliases: (aliases as string[] | undefined) ?? [] };
  });
}

/**
 * The shipped gazetteer (data/places.json) plus any user files of the same
 * shape, read in order: a later file's entry overrides an earlier one that
 * claims the same form, so users can add places or re-point a name.
 */
export function loadGazetteer(extraFiles: readonly string[] = []): Gazetteer {
  const sources: Array<string | URL> = [new URL('../../data/places.json', import.meta.url), ...extraFiles];
  const entries = sources.flatMap((source) => parseEntries(JSON.parse(readFileSync(source, 'utf8')) as unknown, String(source)));
  return buildGazetteer(entries);
}

let defaultGazetteerCache: Gazetteer | null = null;
export function defaultGazetteer(): Gazetteer {
  defaultGazetteerCache ??= loadGazetteer();
  return defaultGazetteerCache;
}

function gazetteerMentions(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  const { trie } = gazetteer;
  let i = 0;
  // Each word start is tried once; a name that starts with no trie branch is passed over at its first letter.
  while (i < sentence.length) {
    if (wordCharWidth(sentence, i) === 0) {
      i++;
      continue;
    }
    const match = mayStartFormAt(trie, sentence, i) ? longestMatchAt(trie, sentence, i) : null;
    if (match) {
      found.push(mentionOf(sentence, i, match.end, match.value.name, match.value.country, match.value.level));
      i = match.end;
    } else {
      i = wordEnd(sentence, i);
    }
  }
  return found;
}

function mentionOf(sentence: string, start: number, end: number, name: string, country: string | null, level: PlaceLevel): PlaceMention {
  return { start, end, text: sentence.slice(start, end), name, country, level };
}

const UNIT_SUFFIX =
  /\b(district|District|province|Province|state|State|region|Region|governorate|Governorate|county|County|city|City|town|Town|village|Village|upazila|Upazila|tehsil|Tehsil|municipality|Municipality|prefecture|Prefecture|oblast|Oblast|raion|krai|Krai|area|camp|island|Island)\b/g;
const CITY_LIKE_SUFFIXES = new Set(['city', 'City', 'town', 'Town', 'village', 'Village']);
const MAX_NAME_TOKENS = 4;
const TYPE_OF_NAME = /^\s+of\s+\p{Lu}/u;
// Capitalised words that start sentences or name things that are not places ("Islamic State", "Member State").
const NOT_NAME_WORDS = new Set(
  (
    'The A An In On At Of From To For By With And Or But As If When While After Before Near This That These Those Its His Her Their Our My Your ' +
    'Each Every Some Many Several Both All Most Islamic Member Secretary Head Police Army Military Government Security Federal National ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'
  ).split(' '),
);
const NAME_TOKEN_CHAR = /[\p{L}\p{N}'’-]/u;
// "the Turkish city of Diyarbakir", "Egyptian state media": a demonym before the suffix word names no place.
// Only "-ese" and "-ish" are safe endings to guess from ("Shopian district" is a place, "Syrian province" is not).
const DEMONYM_ENDING = /(?:ese|ish)$/;
const DEMONYMS = new Set(
  (
    'Afghan Afghani African Albanian Algerian American Arab Arabian Argentine Armenian Asian Australian Austrian Azerbaijani Bahraini Bangladeshi ' +
    'Belarusian Belgian Bolivian Bosnian Brazilian Bulgarian Cambodian Cameroonian Canadian Chadian Chechen Chilean Colombian Columbian Congolese ' +
    'Croatian Cuban Czech Dominican Dutch Ecuadorian Egyptian Emirati Eritrean Estonian Ethiopian European Filipino French Georgian German Ghanaian ' +
    'Greek Guatemalan Haitian Honduran Hungarian Indian Indonesian Iranian Iraqi Israeli Italian Jamaican Jordanian Kashmiri Kazakh Kenyan Korean ' +
    'Kosovar Kuwaiti Kyrgyz Latvian Libyan Lithuanian Malian Malaysian Mauritanian Mediterranean Mexican Moldovan Mongolian Moroccan Mozambican ' +
    'Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Peruvian Qatari Romanian Russian Rwandan Salvadoran Saudi Serbian ' +
    'Somali Soviet Syrian Tajik Tanzanian Thai Tunisian Ugandan Ukrainian Uzbek Venezuelan Welsh Swiss Yemeni Zambian Zimbabwean'
  ).split(' '),
);

function isDemonym(token: string): boolean {
  return DEMONYMS.has(token) || DEMONYM_ENDING.test(token);
}

function isNameToken(token: string): boolean {
  if (NOT_NAME_WORDS.has(token) || /['’]s$/.test(token)) return false;
  return /^\p{Lu}/u.test(token) || /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u.test(token);
}

/** Where the run of capitalised words just before `end` (a suffix word's start) begins, or null if there is none. */
function capitalisedRunBefore(sentence: string, end: number): number | null {
  let runStart: number | null = null;
  let pos = end;
  for (let tokens = 0; tokens < MAX_NAME_TOKENS; tokens++) {
    let tokenEnd = pos;
    if (!isWhiteSpace(sentence.charCodeAt(tokenEnd - 1))) break;
    while (isWhiteSpace(sentence.charCodeAt(tokenEnd - 1))) tokenEnd--;
    let tokenStart = tokenEnd;
    while (tokenStart > 0 && NAME_TOKEN_CHAR.test(sentence[tokenStart - 1] as string)) tokenStart--;
    if (!isNameToken(sentence.slice(tokenStart, tokenEnd))) break;
    runStart = tokenStart;
    pos = tokenStart;
  }
  return runStart;
}

/** "<Capitalised Name> district|province|…": administrative units the gazetteer does not know. */
function administrativeUnitMentions(sentence: string, gazetteer: Gazetteer): PlaceMention[] {
  const found: PlaceMention[] = [];
  UNIT_SUFFIX.lastIndex = 0;
  for (let suffix = UNIT_SUFFIX.exec(sentence); suffix; suffix = UNIT_SUFFIX.exec(sentence)) {
    const suffixStart = suffix.index;
    const suffixWord = suffix[0];
    const nameStart = capitalisedRunBefore(sentence, suffixStart);
    if (nameStart === null || isDemonym(sentence.slice(nameStart, suffixStart).trim().split(/\s+/).at(-1) ?? '')) continue;
    const end = suffixStart + suffixWord.length;
    const nameEnd = trimEndSpace(sentence, suffixStart);
    const known = longestMatchAt(gazetteer.trie, sentence, nameStart);
    const entry = known?.end === nameEnd ? known.value : null;
    const cityLike = CITY_LIKE_SUFFIXES.has(suffixWord);
    // "the Tigray village of Togoga", "the Kherson town of Beryslav": the words before the type say where the named place is.
    if (cityLike && TYPE_OF_NAME.test(sentence.slice(end, end + 8))) continue;
    // "the Bakhmut area" is around the town, as "around Bakhmut" is: any known place has an area.
    const fits = cityLike ? entry?.level === 'city' : suffixWord === 'area' || entry?.level === 'region' || entry?.level === 'area';
    if (entry && fits) {
      found.push(mentionOf(sentence, nameStart, end, entry.name, entry.country, entry.level));
    } else {
      found.push(mentionOf(sentence, nameStart, end, sentence.slice(nameStart, end).replace(/\s+/g, ' '), entry?.country ?? null, 'area'));
    }
  }
  return found;
}

function trimEndSpace(text: string, end: number): number {
  let i = end;
  while (isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Leftmost first, then longest; on a tie the earlier candidate (a gazetteer one) is kept. */
function nonOverlapping(candidates: PlaceMention[]): PlaceMention[] {
  const ordered = candidates
    .map((mention, order) => ({ mention, order }))
    .sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end || a.order - b.order);
  const kept: PlaceMention[] = [];
  let reached = 0;
  for (const { mention } of ordered) {
    if (mention.start < reached) continue;
    kept.push(mention);
    reached = mention.end;
  }
  return kept;
}

/** Every place named in one sentence, left to right, without overlaps. Case-sensitive: "us" is not "US". */
export function findPlaces(sentence: string, gazetteer: Gazetteer = defaultGazetteer()): PlaceMention[] {
  const known = gazetteerMentions(sentence, gazetteer);
  const units = administrativeUnitMentions(sentence, gazetteer);
  // The gazetteer's mentions alone are left to right and apart already.
  return units.length === 0 ? known : nonOverlapping([...known, ...units]);
}
