import type { Attribution } from './speaker-phrase.js';
import { speakerAttribution } from './speaker-phrase.js';

/**
 * A count given as someone's reckoning, with no verb of speech: "By the
 * Russian defence ministry's count, 2,439 fighters surrendered", "By the
 * UN's tally, …", "By the count of local officials, …", "On the army's own
 * figures, …". The one whose count it is speaks; an estimate is estimated.
 */
const RECKONING = String.raw`(?:count|counts|tally|tallies|estimate|estimates|figures|reckoning|calculations?|data|numbers|records)`;
const POSSESSIVE = new RegExp(String.raw`(?:^|[\s"“(])(?:by|on|in|from)\s+((?:the\s+)?[^,;:]{2,80}?)['’]s?\s+(?:own\s+)?(?:latest\s+|official\s+|updated\s+|preliminary\s+)?(${RECKONING})\s*,`, 'iu');
const OF_PHRASE = new RegExp(String.raw`(?:^|[\s"“(])(?:by|on|in|from)\s+(?:the|a)\s+(?:latest\s+|official\s+|updated\s+|preliminary\s+)?(${RECKONING})\s+(?:of|by|from)\s+([^,;:]{2,80}?)\s*,`, 'iu');
const HINT = new RegExp(String.raw`\b${RECKONING}\b`, 'i');

export function reckoningAttribution(sentence: string): Attribution | null {
  if (!HINT.test(sentence)) return null;
  const possessive = POSSESSIVE.exec(sentence);
  if (possessive) return attributionOf(sentence, possessive[1] as string, possessive[2] as string, possessive.index);
  const of = OF_PHRASE.exec(sentence);
  return of ? attributionOf(sentence, of[2] as string, of[1] as string, of.index) : null;
}

function attributionOf(sentence: string, speaker: string, reckoning: string, from: number): Attribution | null {
  const estimate = /^estimates?$/i.test(reckoning);
  return speakerAttribution(sentence, speaker, estimate ? 'estimates' : 'according to', estimate ? 'estimated' : 'asserted', from);
}
