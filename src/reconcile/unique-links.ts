import type { CanonicalSpeaker } from './speakers.js';

/**
 * Rewrites, in place, each organisation a short form names to the one
 * organisation of the corpus that gives that form ("ICRC" from "the
 * International Committee of the Red Cross", "Investigative Committee" from
 * "Russia's Investigative Committee"). A form two organisations give is left alone.
 */
export function linkToTheOneGiving(
  resolved: Array<CanonicalSpeaker | null>,
  formsGiven: (speaker: CanonicalSpeaker) => readonly string[],
  formOf: (speaker: CanonicalSpeaker) => string,
): void {
  const byForm = new Map<string, CanonicalSpeaker | null>();
  for (const speaker of resolved) {
    if (!speaker?.isOrg) continue;
    for (const form of formsGiven(speaker)) {
      const known = byForm.get(form);
      if (known === undefined) byForm.set(form, speaker);
      else if (known !== null && known.id !== speaker.id) byForm.set(form, null);
    }
  }
  if (byForm.size === 0) return;
  for (let i = 0; i < resolved.length; i++) {
    const speaker = resolved[i];
    if (!speaker?.isOrg) continue;
    const full = byForm.get(formOf(speaker));
    if (full) resolved[i] = full;
  }
}
