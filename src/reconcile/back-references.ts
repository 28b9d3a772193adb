import { textAroundNumber, type Item } from './item.js';

/**
 * A number named as the one a new number replaces: "down to around 1,200
 * from more than 1,400", "up from the 40 it reported a day earlier", "from
 * the more than 1,400 it had given for weeks", "higher than the count of
 * 1,139 the agency published in December". It is the earlier statement,
 * recalled: not a new statement by the sentence's speaker.
 */
const FROM_BEFORE = /\b(?:from|down\s+from|up\s+from)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:earlier|previous|initial|original|official|first)\s+)*(?:(?:figure|count|toll|tally|estimate|number)\s+of\s+)?$/i;
const THAN_THE_COUNT_OF = /\b(?:than|above|below)\s+(?:the|its|their|an?)\s+(?:(?:earlier|previous|initial|original|official)\s+)?(?:figure|count|toll|tally|estimate|number)\s+of\s+$/i;
/** After the number: "… it reported a day earlier", "… it had given for weeks", "… that the agency published in mid-December". */
const GIVEN_BEFORE = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:that\s+|which\s+)?(?:it|they|he|she|officials|the\s+[\p{L}-]+)\s+(?:had\s+)?(?:previously\s+)?(?:reported|given|gave|published|announced|released|put\s+out|cited)\b/iu;

export function isBackReference(item: Item): boolean {
  const around = textAroundNumber(item, 60, 80);
  return !!around && (FROM_BEFORE.test(around.before) || THAN_THE_COUNT_OF.test(around.before) || GIVEN_BEFORE.test(around.after));
}

/**
 * A statement told as made earlier: "the ministry said at the time of the
 * explosion that …", "had initially put the toll at 30", "officials
 * originally said 12". However long ago, it is the speaker's earlier statement
 * of that number, recalled, when the corpus holds it.
 */
const SAID_BACK_THEN = /\b(?:(?:said|says|reported|stated|claimed|announced|put|gave)\s+at\s+the\s+time\b|(?:had\s+)?(?:initially|originally|first|previously|earlier)\s+(?:said|reported|stated|claimed|announced|put|gave|given|estimated)\b|(?:had\s+)?(?:said|reported|put|claimed)\s+(?:initially|originally|previously)\b)/i;

export function isRecalledStatement(item: Item): boolean {
  const around = textAroundNumber(item, 120, 0);
  return !!around && SAID_BACK_THEN.test(around.before);
}

/** "had reported 75 wounded on Friday": speech in the pluperfect tells of an earlier statement. */
const PLUPERFECT_SPEECH = /\bhad\s+(?:[\p{L}-]+\s+)?(?:said|reported|put|given|announced|estimated|stated|claimed|told)\b/iu;

/** "had reported 75 wounded on Friday", "down from 1,400", "originally said": a number its report tells as said before. */
export function toldAsEarlier(item: Item): boolean {
  return isRecalledStatement(item) || isBackReference(item) || PLUPERFECT_SPEECH.test(item.claim.sentence.text);
}
