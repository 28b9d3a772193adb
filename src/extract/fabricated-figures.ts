import type { Denial } from './denials.js';
import { denyingParties } from './denials.js';

/**
 * A denial that the toll exists, told as calling it untrue: "The RSF said the
 * figures were fabricated", "Russia dismissed the figures as lies", "the
 * militia accused the army of inventing the toll". One denial per party, of
 * the casualties the document counts, with no number. Calling a toll
 * "exaggerated" or "inflated" disputes its size, not its existence: no denial.
 */
const FIGURE_NOUN = String.raw`(?:the\s+|these\s+|those\s+|its\s+|their\s+|such\s+)?(?:[\p{L}-]+\s+){0,2}(?:figures?|numbers?|toll|count|tally|estimates?|statistics)`;
const UNTRUE = String.raw`(?:fabricated|a\s+fabrication|fabrications|invented|fake|false|lies|a\s+lie|untrue|made\s+up|baseless|groundless|propaganda|fiction)`;
/** "said the figures were fabricated", "called the toll false", "dismissed the figures as lies". */
const CALLED_UNTRUE = new RegExp(
  String.raw`\b(said|says|called|calls|described|describes|branded|brands|dismissed|dismisses|rejected|rejects)\s+(?:that\s+)?(${FIGURE_NOUN})\s+(?:(?:were|was|are|is|had\s+been|as)\s+)?(?:(?:all|simply|pure|complete|a|an)\s+)?${UNTRUE}\b`,
  'iu',
);
/** "accused the army of inventing the toll". */
const ACCUSED_OF_INVENTING = new RegExp(String.raw`\b(accused|accuses)\s+(?:[\p{L}'’.-]+\s+){1,5}?of\s+(?:inventing|fabricating|making\s+up|faking)\s+(${FIGURE_NOUN}|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:casualties|deaths))\b`, 'iu');
const HINT = /fabricat|invent|fake|false|lie|untrue|made\s+up|baseless|groundless|propaganda|fiction/i;

export function findFabricatedFigures(sentence: string): Denial[] {
  if (!HINT.test(sentence)) return [];
  const match = CALLED_UNTRUE.exec(sentence) ?? ACCUSED_OF_INVENTING.exec(sentence);
  if (!match) return [];
  const parties = denyingParties(sentence, match.index);
  if (parties.length === 0) return [];
  const objectText = match[2] ?? '';
  const start = match.index + match[0].indexOf(objectText, (match[1] ?? '').length);
  return [{ parties, outcome: 'casualties', verb: match[1] ?? '', object: { start, end: start + objectText.length, text: objectText }, refersBack: true }];
}
