import { isIdentifiableSource } from './identifiable-sources.js';

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
const COUNTER_FIRST = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he)\s+${QUALIFIERS}((?:\p{Lu}[\p{L}.&'’-]*\s+){1,4})${COUNT_NOUN}\b`, 'u');

/**
 * "preliminary figures from local sources cited by a UN spokesperson": figures
 * passed on from sources no one can ask again are the word of whoever cited
 * them; from a named source ("figures from the health ministry cited by
 * Reuters") they stay that source's.
 */
const CITED_FIGURES = /^(?:(?:(?:preliminary|latest|new|official|initial|provisional)\s+)*(?:figures|data|numbers|estimates|counts|reports)\s+(?:from|by|of)\s+)?(.+?)\s+(?:cited|quoted|relayed)\s+by\s+(.+)$/i;
const COUNT_WORD = new RegExp(String.raw`\b${COUNT_NOUN}\b`, 'i');

/** The counter a count-phrase names, or null when the text is no such phrase. */
export function counterOf(text: string): string | null {
  const cited = CITED_FIGURES.exec(text);
  if (cited) return (isIdentifiableSource(cited[1] as string) ? (cited[1] as string) : (cited[2] as string)).trim();
  if (!COUNT_WORD.test(text)) return null;
  const counter = COUNT_BY.exec(text)?.[1] ?? COUNTER_FIRST.exec(text)?.[1];
  return counter ? counter.trim() : null;
}
