import type { Attribution } from './speaker-phrase.js';
import { speakerAttribution } from './speaker-phrase.js';
import { ownerOfRecord, RECORD_NOUNS } from './record-owners.js';

/**
 * A count that is someone's record, made the subject of the sentence: "the
 * ministry's final count is 51 dead", "Kyrylenko's latest figures, given on
 * Sunday, are 57 dead", "the defence ministry's list puts the number of
 * servicemen killed at 2,908", "its final report … lists 587 people
 * killed". Whose record it is speaks (record-owners.ts).
 */
/** A copula is followed by the count itself: "the ministry's count is 51", not "Nebytov's figure is lower than …". */
const COUNT_AFTER_COPULA = String.raw`(?:is|are|was|were|stands\s+at|stood\s+at)\s+(?:now\s+|still\s+)?(?:(?:more\s+than|at\s+least|about|around|nearly|almost|over|some|up\s+to|just|only|roughly|approximately|close\s+to)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|dozens|hundreds|thousands|scores)\b)`;
const RECORD_VERBS = String.raw`${COUNT_AFTER_COPULA}|(?:puts|put|gives|gave|lists|listed|shows|showed|holds|held|records|recorded|counts|counted|includes|included|contains|names|named|reaches|reached|totals|totalled|totaled|says|said|cites|cited|found|finds|documents|documented)\s`;
const RECORD_SUBJECT = new RegExp(
  String.raw`^(?<subject>[^,;:"“”]{2,100}?\b(?:${RECORD_NOUNS}))(?:,\s+[^,;:]{2,120},)?\s+(?:(?:now|still|also|so\s+far|already)\s+)?(?:${RECORD_VERBS})`,
  'iu',
);
const HINT = new RegExp(String.raw`(?:['’]s?|\b(?:its|his|her|their))\s+(?:\p{L}+\s+){0,3}(?:${RECORD_NOUNS})\b`, 'iu');

export function recordAttribution(sentence: string, opening: string): Attribution | null {
  if (!HINT.test(opening)) return null;
  const subject = RECORD_SUBJECT.exec(opening)?.groups?.subject;
  const owned = subject ? ownerOfRecord(subject) : null;
  if (!subject || !owned) return null;
  const from = sentence.length - opening.length;
  const estimate = /^estimates?$/i.test(owned.record);
  const attribution = speakerAttribution(sentence, subject, estimate ? 'estimates' : 'according to', estimate ? 'estimated' : 'asserted', from);
  // "Its final report lists …": the pronoun's span, to be resolved to whom it refers to where the document is known.
  return attribution && attribution.end === 0 ? { ...attribution, start: from, end: from + subject.length } : attribution;
}
