import { splitLength } from './chars.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/** "HUR: at least 30 …", "White House: over 1,000 …", "NIS to lawmakers: about 300 …": the speaker-colon headline of posts and wires. */
export function headlineAttribution(sentence: string): Attribution | null {
  const colon = sentence.indexOf(':');
  if (colon < 0 || colon > 90) return null;
  const match = /^([\p{Lu}][\p{L}'’.\s-]{1,60}?)(?:\s+(?:to|in|at)\s+[\p{L}\s]{1,25})?:\s+\S/u.exec(sentence);
  if (!match) return null;
  const text = (match[1] ?? '').trim();
  if (/^(?:note|update|updated|breaking|analysis|photo|photos|video|watch|read|live|opinion|editor's\s+note|correction|background|context|related|more|source|sources|headline|summary|q|a)$/i.test(text)) return null;
  if (splitLength(text) > 6 || /\d/.test(text) || text === text.toUpperCase()) return null;
  return speakerAttribution(sentence, text, 'said', 'asserted', 0);
}
