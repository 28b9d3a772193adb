/**
 * A number given to compare with ("up from 120 on Saturday", "compared with
 * 250 last week", ", from 45 on Monday"): the time after it is the earlier
 * number's, not the claim's it is compared with.
 */
export interface ComparisonPhrase {
  /** Where the phrase starts ("up from …") and where it ends (the next comma or the end of the clause). */
  start: number;
  end: number;
  /** Where its number ends: what follows, up to `end`, is said of that number. */
  numberEnd: number;
}

const QUALIFIER = String.raw`(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|roughly\s+)?`;
const COMPARISON = new RegExp(
  String.raw`(?:,\s*|\b(?:up|down|rising|rose|risen|climbing|climbed|falling|fell|fallen|increased?|decreased?|revised)\s+)from\s+${QUALIFIER}(\d[\d,.]*)|\bcompared\s+(?:with|to)\s+${QUALIFIER}(\d[\d,.]*)`,
  'gi',
);
/** Words without which COMPARISON cannot match. */
const HINT = /\bfrom\s|\bcompared\s/i;
const CLAUSE_END = /[,;:.!?]|\s(?:and|but|while|as|said|says|according)\s/g;

export function comparisonPhrases(sentence: string): ComparisonPhrase[] {
  return HINT.test(sentence) ? phrasesAfterNumbers(sentence, COMPARISON, CLAUSE_END) : [];
}

/**
 * Each match of the global `pattern`, which ends on a number, as a phrase
 * from the number's end to the next match of the global `clauseEnd` (or the
 * sentence's end). A trailing "," or "." of the number ("from 120.") is no part of it.
 */
export function phrasesAfterNumbers(sentence: string, pattern: RegExp, clauseEnd: RegExp): ComparisonPhrase[] {
  const found: ComparisonPhrase[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const numberEnd = m.index + m[0].replace(/[,.]+$/, '').length;
    clauseEnd.lastIndex = numberEnd;
    const stop = clauseEnd.exec(sentence);
    found.push({ start: m.index, end: stop ? stop.index : sentence.length, numberEnd });
  }
  return found;
}

/** Whether the time at `at` is said of a compared number, for the claim between `claimStart` and `claimEnd` when it is not that number. */
export function timeOfComparedNumber(phrases: readonly ComparisonPhrase[], at: number, claimStart: number, claimEnd: number): boolean {
  return phrases.some((c) => at >= c.numberEnd && at < c.end && !(claimStart >= c.start && claimStart < c.numberEnd) && claimEnd !== c.numberEnd);
}
