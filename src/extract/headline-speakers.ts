import { hasSpeakerHead } from './speaker-head.js';

/**
 * The speakers of headlines, which drop the verb: "<claim>: Zelensky",
 * "Strikes kill 27 in the south: health ministry" (the speaker after the
 * last colon) and "JCS: 1,100 casualties" (an acronym before the first).
 */

/** Wire and page slugs written in capitals before a colon: never a speaker. */
const SLUGS = new Set(['LIVE', 'NEWS', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO', 'UPDATE', 'UPDATED', 'BREAKING', 'FLASH', 'ALERT', 'URGENT', 'EXCLUSIVE', 'FACTBOX', 'TIMELINE', 'EXPLAINER', 'ANALYSIS', 'OPINION', 'REFILE', 'WRAPUP', 'CORRECTED', 'RPT', 'NOTE', 'FULL', 'TEXT', 'LISTEN', 'READ', 'MORE', 'AP', 'AFP', 'QA', 'FAQ', 'EDITORIAL', 'REVIEW', 'POLL', 'MAP', 'MAPS', 'CHART', 'GRAPHIC']);

/** "JCS", "WHO", "OCHA", "UNICEF": two to six capitals (with an optional lower-case plural), not a slug. */
export function isAcronymSpeaker(text: string): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(text) && !SLUGS.has(text.toUpperCase());
}

export interface HeadlineSpeaker {
  text: string;
  start: number;
}

/**
 * "<claim>: Zelensky": at most four words after the sentence's last colon,
 * holding no number and no verb, that can be a speaker; the claim before it.
 */
export function speakerAfterColon(sentence: string): HeadlineSpeaker | null {
  const colon = sentence.lastIndexOf(':');
  if (colon < 8 || sentence.length - colon > 60) return null;
  const raw = sentence.slice(colon + 1);
  const text = raw.replace(/[.!]?\s*$/, '').trim();
  if (text === '' || /\d/.test(text) || text.split(/\s+/).length > 4) return null;
  if (!hasSpeakerHead(text)) return null;
  return { text, start: colon + 1 + raw.indexOf(text) };
}
