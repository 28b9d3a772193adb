import { readFileSync } from 'node:fs';
import type { Speaker } from '../contracts/claim.js';
import type { SourcedClaim } from './input.js';
import { linkAcronyms, organisationsNamedLikePeople } from './acronyms.js';
import { GENERIC, isGeneric, onlyOfItsKind, refersTo } from './generic-speakers.js';
import { linkUnqualifiedNames } from './qualified-names.js';
import { linkOfficeHolders } from './office-holders.js';
import { linkFellowSpokespeople, linkPeopleToTheirOrganisations } from './heads-of-organisations.js';
import { isSpokesperson, organisationBeforeName, organisationOfOffice, withoutRole } from './roles.js';
import { withoutRankOrHonorific } from '../extract/ranks.js';
import { documentRuns } from './item.js';
import { isDescription } from './descriptions.js';
import { organisationsInTitle } from './title-organisations.js';
import { placedOrganId, stateOrganKey } from './state-organs.js';
import { withoutDescription } from './org-descriptors.js';
import { entryOfOrgan, organOfFormation } from './organ-entries.js';
import { linkSpellings } from './name-spellings.js';
import { corpusFullNames, fullNameOf, nameWords, personNameOf } from './person-names.js';

/**
 * Canonical speakers: "Zelensky", "Zelenskyy" and "Ukrainian President
 * Volodymyr Zelenskyy" are one person; "the White House" is Kirby in a
 * document where Kirby spoke for it. An alias table (data/speakers.json,
 * extendable with user files of the same shape) names the known ones; name
 * variants ("Lee" for "Lee Seong-kweun") are matched within the corpus.
 */
export interface SpeakerEntry {
  id: string;
  name: string | null;
  org: string | null;
  country: string | null;
  aliases: string[];
}

export interface SpeakerTable {
  entries: readonly SpeakerEntry[];
  /** Normalised alias → entry; a later file's alias wins. */
  byForm: ReadonlyMap<string, SpeakerEntry>;
  /** The most words any alias has, to bound prefix lookups. */
  longestAlias: number;
}

export interface CanonicalSpeaker {
  id: string;
  /** How a report names the speaker: the person's full name, else the organisation. */
  label: string;
  country: string | null;
  /** True for an organisation or state, false for a person. */
  isOrg: boolean;
  /** Normalised name of the organisation a person speaks for ("white house national security council"), else null. */
  speaksFor: string | null;
  /** The id of the organisation a person speaks for, when their document names it ("ministry spokesman X" where "Russia's defence ministry" spoke). */
  speaksForId?: string;
  /** The state organ a person's organisation is a group of forces of ("Ukrainian army Eastern group" → Ukraine's armed forces), as its id. */
  speaksForOrgan?: string;
  /** True for a person named as an organisation's spokesperson ("Lieutenant Colonel Richard Hecht, a military spokesman"). */
  spokesperson?: boolean;
  /**
   * True when the text only describes who spoke ("a South Korean lawmaker", "US officials", "an aid
   * group"): such a speaker may be repeating someone else's number. A named person or organisation
   * ("the UN Office for the Coordination of Humanitarian Affairs", "Amnesty International") is not.
   */
  described: boolean;
}

const normalised = new Map<string, string>();

/** Lower case, straight apostrophes, no diacritics, no leading "the", no possessive, single spaces. */
export function normaliseName(text: string): string {
  let name = normalised.get(text);
  if (name === undefined) {
    name = normaliseUncached(text);
    // Speakers repeat across a corpus; the cache is bounded all the same.
    if (normalised.size >= 65_536) normalised.clear();
    normalised.set(text, name);
  }
  return name;
}

function normaliseUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201b`]/g, "'")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'.&()-]+/gu, ' ')
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .trim()
    .replace(/^the /, '')
    .replace(/\s+/g, ' ');
}

function parseEntries(json: unknown, source: string): SpeakerEntry[] {
  if (!Array.isArray(json)) throw new Error(`${source}: a speaker file must hold a JSON array of { id, name, org, country, aliases }`);
  return json.map((row: unknown, index): SpeakerEntry => {
    const where = `${source}[${index}]`;
    if (typeof row !== 'object' || row === null) throw new Error(`${where}: not an object`);
    const { id, name, org, country, aliases } = row as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`${where}: "id" must be a lower-case slug such as "john-kirby"`);
    if (name !== null && name !== undefined && typeof name !== 'string') throw new Error(`${where}: "name" must be a string or null`);
    if (org !== null && org !== undefined && typeof org !== 'string') throw new Error(`${where}: "org" must be a string or null`);
    if (!name && !org) throw new Error(`${where}: give a "name" (a person) or an "org"`);
    if (country !== null && country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
      throw new Error(`${where}: "country" must be an ISO 3166-1 alpha-2 code or null`);
    }
    if (aliases !== undefined && (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string' && a.trim() !== ''))) {
      throw new Error(`${where}: "aliases" must be an array of non-empty strings`);
    }
    return { id, name: (name as string | null) ?? null, org: (org as string | null) ?? null, country: (country as string | null) ?? null, aliases: (aliases as string[] | undefined) ?? [] };
  });
}

export function buildSpeakerTable(entries: readonly SpeakerEntry[]): SpeakerTable {
  const byForm = new Map<string, SpeakerEntry>();
  let longestAlias = 1;
  for (const entry of entries) {
    const forms = [entry.name, ...entry.aliases, entry.name === null ? entry.org : null];
    for (const form of forms) {
      if (!form) continue;
      const key = normaliseName(form);
      byForm.set(key, entry);
      longestAlias = Math.max(longestAlias, key.split(' ').length);
    }
  }
  return { entries, byForm, longestAlias };
}

/** The shipped alias table plus user files of the same shape, later files overriding earlier aliases. */
export function loadSpeakerTable(extraFiles: readonly string[] = []): SpeakerTable {
  const sources: Array<string | URL> = [new URL('../../data/speakers.json', import.meta.url), ...extraFiles];
  return buildSpeakerTable(sources.flatMap((source) => parseEntries(JSON.parse(readFileSync(source, 'utf8')) as unknown, String(source))));
}

let defaultTable: SpeakerTable | null = null;
export function defaultSpeakerTable(): SpeakerTable {
  defaultTable ??= loadSpeakerTable();
  return defaultTable;
}

function fromEntry(entry: SpeakerEntry): CanonicalSpeaker {
  const speaksFor = entry.name !== null && entry.org !== null ? normaliseName(entry.org) : null;
  return { id: entry.id, label: entry.name ?? entry.org ?? entry.id, country: entry.country, isOrg: entry.name === null, speaksFor, described: false };
}

/** An alias that is the whole form, or its first words ("NIS in Seoul"), or, for a person, its last words ("spokesperson John Kirby"). */
function lookupAlias(form: string, table: SpeakerTable): SpeakerEntry | null {
  const key = normaliseName(form);
  if (key === '') return null;
  const exact = table.byForm.get(key);
  if (exact) return exact;
  const words = key.split(' ');
  for (let n = Math.min(words.length - 1, table.longestAlias); n >= 1; n--) {
    const head = table.byForm.get(words.slice(0, n).join(' '));
    if (head && (n >= 2 || head.name === null) && qualifiesOnly(words.slice(n))) return head;
    const tail = table.byForm.get(words.slice(words.length - n).join(' '));
    if (tail && tail.name !== null && n >= 2) return tail;
  }
  return null;
}

/**
 * Whether the words after an alias only place or describe it ("NIS in Seoul", "Moscow officials") rather
 * than name a body of its own ("Russia's Investigative Committee", "the Moscow region health ministry").
 */
function qualifiesOnly(rest: readonly string[]): boolean {
  const first = rest[0] ?? '';
  return /^(?:in|at|of|on|from|via|through|,)$/.test(first) || rest.every((word) => GENERIC.test(word));
}


/**
 * The canonical speaker of every claim (by claim id), or null for claims no
 * one is said to have made and for generic speakers that cannot be resolved.
 * `items` are in publication order, so each document's claims stand together.
 */
export function resolveSpeakers(items: readonly SourcedClaim[], table: SpeakerTable = defaultSpeakerTable()): Map<string, CanonicalSpeaker | null> {
  const speakers = speakersInOrder(items, table);
  return new Map(items.map((item, i) => [item.claim.id, speakers[i] ?? null]));
}

/** resolveSpeakers as an array beside `items`: what reconcile reads, without a map of a million claim ids. */
export function speakersInOrder(items: readonly SourcedClaim[], table: SpeakerTable = defaultSpeakerTable()): Array<CanonicalSpeaker | null> {
  const resolved = new Array<CanonicalSpeaker | null>(items.length).fill(null);
  const fullNames = corpusFullNames(items, table);
  let offset = 0;
  for (const claims of documentRuns(items)) {
    resolveDocument(claims, resolved, offset, table, fullNames);
    offset += claims.length;
  }
  organisationsNamedLikePeople(resolved, (name) => organisationIdOf(name, table));
  linkSpellings(resolved);
  linkAcronyms(resolved);
  linkUnqualifiedNames(resolved);
  linkOfficeHolders(items, resolved);
  linkPeopleToTheirOrganisations(resolved, (name) => organisationIdOf(name, table));
  linkFellowSpokespeople(resolved, (name) => organisationIdOf(name, table));
  return resolved;
}

/** One document's speakers, written to `resolved` from `offset` on. */
function resolveDocument(claims: readonly SourcedClaim[], resolved: Array<CanonicalSpeaker | null>, offset: number, table: SpeakerTable, fullNames: ReadonlyMap<string, Set<string>>): void {
  const personFor = new Map<string, CanonicalSpeaker>();
  const pending: number[] = [];
  claims.forEach((item, i) => {
    const speaker = item.claim.speaker;
    if (!speaker) return;
    if (isGeneric(speaker)) {
      pending.push(i);
      return;
    }
    const found = canonicalCached(speaker, table, fullNames, claims);
    const placed = found.isOrg ? placedOrganId(found.id, item.claim.location?.name ?? null) : found.id;
    const canonical = placed === found.id ? found : { ...found, id: placed };
    resolved[offset + i] = canonical;
    if (!canonical.isOrg && speaker.org && speaker.name) personFor.set(normaliseName(speaker.org), canonical);
  });
  // "The White House said…" in a document where Kirby spoke for the White House.
  if (personFor.size > 0) {
    claims.forEach((item, i) => {
      const canonical = resolved[offset + i];
      const speaker = item.claim.speaker;
      if (!canonical || !canonical.isOrg || !speaker || speaker.name) return;
      const spokesperson = spokespersonFor(normaliseName(speaker.org ?? speaker.text), personFor);
      if (spokesperson) resolved[offset + i] = spokesperson;
    });
  }
  linkSpokespeople(resolved, offset, claims.length, claims[0]?.source.title ?? null, table);
  if (pending.length === 0) return;
  const here = resolved.slice(offset, offset + claims.length).filter((s): s is CanonicalSpeaker => !!s);
  const organisations = new Set(here.filter((s) => s.isOrg).map((s) => s.id));
  const everyone = new Map(here.map((s) => [s.id, s]));
  const only = organisations.size === 1 ? everyone.get([...organisations][0] ?? '') : everyone.size === 1 ? [...everyone.values()][0] : undefined;
  for (const i of pending) {
    const generic = claims[i]?.claim.speaker as Speaker;
    // An organisation the parser read as a person ("Agence France-Presse") can be the one of its kind too.
    resolved[offset + i] = only && refersTo(generic, only) ? only : (onlyOfItsKind(generic, [...everyone.values()]) ?? null);
  }
}


/**
 * "ministry spokesman Igor Konashenkov" in a document where "Russia's defence
 * ministry" spoke: a person given only their organisation's common noun
 * speaks for the one organisation of the document that the noun ends.
 */
function linkSpokespeople(resolved: Array<CanonicalSpeaker | null>, offset: number, count: number, title: string | null, table: SpeakerTable): void {
  const organisations = new Map<string, CanonicalSpeaker>();
  for (let i = offset; i < offset + count; i++) {
    const speaker = resolved[i];
    if (speaker?.isOrg && !speaker.described) organisations.set(speaker.id, speaker);
  }
  let titled: string[] | undefined;
  for (let i = offset; i < offset + count; i++) {
    const person = resolved[i];
    if (!person || person.isOrg || person.speaksFor === null || person.speaksFor.includes(' ') || person.speaksForId) continue;
    const noun = person.speaksFor;
    const named = [...organisations.values()].filter((org) => normaliseName(org.label).split(' ').includes(noun));
    if (named.length === 1) resolved[i] = { ...person, speaksForId: (named[0] as CanonicalSpeaker).id };
    if (named.length > 0) continue;
    // No claim names the organisation: the one the title does, a statement published under its name.
    titled ??= organisationsInTitle(title);
    const inTitle = titled.filter((name) => normaliseName(name).split(' ').includes(noun));
    if (inTitle.length === 1) resolved[i] = { ...person, speaksForId: organisationIdOf(inTitle[0] as string, table) };
  }
}

/** The id an organisation of this normalised name resolves to when no alias names it. */
function organisationId(normalised: string): string {
  return `org:${stateOrganKey(normalised) ?? normalised}`;
}

/** The id an organisation's name resolves to: its alias entry's, else its own. */
function organisationIdOf(name: string, table: SpeakerTable): string {
  const entry = lookupAlias(name, table) ?? entryOfOrgan(normaliseName(name), table);
  return entry ? fromEntry(entry).id : organisationId(normaliseName(name));
}

function spokespersonFor(org: string, personFor: ReadonlyMap<string, CanonicalSpeaker>): CanonicalSpeaker | null {
  for (const [personOrg, person] of personFor) {
    if (personOrg === org || personOrg.startsWith(`${org} `)) return person;
  }
  return null;
}


/**
 * The same speaker fields resolve the same way everywhere, except a one-word
 * name, which depends on the names in its document: the rest are remembered
 * (per alias table), as a corpus names the same few hundred speakers again and again.
 */
const resolvedForms = new WeakMap<SpeakerTable, Map<string, CanonicalSpeaker>>();

function canonicalCached(speaker: Speaker, table: SpeakerTable, fullNames: ReadonlyMap<string, Set<string>>, documentClaims: readonly SourcedClaim[]): CanonicalSpeaker {
  const name = personNameOf(speaker);
  if (name && nameWords(name).length < 2) return canonicalOf(speaker, table, fullNames, documentClaims);
  let cache = resolvedForms.get(table);
  if (!cache) {
    cache = new Map();
    resolvedForms.set(table, cache);
  }
  const key = `${speaker.name ?? ''}\u0000${speaker.text}\u0000${speaker.org ?? ''}\u0000${speaker.country ?? ''}`;
  let canonical = cache.get(key);
  if (!canonical) {
    canonical = canonicalOf(speaker, table, fullNames, documentClaims);
    if (cache.size >= 65_536) cache.clear();
    cache.set(key, canonical);
  }
  return canonical;
}

function canonicalOf(speaker: Speaker, table: SpeakerTable, fullNames: ReadonlyMap<string, Set<string>>, documentClaims: readonly SourcedClaim[]): CanonicalSpeaker {
  for (const form of [speaker.name, speaker.text, speaker.org]) {
    if (!form) continue;
    const entry = lookupAlias(form, table);
    if (entry) return fromEntry(entry);
  }
  const written = personNameOf(speaker);
  const name = written && withoutRankOrHonorific(written);
  if (name) {
    const full = fullNameOf(name, documentClaims, fullNames);
    const entry = table.byForm.get(normaliseName(full));
    if (entry) return fromEntry(entry);
    const speaksFor = speaker.name ? (speaker.org ? normaliseName(withoutRole(speaker.org)) : null) : organisationBeforeName(speaker.org ?? speaker.text, written as string);
    const spokesperson = isSpokesperson(speaker.text);
    const speaksForOrgan = speaksFor ? organOfFormation(speaksFor, table) : undefined;
    return { id: `person:${normaliseName(full)}`, label: full, country: speaker.country, isOrg: false, speaksFor, ...(speaksForOrgan ? { speaksForOrgan } : {}), ...(spokesperson ? { spokesperson } : {}), described: false };
  }
  const org = withoutDescription(withoutRole(speaker.org ?? speaker.text));
  const orgName = normaliseName(org);
  const organ = entryOfOrgan(orgName, table);
  if (organ) return fromEntry(organ);
  // "the ministry" that the document resolved to "the Gaza health ministry" named before it is that ministry, not a description.
  // "the United Nations' top official in Sudan" speaks with the United Nations' voice.
  const office = organisationOfOffice(org);
  const speaksForId = office ? organisationIdOf(office, table) : undefined;
  return { id: organisationId(orgName), label: org, country: speaker.country, isOrg: true, speaksFor: null, ...(speaksForId ? { speaksForId } : {}), described: isDescription(speaker.text) && isDescription(org) };
}

/** Whose word a speaker gives: a spokesperson's is their organisation's. */
export function voiceOf(speaker: CanonicalSpeaker): string {
  return speaker.speaksForId ?? speaker.id;
}

/** Whether `person` speaks for the organisation `org` names ("the White House" for Kirby of the White House National Security Council). */
export function speaksForOrganisation(person: CanonicalSpeaker, org: CanonicalSpeaker): boolean {
  if (!org.isOrg || person.speaksFor === null) return false;
  if (person.speaksForOrgan === org.id) return true;
  const name = normaliseName(org.label);
  return name.length > 1 && (person.speaksFor === name || person.speaksFor.startsWith(`${name} `));
}

