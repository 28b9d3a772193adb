import type { CanonicalSpeaker } from './speakers.js';

/**
 * "The head of Russia's Investigative Committee, Alexander Bastrykin": a
 * person named with the organisation they lead or speak for, where that
 * organisation speaks in the corpus itself, speaks with its voice wherever
 * the corpus names them ("Bastrykin said"): the committee's 137 and
 * Bastrykin's 139 are one speaker's toll, updated. A person named with two
 * such organisations keeps their own voice. `idOf` gives the id an
 * organisation's (normalised) name resolves to.
 */
export function linkPeopleToTheirOrganisations(resolved: Array<CanonicalSpeaker | null>, idOf: (organisation: string) => string): void {
  const organisations = new Set<string>();
  for (const speaker of resolved) if (speaker?.isOrg && !speaker.described) organisations.add(speaker.id);
  if (organisations.size === 0) return;
  const voiceOfPerson = new Map<string, string | null>();
  const idOfName = new Map<string, string>();
  for (const person of resolved) {
    if (!person || person.isOrg || person.speaksFor === null || person.speaksForId) continue;
    let id = idOfName.get(person.speaksFor);
    if (id === undefined) {
      id = idOf(person.speaksFor);
      idOfName.set(person.speaksFor, id);
    }
    if (!organisations.has(id)) continue;
    const known = voiceOfPerson.get(person.id);
    voiceOfPerson.set(person.id, known === undefined || known === id ? id : null);
  }
  if (voiceOfPerson.size === 0) return;
  const linked = new Map<CanonicalSpeaker, CanonicalSpeaker>();
  for (let i = 0; i < resolved.length; i++) {
    const person = resolved[i];
    if (!person || person.isOrg || person.speaksForId) continue;
    const id = voiceOfPerson.get(person.id);
    if (!id) continue;
    let voiced = linked.get(person);
    if (!voiced) {
      voiced = { ...person, speaksForId: id };
      linked.set(person, voiced);
    }
    resolved[i] = voiced;
  }
}

/**
 * "Military spokesman Rear Admiral Daniel Hagari" on Thursday and
 * "Lieutenant Colonel Richard Hecht, a military spokesman" on Sunday: two
 * spokespeople of one organisation give its word, even where the
 * organisation never speaks in the corpus itself, so the second's number
 * updates the first's. Only people named as spokespeople, of the same
 * organisation and of no different country; one named for two
 * organisations keeps their own voice.
 */
/** A person named as a spokesperson of an organisation who speaks with no organisation's voice yet. */
function isUnlinkedSpokesperson(person: CanonicalSpeaker | null | undefined): person is CanonicalSpeaker & { speaksFor: string } {
  return !!person && !person.isOrg && !!person.spokesperson && person.speaksFor !== null && !person.speaksForId;
}

export function linkFellowSpokespeople(resolved: Array<CanonicalSpeaker | null>, idOf: (organisation: string) => string): void {
  const peopleOf = new Map<string, Set<string>>();
  const keyOfPerson = new Map<string, string | null>();
  for (const person of resolved) {
    if (!isUnlinkedSpokesperson(person)) continue;
    const key = `${person.speaksFor}\u0000${person.country ?? ''}`;
    const known = keyOfPerson.get(person.id);
    keyOfPerson.set(person.id, known === undefined || known === key ? key : null);
    let people = peopleOf.get(key);
    if (!people) peopleOf.set(key, (people = new Set()));
    people.add(person.id);
  }
  const linked = new Map<CanonicalSpeaker, CanonicalSpeaker>();
  for (let i = 0; i < resolved.length; i++) {
    const person = resolved[i];
    if (!isUnlinkedSpokesperson(person)) continue;
    const key = keyOfPerson.get(person.id);
    if (!key || (peopleOf.get(key)?.size ?? 0) < 2) continue;
    let voiced = linked.get(person);
    if (!voiced) linked.set(person, (voiced = { ...person, speaksForId: idOf(person.speaksFor) }));
    resolved[i] = voiced;
  }
}
