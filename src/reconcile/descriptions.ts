/**
 * A speaker named by what it is, not who: "a South Korean lawmaker", "US
 * officials", "an aid group", "the health ministry". Such a speaker may be
 * passing on a number someone else gave, so it is never joined to another's
 * statement by name alone.
 */

/** People named by what they are, not who: they may be passing on a number someone else gave. */
const VAGUE_PEOPLE = /^(?:officials?|sources?|lawmakers?|legislators?|analysts?|experts?|diplomats?|observers?|witnesses|residents|people|activists|medics|doctors|rescuers|volunteers|insiders|officers?|commanders?|soldiers|troops|researchers|journalists|reporters|estimates?|assessments?|intelligence|media|reports?)$/i;
/** Capitalised words that say where a speaker is from, not who it is: "US", "South Korean", "Western". */
const PLACE_ADJECTIVE = /^(?:U\.?S\.?|U\.?K\.?|EU|Western|Eastern|North|South|East|West|Northern|Southern|American|British|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic))$/u;
const INDEFINITE = /^(?:a|an|some|one|two|three|four|several|many|other|unnamed|anonymous)$/i;

/** "a South Korean lawmaker", "US officials", "Health officials", "an aid group", "the health ministry": no name, only a description. */
export function isDescription(text: string): boolean {
  const words = text.replace(/[(),:;"“”]/g, ' ').split(/\s+/).map((word) => word.replace(/(?<!\.\p{Lu})\.$/u, '')).filter(Boolean);
  const content = /^(?:the|The)$/.test(words[0] ?? '') ? words.slice(1) : words;
  const head = content[content.length - 1] ?? '';
  const vagueHead = VAGUE_PEOPLE.test(head);
  // A capital on the first word may only be the sentence's ("Health officials said").
  const named = content.some((word, i) => /^\p{Lu}/u.test(word) && !PLACE_ADJECTIVE.test(word) && !INDEFINITE.test(word) && (i > 0 || !vagueHead));
  if (named) return false;
  const placed = content.some((word) => PLACE_ADJECTIVE.test(word));
  return vagueHead || INDEFINITE.test(content[0] ?? '') || !placed;
}

