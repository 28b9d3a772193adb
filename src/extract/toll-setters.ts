import { stripOpening } from './openings.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/**
 * "X puts the toll at N", "X has put the number of dead at N", "X placed the
 * figure at N": whoever sets a toll at a number asserts it, with no verb of
 * speech. The subject must be a speaker phrase (speaker-head): "an updated
 * AFP count … puts the number … at 1,189" is AFP's, "The blast put the
 * hospital at risk" is nobody's.
 */
const TOLL_SETTER = /^(.{2,140}?)\s+(?:has\s+|have\s+|had\s+|now\s+|later\s+|also\s+)?(put|puts|putting|placed|places|placing)\s+(?:the|its|their|his|her|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:toll|tolls|number|figure|count|tally|total)\b[^;]{0,100}?\s(?:at|closer\s+to|near)\s/iu;
const HINT = /\b(?:put|puts|putting|placed|places|placing)\s/i;

export function tollSetterAttribution(sentence: string): Attribution | null {
  if (!HINT.test(sentence)) return null;
  const stripped = stripOpening(sentence);
  const match = TOLL_SETTER.exec(stripped);
  if (!match) return null;
  const offset = sentence.length - stripped.length;
  return speakerAttribution(sentence, match[1] ?? '', match[2] ?? 'put', 'asserted', offset);
}
