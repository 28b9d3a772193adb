import type { SourcedClaim } from './input.js';
import { countryOfWords } from './state-organs.js';
import { normaliseName, type CanonicalSpeaker } from './speakers.js';
import { personNameOf } from './person-names.js';

/**
 * "Ukraine's interior minister says 52 were killed", in a corpus where
 * "Interior Minister Ihor Klymenko" gave that toll: a speaker named only by
 * an office (and its country) is the one person the corpus names as holding
 * it. Two people with that office ("interior minister" of two countries, or
 * two holders over the years), or a country the person's words contradict,
 * leave it as it is.
 */

const OFFICE_NOUN = /^(?:minister|governor|mayor|president|premier|spokes(?:man|woman|person)|commander|ombudsman|ombudsperson|prosecutor|prosecutor-general|commissioner|envoy|ambassador|coordinator)$/;
/** At most two common words before the office noun: "interior minister", "regional governor", "human rights commissioner". */
const MAX_OFFICE_WORDS = 3;

/** The office written right before a person's name, in its own case: "Interior Minister Ihor Klymenko" → "interior minister". */
function officeBeforeName(text: string, name: string): string | null {
  const at = text.lastIndexOf(name);
  if (at <= 0) return null;
  const words = normaliseName(text.slice(0, at)).split(' ').filter(Boolean);
  const office = officeAtEnd(words)?.office;
  return office ? officeKey(office.split(' ')) : null;
}

/** Words that say what kind of place an office is of, not which: "regional", "oblast", "province". */
const GENERIC_PLACE_WORDS = new Set(['regional', 'region', 'oblast', 'province', 'provincial', 'state', 'district', 'municipal', 'city', 'the', 'of']);

/**
 * One key for an office however it is worded: "Donetsk regional governor" and "governor of the Donetsk region" are
 * "governor: donetsk". An office whose words are all generic keeps its words ("regional governor").
 */
function officeKey(words: readonly string[]): string {
  const noun = words[words.length - 1] ?? '';
  const qualifiers = words.slice(0, -1).filter((word) => !GENERIC_PLACE_WORDS.has(word));
  return qualifiers.length === 0 ? words.join(' ') : `${noun}: ${[...qualifiers].sort().join(' ')}`;
}

/** "governor of the donetsk region" → the office "governor: donetsk"; null unless the noun before "of" is an office. */
function officeOfPlace(name: string): { office: string; country: string | null } | null {
  const of = /^(?:(\S+)\s+)?(\S+) of (?:the )?(.+)$/.exec(name);
  if (!of || !OFFICE_NOUN.test(of[2] as string)) return null;
  // "the president of Ukraine": an office of a country is left to the country's own wording.
  if (countryOfWords(of[3] as string) !== undefined) return null;
  return { office: officeKey([...(of[1] ? [of[1]] : []), ...(of[3] as string).split(' '), of[2] as string]), country: null };
}

/** The office the words end on, and the words before it: ["ukraine", "interior", "minister"] → "interior minister" after ["ukraine"]. */
function officeAtEnd(words: readonly string[]): { office: string; before: string[] } | null {
  const last = words.length - 1;
  if (last < 0 || !OFFICE_NOUN.test(words[last] ?? '')) return null;
  let start = last;
  while (start > 0 && last - start + 1 < MAX_OFFICE_WORDS && countryOfWords(words[start - 1] ?? '') === undefined && !/^(?:the|a|an|of)$/.test(words[start - 1] ?? '')) start--;
  // "prime minister" is one office; a lone noun ("minister", "spokesman") names too little to say whose.
  if (start === last) return null;
  return { office: words.slice(start).join(' '), before: words.slice(0, start) };
}

/** An organisation-like speaker that is only an office and its country: "Ukraine's interior minister" → office and UA, "the interior minister" → office alone. */
function officeOfLabel(label: string): { office: string; country: string | null } | null {
  const name = normaliseName(label);
  const found = officeAtEnd(name.split(' '));
  if (!found) return officeOfPlace(name);
  const office = officeKey(found.office.split(' '));
  if (found.before.length === 0) return { office, country: null };
  const country = countryOfWords(found.before.join(' '));
  return country ? { office, country } : null;
}

export function linkOfficeHolders(items: readonly SourcedClaim[], resolved: Array<CanonicalSpeaker | null>): void {
  const holders = new Map<string, CanonicalSpeaker | null>();
  items.forEach((item, i) => {
    const person = resolved[i];
    const speaker = item.claim.speaker;
    if (!person || person.isOrg || !speaker) return;
    const name = personNameOf(speaker);
    const office = name ? officeBeforeName(speaker.text, name) : null;
    if (!office) return;
    const known = holders.get(office);
    holders.set(office, known === undefined || known?.id === person.id ? person : null);
  });
  if (holders.size === 0) return;
  // The countries the corpus gives each office: a holder named without one is the one holder only where the office has one country.
  const countries = new Map<string, Set<string>>();
  const offices = resolved.map((speaker) => (speaker?.isOrg ? officeOfLabel(speaker.label) : null));
  for (const found of offices) {
    if (!found?.country) continue;
    const set = countries.get(found.office) ?? new Set<string>();
    set.add(found.country);
    countries.set(found.office, set);
  }
  offices.forEach((found, i) => {
    if (!found) return;
    const holder = holders.get(found.office);
    if (!holder) return;
    const officeCountries = countries.get(found.office);
    const sameCountry = holder.country ? found.country === null || found.country === holder.country : (officeCountries?.size ?? 0) <= 1;
    if (sameCountry) resolved[i] = holder;
  });
}
