import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/**
 * A speaker inside a relative clause on one count: "including 33 the Israeli
 * military says are dead", "12 that officials say later died", "15 whom
 * local leaders say were killed". The speaker gives that count only; the
 * counts before it in the sentence are not its words.
 */
export interface EmbeddedAttribution {
  /** Where the count's number starts and ends in the sentence. */
  numberStart: number;
  numberEnd: number;
  attribution: Attribution;
}

const NUMBER = String.raw`\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|dozens|hundreds|thousands`;
const SPEECH = String.raw`says?|said|believes?|believed|estimates?|estimated|claims?|claimed|thinks?|thought`;
/** What the clause goes on to say of the count: its outcome. */
const FATE = String.raw`(?:(?:later|also|then|subsequently|since|have|has|had|were|are|was|is|been|to\s+be|to\s+have)\s+){0,4}(?:dead|died|killed|wounded|injured|missing|captured|executed|murdered|slain)\b`;
/** After a relative pronoun any words may be the speaker ("12 that officials say …"); straight after the count's noun, a determiner or a name opens it ("33 the military says …"). */
const SPEAKER_AFTER_PRONOUN = String.raw`(?:of\s+(?:them|whom)\s+)?(?:that|whom|who)\s+((?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)`;
const SPEAKER_OPENED = String.raw`((?:the|a|an|its|their|\p{Lu}[\p{L}'’.-]*)(?:\s+[\p{L}'’.-]+){0,6}?)`;
const EMBEDDED = new RegExp(
  String.raw`\b(${NUMBER})(?:\s+\p{Ll}[\p{Ll}-]*){0,2}?\s+(?:${SPEAKER_AFTER_PRONOUN}|${SPEAKER_OPENED})\s+(${SPEECH})\s+(?:that\s+)?${FATE}`,
  'gu',
);
/** Words without which EMBEDDED cannot match. */
const MAY_EMBED = /\b(?:says?|said|believe|estimate|claim|think|thought)/;

export function embeddedAttributions(sentence: string): EmbeddedAttribution[] {
  if (!MAY_EMBED.test(sentence)) return [];
  const found: EmbeddedAttribution[] = [];
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(sentence); m; m = EMBEDDED.exec(sentence)) {
    const number = m[1] as string;
    const phrase = (m[2] ?? m[3]) as string;
    const phraseStart = m.index + m[0].indexOf(phrase, number.length);
    const attribution = speakerAttribution(sentence, phrase, m[4] as string, null, phraseStart);
    // "12 people say were killed": a phrase that is no speaker leaves the count as it was read.
    if (attribution) found.push({ numberStart: m.index, numberEnd: m.index + number.length, attribution });
  }
  return found;
}
