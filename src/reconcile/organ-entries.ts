import type { SpeakerEntry, SpeakerTable } from './speakers.js';
import { countryOfOrgan, stateOrganKey } from './state-organs.js';

/**
 * "The Ukrainian military said" where the alias table knows Ukraine's
 * General Staff: a state organ however a report words it is the table's
 * entry for that organ, when exactly one entry's aliases name it ("Ukraine's
 * General Staff" → the armed forces of UA). Only organs of a country count.
 */
const registries = new WeakMap<SpeakerTable, Map<string, SpeakerEntry | null>>();

function registryOf(table: SpeakerTable): Map<string, SpeakerEntry | null> {
  let registry = registries.get(table);
  if (registry) return registry;
  registry = new Map();
  for (const [form, entry] of table.byForm) {
    if (entry.name !== null) continue;
    const organ = stateOrganKey(form);
    if (!organ || !countryOfOrgan(organ)) continue;
    const known = registry.get(organ);
    registry.set(organ, known === undefined || known === entry ? entry : null);
  }
  registries.set(table, registry);
  return registry;
}

/** The alias table's one entry for the state organ a normalised name words, if any. */
export function entryOfOrgan(normalised: string, table: SpeakerTable): SpeakerEntry | undefined {
  const organ = stateOrganKey(normalised);
  return organ ? (registryOf(table).get(organ) ?? undefined) : undefined;
}

/** What may follow an organ's name and still be that organ speaking: one of its groups of forces ("army eastern group", "military southern command"). */
const FORMATION = /^(?:[a-z-]+ )?(?:group|grouping|command|group of forces|operational command)$/;

/**
 * "Ukrainian army Eastern group spokesman": the organ a person speaks for
 * when their organisation is one of its groups of forces, as an id (the
 * alias table's entry for the organ, else the organ's own), or undefined.
 */
export function organOfFormation(normalised: string, table: SpeakerTable): string | undefined {
  const words = normalised.split(' ');
  for (let n = words.length - 1; n >= 2; n--) {
    if (!FORMATION.test(words.slice(n).join(' '))) continue;
    const head = words.slice(0, n).join(' ');
    const organ = stateOrganKey(head);
    if (organ) return entryOfOrgan(head, table)?.id ?? `org:${organ}`;
  }
  return undefined;
}
