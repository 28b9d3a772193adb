import type { CanonicalSpeaker } from './speakers.js';
import { linkToTheOneGiving } from './unique-links.js';

/**
 * An organisation named by its acronym is the organisation the corpus names
 * in full: "the ICRC" is "the International Committee of the Red Cross",
 * "OCHA" is "the UN Office for the Coordination of Humanitarian Affairs".
 * A full name gives its acronym by its initials (a leading "UN", "US" or
 * "EU" may be left out of them; a hyphenated word may give one per part,
 * "Agence France-Presse" AFP) or by writing it out ("… Red Cross (ICRC)",
 * "the UN human rights office OHCHR"). An acronym two full names could give
 * is left alone.
 */
const ACRONYM = /^[A-Z]{2,8}$/;
const MINOR = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'at', 'de', 'des', 'du', 'la', 'le', "d'"]);
const BODY_PREFIX = /^(?:UN|U\.N\.|US|U\.S\.|EU)$/;

function bareName(label: string): string {
  return label.replace(/^the\s+/i, '').trim();
}

/** The acronyms a full name gives. */
export function acronymsOf(label: string): string[] {
  const found = new Set<string>();
  // Written out after the name ("… Red Cross (ICRC)", "the UN human rights office OHCHR"), not after a little word ("cited by a UN").
  const written = /\(([A-Z]{2,8})\)|(?<!\b(?:a|an|the|by|of|from|with|to|for|in|at)\s+)(?<=\p{L}\s+)([A-Z]{2,8})$/u.exec(label);
  if (written) found.add((written[1] ?? written[2]) as string);
  const words = label.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).filter((word) => word !== '' && !MINOR.has(word.toLowerCase()));
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return [...found];
  const initials = (list: readonly string[]) => list.map((word) => (ACRONYM.test(word) ? word : word.charAt(0))).join('');
  found.add(initials(words));
  if (BODY_PREFIX.test(words[0] as string) && words.length > 2) found.add(initials(words.slice(1)));
  // "Agence France-Presse" is AFP: each capitalised part of a hyphenated word gives its initial too.
  const parts = words.flatMap((word) => word.split('-')).filter((part) => part !== '');
  if (parts.length > words.length && parts.every((part) => /^\p{Lu}/u.test(part))) found.add(initials(parts));
  return [...found];
}

/** Rewrites, in place, each organisation named only by an acronym to the one organisation the corpus names in full with it. */
export function linkAcronyms(resolved: Array<CanonicalSpeaker | null>): void {
  linkToTheOneGiving(
    resolved,
    (speaker) => (ACRONYM.test(bareName(speaker.label)) ? [] : acronymsOf(bareName(speaker.label))),
    (speaker) => bareName(speaker.label),
  );
}

/**
 * "Agence France-Presse", "Human Rights Watch": a name the speaker parser
 * read as a person's, whose initials the corpus uses as an organisation's
 * name ("AFP", "HRW"), is that organisation. Only acronyms of three letters
 * or more are trusted: two initials ("IS") are too many people's.
 */
export function organisationsNamedLikePeople(resolved: Array<CanonicalSpeaker | null>, idOf: (name: string) => string): void {
  const acronyms = new Set<string>();
  for (const speaker of resolved) {
    const label = speaker?.isOrg ? bareName(speaker.label) : '';
    if (label.length >= 3 && ACRONYM.test(label)) acronyms.add(label);
  }
  if (acronyms.size === 0) return;
  const organisationOf = new Map<string, CanonicalSpeaker | null>();
  for (let i = 0; i < resolved.length; i++) {
    const person = resolved[i];
    if (!person || person.isOrg) continue;
    let organisation = organisationOf.get(person.id);
    if (organisation === undefined) {
      const label = bareName(person.label);
      const named = acronymsOf(label).some((acronym) => acronym.length >= 3 && acronyms.has(acronym));
      organisation = named ? { id: idOf(label), label, country: person.country, isOrg: true, speaksFor: null, described: false } : null;
      organisationOf.set(person.id, organisation);
    }
    if (organisation) resolved[i] = organisation;
  }
}
