/**
 * A count named as the speaker is its counter's word: "according to a count
 * by Agence France-Presse based on official Israeli figures", "an updated AFP
 * count based on official Israeli data puts the number at", "according to a
 * Reuters tally of local reports". The counter speaks; whose figures it
 * counted is not the speaker.
 */
const QUALIFIERS = String.raw`(?:(?:updated|new|latest|running|own|separate|independent|preliminary|revised)\s+)*`;
const COUNT_NOUN = String.raw`(?:count|tally|compilation|estimate|database|analysis|reckoning)`;
const COUNT_BY = new RegExp(String.raw`^(?:an?|the)\s+${QUALIFIERS}${COUNT_NOUN}\s+(?:by|from)\s+(.+?)(?:\s+(?:based\s+on|drawing\s+on|using|citing|of|from|that|which)\b.*)?$`, 'iu');
const COUNTER_FIRST = new RegExp(String.raw`^(?:an?|the)\s+${QUALIFIERS}((?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})${COUNT_NOUN}\b`, 'u');

/** The counter a count-phrase names, or null when the text is no such phrase. */
export function counterOf(text: string): string | null {
  if (!/\b(?:count|tally|compilation|estimate|database|analysis|reckoning)\b/i.test(text)) return null;
  const counter = COUNT_BY.exec(text)?.[1] ?? COUNTER_FIRST.exec(text)?.[1];
  return counter ? counter.trim() : null;
}
