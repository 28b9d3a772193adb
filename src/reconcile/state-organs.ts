import { defaultGazetteer } from '../extract/places.js';
import { sideOf } from '../extract/sides.js';

/**
 * One state organ however a report words it: "Iraq's health ministry", "the
 * Iraqi health ministry", "the health ministry in Iraq" and "the Ministry of
 * Health of Iraq" are one speaker. The organ is read from the normalised name
 * (its kind of body, and the place or people it belongs to); the place is the
 * side's code when the words name one ("Iraqi" and "Iraq" → IQ), else the
 * place's own words ("Gaza"). Anything else is null: not an organ.
 */
/**
 * "Ukraine's army", "the Ukrainian military", "Ukraine's armed forces", its
 * General Staff and a spokesman of its Eastern group of forces all give the
 * armed forces' word: one organ, as a country's intelligence agencies are.
 */
const ARMED_FORCES_WORDS = '(?:armed forces )?general staff|armed forces|army|military|(?:[a-z-]+ )?(?:group of forces|operational command)';
const ARMED_FORCES = new RegExp(`^(?:${ARMED_FORCES_WORDS})$`);
const ORGAN =
  '(?:(?:health|defen[cs]e|interior|foreign|emergencies|emergency situations|justice|information) ministry|civil defen[cs]e(?: service| agency)?|' +
  `military intelligence|${ARMED_FORCES_WORDS}|police|` +
  'intelligence(?: agencies| agency| services| service| community| officials)?)';
/** A ministry's formal name: "public health" is health, "internal affairs" the interior; a second portfolio ("and population") is dropped. */
const MINISTRY_DOMAIN = '(?:public )?(health|defen[cs]e|interior|internal affairs|home affairs|foreign affairs|emergency situations|emergencies|justice|information)(?: and (?!of\\b)[a-z]+(?: [a-z]+)?(?= of |$))?';
const MINISTRY_OF = new RegExp(`^ministry of ${MINISTRY_DOMAIN}\\b\\s*(.*)$`);
const PLACE_MINISTRY_OF = new RegExp(`^(.+?) ministry of ${MINISTRY_DOMAIN}$`);
const DOMAIN_WORDS: Record<string, string> = { 'internal affairs': 'interior', 'home affairs': 'interior' };

function domainOf(words: string): string {
  return DOMAIN_WORDS[words] ?? words;
}
const PLACE_FIRST = new RegExp(`^(.+?) (${ORGAN})$`);
const ORGAN_FIRST = new RegExp(`^(${ORGAN})(?: (?:in|of|for) (?:the )?| ?[-–—,:] ?)(.+)$`);

function organWords(organ: string): string {
  // "US intelligence agencies", "American intelligence", "the US intelligence community": one organ.
  return organ.replace(/defense/g, 'defence').replace(/^intelligence .+$/, 'intelligence').replace(ARMED_FORCES, 'military');
}

let countries: Map<string, string> | null = null;

/** A country's code by its name or alias (lower case), from the gazetteer. */
function countryCode(place: string): string | undefined {
  if (!countries) {
    countries = new Map();
    for (const entry of defaultGazetteer().entries) {
      if (entry.level !== 'country' || !entry.country) continue;
      for (const name of [entry.name, ...entry.aliases]) countries.set(name.toLowerCase(), entry.country);
    }
  }
  return countries.get(place);
}

/** The country code lower-case words name, as a country ("russia") or its people's adjective ("russian"), or undefined. */
export function countryOfWords(words: string): string | undefined {
  return countryCode(words) ?? sideOf(words.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase())) ?? undefined;
}

let placeNames: Map<string, string> | null = null;

/** A place's name as the gazetteer spells it (lower case), by any of its names: "gaza" → "gaza strip". */
function gazetteerName(place: string): string | undefined {
  if (!placeNames) {
    placeNames = new Map();
    for (const entry of defaultGazetteer().entries) for (const name of [entry.name, ...entry.aliases]) if (!placeNames.has(name.toLowerCase())) placeNames.set(name.toLowerCase(), entry.name.toLowerCase());
  }
  return placeNames.get(place);
}

function placeKey(words: string): string {
  // "ministry of health - gaza", "health ministry, gaza": the place without the dash or comma that set it apart.
  const place = words.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return countryOfWords(place) ?? gazetteerName(place) ?? place;
}

/** "hamas-run enclave", "the territory", "russian-installed region": words that say who holds a place, or what kind it is, without naming it. */
const DESCRIBED_PLACE = /^(?:(?:\S+-(?:run|held|controlled|installed|backed|occupied|administered)\s+)?(?:enclave|territory|strip|region|area|province|city|republic)|\S+-(?:run|held|controlled|installed|backed|occupied|administered))$/;

/**
 * "the health ministry in the Hamas-run enclave": an organ placed only by a
 * description is the organ of the place its claim names ("Gaza" → the Gaza
 * Strip's health ministry), or stays as it is when the claim names none.
 */
export function placedOrganId(id: string, claimPlace: string | null): string {
  const organ = ORGAN_ID.exec(id);
  if (!organ || !claimPlace || !DESCRIBED_PLACE.test(organ[2] as string)) return id;
  return `org:${organ[1]} (${placeKey(claimPlace.toLowerCase())})`;
}
const ORGAN_ID = /^org:(.+) \((.+)\)$/;

/** "iraqi health ministry" (a normalised name) → "health ministry (IQ)", or null when it names no state organ. */
export function stateOrganKey(normalised: string): string | null {
  let name = normalised;
  const ministryOf = MINISTRY_OF.exec(name);
  if (ministryOf) name = `${ministryOf[2] ? `${ministryOf[2].replace(/^(?:of|in) (?:the )?/, '')} ` : ''}${domainOf(ministryOf[1] as string)} ministry`.trim();
  // "gaza ministry of health": the place before the ministry's formal name.
  const placeMinistryOf = ministryOf ? null : PLACE_MINISTRY_OF.exec(name);
  if (placeMinistryOf) name = `${placeMinistryOf[1]} ${domainOf(placeMinistryOf[2] as string)} ministry`;
  const placeFirst = PLACE_FIRST.exec(name);
  if (placeFirst) return `${organWords(placeFirst[2] as string)} (${placeKey(placeFirst[1] as string)})`;
  const organFirst = ORGAN_FIRST.exec(name);
  if (organFirst) return `${organWords(organFirst[1] as string)} (${placeKey(organFirst[2] as string)})`;
  // "the Ministry of Public Health and Population" with no place: the same office as "the health ministry".
  return ministryOf ? organWords(name) : null;
}

/** The country code an organ's key or id ends on ("military (IL)", "org:health ministry (IQ)"), or undefined when its place is no country. */
export function countryOfOrgan(key: string): string | undefined {
  return ORGAN_COUNTRY.exec(key)?.[1];
}
const ORGAN_COUNTRY = /\(([A-Z]{2})\)$/;
