import type { Zero } from './denials.js';
import { PRESENCE_WORD } from './denied-clauses.js';

/**
 * "No North Korean troops are in Russia", "there are no mercenaries from
 * Syria fighting on our side", "none of the group's fighters had been in the
 * hospital", "Russian servicemen took no part in the clash": a presence of zero. Said by someone, it denies a deployment
 * (claims.md: a denial that the people exist, with no number).
 */
const FORCES = String.raw`(?:troops|soldiers|forces|fighters|militants|mercenaries|personnel|servicemen|units|instructors)`;
/** "no doubt that troops are there" is no absence: the words before the noun are its modifiers, never a clause's. */
const NOT_A_MODIFIER = String.raw`(?!(?:that|which|who|whom|doubt|sign|signs|evidence|reason|indication|question|longer|more)\b)`;
const GROUP = String.raw`(?:${NOT_A_MODIFIER}[\p{L}'’-]+\s+){0,2}?${FORCES}`;
const BE = String.raw`(?:are|were|is|was|had\s+been|have\s+been|has\s+been)`;
const WHERE = String.raw`(?:(?:still\s+|ever\s+)?${PRESENCE_WORD}\b)`;
const ABSENCE = new RegExp(
  [
    // "there are no Russian troops in Crimea", "there are no mercenaries from Syria or anywhere else fighting on our side"
    String.raw`\b[Tt]here\s+${BE}\s+no\s+(${GROUP})(?:\s+from\s+[^,.;:]{1,40}?)?\s+${WHERE}`,
    // "no Iranian soldiers are fighting in Syria"
    String.raw`\b[Nn]o\s+(${GROUP})\s+${BE}\s+${WHERE}`,
    // "Russian servicemen took no part in the clash"
    String.raw`\b(${GROUP})\s+(?:took|take|have\s+taken|had\s+taken|has\s+taken)\s+no\s+part\s+in\b`,
    // "no members of the Russian armed forces had taken part in the clash"
    String.raw`\b[Nn]o\s+(${GROUP}|members\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:armed\s+forces|army|military))\s+(?:had\s+|have\s+|has\s+)?(?:taken|took)\s+part\s+in\b`,
    // "none of the group's fighters had been in the hospital"
    String.raw`\b[Nn]one\s+of\s+(?:its|their|our|the|the\s+[\p{L}-]+'s|[\p{Lu}][\p{L}-]*'s)\s+(${GROUP})\s+${BE}\s+${WHERE}`,
  ].join('|'),
  'u',
);
const HINT = /\bno(?:ne)?\b/i;

export function findAbsences(sentence: string): Zero[] {
  if (!HINT.test(sentence)) return [];
  const match = ABSENCE.exec(sentence);
  if (!match) return [];
  const text = match[0].replace(/\s+\S+$/, '');
  return [{ start: match.index, end: match.index + text.length, text, outcome: 'deployed', ofAGroup: true }];
}
