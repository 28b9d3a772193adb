/**
 * Where a statement was made is not where the people it counts were: "told
 * reporters in Seoul", "said at a briefing in Kyiv", "speaking in Washington",
 * "speaking on the sidelines of a summit of European leaders in Granada".
 * True when the place at `placeStart` closes such a phrase.
 */
const WHERE_SPOKEN = /\b(?:said|says|say|told\s+(?:reporters|journalists|lawmakers|parliament|[\p{Lu}][\p{L}-]+)|spoke|briefing|news\s+conference|press\s+conference|statement|interview)\b([^,.;:!?]{0,30}?)\b(?:in|at|from)\s+(?:the\s+)?$|\b(?:speaking|addressing|talking)\b([^,.;:!?]{0,60}?)\b(?:in|at|from)\s+(?:the\s+)?$/iu;
/** Between the speech word and the place only words about the occasion: no number, nothing that happened to anyone. */
const ABOUT_EVENTS = /\d|kill|dead|death|die|wound|injur|casualt|fight|attack|strike|shell|clash|battle/i;

/** What WHERE_SPOKEN ends with: a cheap test before its many alternatives, tried from every position. */
const PLACE_PREPOSITION_BEFORE = /(?:in|at|from)\s+(?:the\s+)?$/iu;

export function isWhereSpoken(sentence: string, placeStart: number): boolean {
  const before = sentence.slice(Math.max(0, placeStart - 80), placeStart);
  const match = PLACE_PREPOSITION_BEFORE.test(before) ? WHERE_SPOKEN.exec(before) : null;
  return !!match && !ABOUT_EVENTS.test(match[1] ?? match[2] ?? '');
}
