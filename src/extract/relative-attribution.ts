import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/**
 * A relative clause that names who gives the toll: "the attack, which
 * investigators say killed 137 people", "the missile strike, which officials
 * said killed 31", "the raid, which residents said left 12 dead".
 */
const RELATIVE = /\b(?:which|that)\s+((?:[\p{L}'’.-]+\s+){0,7}?[\p{L}'’.-]+)\s+(says?|said|believes?|believed|estimates?|estimated|claims?|claimed)\s+(?:has\s+|have\s+|had\s+)?(?:killed|left|wounded|injured|claimed|cost)\b/u;

/**
 * A speaker named in passing, then a relative clause of what they said:
 * "lower than the one given by Prosecutor General Iryna Venediktova, who said
 * last Sunday that the bodies of 1,222 people had been found", "the doctors'
 * union, which said on Friday that 14 medics had died".
 */
const WHO_SAID = /(?:^|[\s(])((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+),\s+(?:who|which)\s+(?:(?:also|later|earlier|first|had|has|have|then)\s+)*(said|says|told\s+[^,;]{2,40}?|announced|reported|estimated|claimed|confirmed|wrote)\b(?:\s+[^,;"“]{0,40}?)?\s+that\s+(?=[^;]*\d)/u;

function whoSaidAttribution(sentence: string): Attribution | null {
  if (!/,\s+(?:who|which)\s/.test(sentence)) return null;
  const found = WHO_SAID.exec(sentence);
  if (!found) return null;
  // "the one given by X", "that of X": the speaker is the last noun phrase before the clause; "Minister of Health X" keeps its "of".
  const named = (found[1] as string).replace(/^.*\b(?:by|than|from|with|as|(?:that|those|one|figures?|count|toll)\s+of)\s+/i, '');
  const verb = (found[2] as string).split(/\s/)[0] as string;
  return speakerAttribution(sentence, named, verb, /^estimated/.test(verb) ? 'estimated' : null, found.index);
}

export function relativeAttribution(sentence: string): Attribution | null {
  if (!sentence.includes('which ') && !sentence.includes('that ')) return null;
  const found = RELATIVE.exec(sentence);
  if (!found) return whoSaidAttribution(sentence);
  const verb = found[2] as string;
  const stance = /^(?:believe|estimate)/.test(verb) ? 'estimated' : null;
  // "The governor said he was shocked by the attack, which he said had killed 12": "he" is the sentence's own subject.
  const subject = PRONOUN.test(found[1] as string) ? MAIN_SUBJECT.exec(sentence.slice(0, found.index)) : null;
  if (subject) return speakerAttribution(sentence, subject[1] as string, verb, stance, 0) ?? speakerAttribution(sentence, found[1] as string, verb, stance, found.index);
  return speakerAttribution(sentence, found[1] as string, verb, stance, found.index);
}

const PRONOUN = /^(?:he|she|they)$/i;
/** The subject that opens the sentence and the verb that ends it: "UN rights chief Volker Türk said", "The minister condemned". */
const MAIN_SUBJECT = /^\s*((?:[\p{L}'’.-]+\s+){0,8}?[\p{L}'’.-]+)\s+(?:(?:also|strongly|sharply)\s+)?(?:said|says|told|tells|condemned|condemns|denounced|denounces|described|describes|called|calls|was|is|has|had)\b/u;
