import { countryOfOrgan, countryOfWords } from './state-organs.js';
import { normaliseName, type CanonicalSpeaker } from './speakers.js';

/**
 * "Russia says Ukraine lost 480 troops", after Russia's defence ministry
 * gave 480: a state named as the speaker ("Russia", "Moscow", "the Israeli
 * government") speaks with the voice of its organs, so repeating an organ's
 * number it repeats the organ's statement. Both must be of one known country.
 */
const GOVERNMENT = / government$/;

/** The country a speaker named as a state is ("russia", "israeli government" → IL), else undefined. */
function stateOf(speaker: CanonicalSpeaker): string | undefined {
  if (!speaker.isOrg) return undefined;
  const name = normaliseName(speaker.label);
  const state = countryOfWords(name) ?? (GOVERNMENT.test(name) ? countryOfWords(name.replace(GOVERNMENT, '')) : undefined);
  return state && (!speaker.country || speaker.country === state) ? state : undefined;
}

/** A body's country: as read, or the one its organ id names ("org:military (IL)"). */
function countryOf(speaker: CanonicalSpeaker): string | undefined {
  return speaker.country ?? countryOfOrgan(speaker.id);
}

/** Whether one of two organisations is the state the other belongs to. */
export function oneState(a: CanonicalSpeaker, b: CanonicalSpeaker): boolean {
  if (!a.isOrg || !b.isOrg || a.id === b.id) return false;
  const [stateA, stateB] = [stateOf(a), stateOf(b)];
  return (!!stateA && stateA === countryOf(b)) || (!!stateB && stateB === countryOf(a));
}
