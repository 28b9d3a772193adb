import type { CanonicalSpeaker } from './speakers.js';
import { nameWords } from './person-names.js';

/**
 * One person written in several romanisations: "Oleh Syniehubov", "Oleh
 * Synehubov", "Oleg Synegubov"; "Volodymyr Zelensky", "Zelenskyy",
 * "Zelenskiy". Outlets transliterate Ukrainian, Russian and Arabic names each
 * their own way, so no list can hold every spelling: the letters the systems
 * disagree on are folded, and two full names (first name and surname) that
 * fold alike are one speaker, under the spelling the corpus met first.
 * Vowels are folded last: romanisations of Arabic disagree on them most.
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/g/g, 'h'],
  [/(?:iy|yi|yy|ii|ij)/g, 'i'],
  [/(?:ie|ye|je)/g, 'e'],
  [/(?:yu|iu|ju)/g, 'u'],
  [/(?:ya|ia|ja)/g, 'a'],
  [/y/g, 'i'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  [/(\p{L})\1+/gu, '$1'],
  // Arabic names written with other vowels: "al-Mutawakkil", "al-Motawakel"; "Osama", "Usama".
  [/o/g, 'u'],
  [/e/g, 'i'],
];

/** A name's words with the letters romanisations disagree on folded: "syniehubov" and "synegubov" are both "sinehubov". */
export function spellingKey(name: string): string {
  return nameWords(name)
    .map((word) => FOLDS.reduce((folded, [pattern, to]) => folded.replace(pattern, to), word.normalize('NFD').replace(/\p{M}/gu, '')))
    .join(' ');
}

/** People whose full names fold alike become the one the corpus met first. */
export function linkSpellings(resolved: Array<CanonicalSpeaker | null>): void {
  const first = new Map<string, CanonicalSpeaker>();
  for (let i = 0; i < resolved.length; i++) {
    const speaker = resolved[i];
    if (!speaker || speaker.isOrg || nameWords(speaker.label).length < 2 || /\d/.test(speaker.label)) continue;
    const key = spellingKey(speaker.label);
    const known = first.get(key);
    if (!known) first.set(key, speaker);
    else if (known.id !== speaker.id) resolved[i] = { ...speaker, id: known.id, label: known.label };
  }
}
