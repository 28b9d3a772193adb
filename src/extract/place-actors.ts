import { endsWithPhrase, phraseEnding } from './place-phrases.js';

/**
 * A country or a capital used as an actor is not where something happened:
 * "units of the DPRK army", "Moscow's war", "Kyiv's forces", "the government
 * in Tehran", "Al-Qaeda in the Arabian Peninsula". True when the place at
 * start..end names who acted, not where.
 */
// What a state or a city owns or commands: "the DPRK army", "Moscow's war", "Iran's foreign ministry", "Kyiv's own troops".
const ACTOR_AFTER =
  /^(?:['’]s)?\s+(?:(?:own|foreign|defen[cs]e|interior|armed|health|regular|special|border|air|naval|elite|main|top|senior|military|security|new|latest|full-scale|ongoing|brutal|illegal|unprovoked)\s+)?(?:army|armies|forces|force|troops|soldiers|service\s*members?|servicemen|marines|personnel|citizens|nationals|diplomats|contractors|military|militaries|government|regime|authorities|ministry|embassy|war|wars|invasion|aggression|offensive|leadership|leader|president|command|units?|navy|police|intelligence|parliament|lawmakers|officials|side|allies|proxies|missiles?|drones?|strikes?|attacks?|shelling|bombardment|campaign|operation)\b/iu;
// Who sits in a place and speaks or acts for a state: "the government in Tehran", "the regime in Damascus", "officials in Moscow".
const SEAT_BEFORE = /\b(?:government|regime|authorities|leadership|embassy|ministry|administration|junta|rulers|kremlin|headquarters)\s+(?:in|of)\s+(?:the\s+)?$/giu;
const SEAT_RUNS = 3;
// A title that names an office of a place: "Information Minister of Yei River State", "the governor of Kherson", "the mayor of Kyiv".
const TITLE_OF = /\b(?:minister|governor|mayor|president|premier|prime\s+minister|chief|head|spokes(?:man|woman|person)|commissioner|ambassador|envoy|representative|deputy|senator|lawmaker|MP)\s+(?:of|for)\s+(?:the\s+)?$/giu;
const TITLE_RUNS = 4;
/** What both SEAT_BEFORE and TITLE_OF end with: a cheap test before their many alternatives. */
const LINK_BEFORE = /(?:in|of|for)\s+(?:the\s+)?$/giu;
const LINK_RUNS = 2;
// A name of two capitalised words, or a hyphenated one, right before "in": the place ends a longer name ("Al-Qaeda in the Arabian Peninsula", "Islamic State in Iraq").
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'’]*\s+|\p{Lu}[\p{L}'’]*-)(\p{Lu}[\p{L}'’-]*)\s+in\s+(?:the\s+)?$/gu;
const NAME_RUNS = 4;
/** Capitalised words before "in" that end no name: days, months, and people by their nation ("Palestinians in Gaza"). */
const NOT_NAME_END = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|\p{Lu}[\p{L}-]*(?:ans|is|ese|ers|ians))$/u;
/** A title-case headline ("Five Killed In Kabul Blast") capitalises words that are no names. */
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}/gu;

function isTitleCase(sentence: string): boolean {
  const lower = sentence.match(LOWER_WORD)?.length ?? 0;
  const words = sentence.split(/\s+/).length;
  return lower * 6 < words;
}

export function isActorPlace(sentence: string, start: number, end: number): boolean {
  if (ACTOR_AFTER.test(sentence.slice(end, end + 60))) return true;
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (endsWithPhrase(LINK_BEFORE, LINK_RUNS, before) && (endsWithPhrase(SEAT_BEFORE, SEAT_RUNS, before) || endsWithPhrase(TITLE_OF, TITLE_RUNS, before))) return true;
  // The first word of a sentence is capitalised whatever it is: "Fighting in Kharkiv …" names a place.
  const name = phraseEnding(NAME_BEFORE, NAME_RUNS, before);
  if (!name || NOT_NAME_END.test(name[1] ?? '')) return false;
  const wordStart = Math.max(0, start - 60) + name.index;
  const first = wordStart === 0 || /^[\s"“'‘(]*$/u.test(sentence.slice(0, wordStart)) || /[.:!?]\s*$/u.test(sentence.slice(Math.max(0, wordStart - 3), wordStart));
  return !first && !isTitleCase(sentence);
}
