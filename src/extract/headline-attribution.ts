import { splitLength } from './chars.js';
import { findOutcomeCues } from './outcomes.js';
import { findPlaces } from './places.js';
import { hasSpeakerHead } from './speaker-head.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';

/**
 * The speakers of headlines and posts, which drop the verb: "HUR: at least
 * 30 …", "JCS: 1,100 casualties" (before the first colon) and "<claim>:
 * Zelensky", "Strikes kill 27 in the south: health ministry" (after the last).
 */

/**
 * What a post may set between its speaker and the colon: a role ("Serhiy
 * Cherevatyi, spokesman of the Eastern group of forces:") or the occasion
 * ("Prigozhin, in an interview with Konstantin Dolgov:", "the UN rights
 * office, in a statement:").
 */
const APPOSED = String.raw`,\s+(?:(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,3}(?:spokes(?:man|woman|person)|commander|head|chief|minister|governor|adviser|advisor|official|director|secretary|president|mayor|founder|leader)\b[^:,]{0,60}|in\s+(?:an?\s+)?(?:interview|statement|video|briefing|post|address)\b[^:,]{0,50}|on\s+(?:Telegram|X|Twitter|Facebook|state\s+television|television)\b[^:,]{0,30})`;

/**
 * Labels a page sets before a colon that name no speaker: its own sections
 * ("Update:", "Background:"), a fact-check's fields ("Claim:", "Verdict:")
 * and what a post says of its own sourcing ("Unconfirmed reports:").
 */
const LABELS = /^(?:note|update|updated|breaking|analysis|photo|photos|video|watch|read|live|opinion|editor's\s+note|correction|background|context|related|more|source|sources|headline|summary|q|a|(?:the\s+)?claim|verdict|rating|our\s+rating|fact|facts|the\s+facts|what\s+we\s+know|unconfirmed(?:\s+reports?)?|reports?|early\s+reports?|preliminary(?:\s+(?:data|figures|reports?))?)$/i;

/** "Preliminary figures on the Togoga air strike:", "Latest toll from Kherson:": what follows is a record, not who gave it. */
const RECORD_LABEL = /^(?:(?:preliminary|latest|new|updated|final|official|first|early)\s+)*(?:figures|data|numbers|toll|tolls|update|updates|details|count|tally|casualties|losses)\s+(?:on|from|of|for|in|after|at)\b/i;

/** A post's marks and slug before its speaker: "⚡️ ", "BREAKING — ", "🔴 URGENT | ". */
const POST_MARKS = String.raw`(?:[^\p{L}\p{N}\s]+\s*)?(?:(?:BREAKING|URGENT|UPDATE|FLASH|JUST\s+IN)\s*[—–|:-]\s*)?`;
const HEADLINE_SPEAKER = new RegExp(String.raw`^${POST_MARKS}([\p{Lu}][\p{L}'’.\s-]{1,80}?)(?:\s+(?:to|in|at)\s+[\p{L}\s]{1,25}|${APPOSED})?:\s+\S`, 'u');

/** "HUR: at least 30 …", "White House: over 1,000 …", "NIS to lawmakers: about 300 …": the speaker-colon headline of posts and wires. */
export function headlineAttribution(sentence: string): Attribution | null {
  const colon = sentence.indexOf(':');
  if (colon < 0 || colon > 90) return null;
  const match = HEADLINE_SPEAKER.exec(sentence);
  if (!match) return null;
  const text = (match[1] ?? '').trim();
  if (LABELS.test(text) || RECORD_LABEL.test(text)) return null;
  if (splitLength(text) > 8 || /\d/.test(text) || (text === text.toUpperCase() && !isAcronymSpeaker(text))) return null;
  // "Casualties: at least 43 …", "Deaths and injuries: …": a field of a report named by what it counts.
  if (findOutcomeCues(text).length > 0) return null;
  return speakerAttribution(sentence, text, 'said', 'asserted', 0);
}

/** "<claim>: Zelensky", "<CLAIM> -WITNESSES". */
export function colonSpeakerAttribution(sentence: string): Attribution | null {
  const found = speakerAfterColon(sentence) ?? speakerAfterDash(sentence);
  return found ? speakerAttribution(sentence, found.text, 'said', 'asserted', found.start) : null;
}


/** Wire and page slugs written in capitals before a colon: never a speaker. */
const SLUGS = new Set(['LIVE', 'NEWS', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO', 'UPDATE', 'UPDATED', 'BREAKING', 'FLASH', 'ALERT', 'URGENT', 'EXCLUSIVE', 'FACTBOX', 'TIMELINE', 'EXPLAINER', 'ANALYSIS', 'OPINION', 'REFILE', 'WRAPUP', 'CORRECTED', 'RPT', 'NOTE', 'FULL', 'TEXT', 'LISTEN', 'READ', 'MORE', 'AP', 'AFP', 'QA', 'FAQ', 'EDITORIAL', 'REVIEW', 'POLL', 'MAP', 'MAPS', 'CHART', 'GRAPHIC']);

/** "JCS", "WHO", "OCHA", "UNICEF": two to six capitals (with an optional lower-case plural), not a slug. */
export function isAcronymSpeaker(text: string): boolean {
  return /^\p{Lu}{2,8}s?$/u.test(text) && !SLUGS.has(text.toUpperCase()) && !isPlaceName(text);
}

/** "GAZA:", "KYIV:": a dateline written with a colon names a place, not a speaker. */
function isPlaceName(capitals: string): boolean {
  const titled = capitals.charAt(0) + capitals.slice(1).toLowerCase();
  return findPlaces(titled).some((place) => place.start === 0 && place.end === titled.length);
}

interface HeadlineSpeaker {
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
  // Words only: no number, quote mark or markup ("name": "…", </rdf:RDF>).
  if (!/^\p{L}[\p{L}\p{M}'’.\s-]*$/u.test(text) || text.split(/\s+/).length > 4) return null;
  if (!hasSpeakerHead(text)) return null;
  return { text, start: colon + 1 + raw.indexOf(text) };
}

/** The wire headline's "… MANY CASUALTIES -WITNESSES", "… killed – officials": one to three words after a final dash. */
const AFTER_DASH = /[-–—]\s*(\p{L}[\p{L}'’ ]{1,40})[.!]?\s*$/u;

export function speakerAfterDash(sentence: string): HeadlineSpeaker | null {
  const match = sentence.length > 20 ? AFTER_DASH.exec(sentence) : null;
  if (!match) return null;
  const text = (match[1] ?? '').trim();
  if (text.split(' ').length > 3) return null;
  const spaced = /\s/.test(sentence.charAt(match.index - 1)) || /\s/.test(sentence.charAt(match.index + 1));
  const capitals = text === text.toUpperCase();
  // A hyphen between two words joins them ("Houthi-led"), unless the whole headline is in capitals.
  if (!spaced && !(capitals && sentence === sentence.toUpperCase())) return null;
  // In capitals every word looks like a name: only a common noun of someone who speaks counts ("WITNESSES", "OFFICIALS").
  if (!hasSpeakerHead(capitals ? text.toLowerCase() : text)) return null;
  return { text, start: match.index + match[0].indexOf(text) };
}
