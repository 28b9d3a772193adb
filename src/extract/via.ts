/** Every channel word of findVia but "x" holds one of these; "x" follows white space. */
const CHANNEL_STEMS = ['telegram', 'twitter', 'facebook', 'instagram', 'youtube', 'truth', 'briefing', 'conference', 'statement', 'interview', 'address'];

function mayNameChannel(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return CHANNEL_STEMS.some((stem) => lower.includes(stem)) || /\sx/i.test(sentence);
}

/** The channel a claim came through, when the sentence says ("on Telegram", "in a statement", "at a press briefing"). */
export function findVia(sentence: string): string | null {
  if (!mayNameChannel(sentence)) return null;
  const match = /\b(?:via|on|in|through)\s+(?:a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:official\s+)?(telegram|twitter|x|facebook|instagram|youtube|truth\s+social|briefing|press\s+briefing|press\s+conference|news\s+conference|statement|interview|televised\s+address|video\s+address|evening\s+address|address)\b/i.exec(sentence);
  if (!match) return null;
  const channel = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (channel === 'x') return /\bon\s+X\b/.test(sentence) ? 'x' : null;
  if (/briefing/.test(channel)) return 'briefing';
  if (/conference/.test(channel)) return 'press conference';
  if (/address/.test(channel)) return 'address';
  return channel;
}
