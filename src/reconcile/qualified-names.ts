import { countryOfWords } from './state-organs.js';
import { normaliseName, type CanonicalSpeaker } from './speakers.js';
import { linkToTheOneGiving } from './unique-links.js';

/**
 * An organisation named without its country is the one the corpus names
 * with it: "the Investigative Committee" is "Russia's Investigative
 * Committee" and "the Federal Security Service" is "Russia's Federal
 * Security Service", when the corpus names only one country's body of that
 * name. Where two countries have one ("Ukraine's General Staff", "Russia's
 * General Staff"), the bare name stays as it is.
 */
export function linkUnqualifiedNames(resolved: Array<CanonicalSpeaker | null>): void {
  linkToTheOneGiving(
    resolved,
    (speaker) => {
      const rest = speaker.described ? null : unqualified(normaliseName(speaker.label));
      return rest === null ? [] : [rest];
    },
    (speaker) => normaliseName(speaker.label),
  );
}

/** "russia investigative committee" → "investigative committee": the name after a leading country (or its people's adjective), when two words or more remain. */
function unqualified(name: string): string | null {
  const words = name.split(' ');
  for (const take of [2, 1]) {
    if (words.length < take + 2) continue;
    if (countryOfWords(words.slice(0, take).join(' ')) !== undefined) return words.slice(take).join(' ');
  }
  return null;
}
