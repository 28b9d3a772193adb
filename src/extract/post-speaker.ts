import type { Speaker } from '../contracts/claim.js';
import { parseSpeaker } from './speaker-parse.js';

/**
 * The speaker of a whole post: the channel a forwarded post came from (the
 * export's `forwarded_from`, or a first line "Forwarded from X" /
 * "Переслано з Telegram-каналу «X»"). A claim in such a post that names no
 * speaker of its own is the forwarded channel's; the channel that forwards
 * it only relays it.
 */
const FORWARD_LINE = /^[ \t]*(?:forwarded\s+from|переслано\s+(?:з|із|из|от))\s+(?:(?:the\s+)?telegram[\s-]*(?:channel|каналу?)\s+|telegram-каналу?\s+|каналу?\s+)?[«"“']?([^«»"”\n]{2,80}?)[»"”']?[ \t]*:?[ \t]*$/imu;
const FIRST_LINES = 300;

export function forwardedSpeaker(text: string, forwardedFrom: string | null | undefined): Speaker | null {
  const named = forwardedFrom?.trim() || FORWARD_LINE.exec(text.slice(0, FIRST_LINES))?.[1]?.trim();
  if (!named) return null;
  const speaker = parseSpeaker(named);
  return { ...speaker, text: named, org: speaker.name ? speaker.org : speaker.org ?? named };
}

/** Speaker texts that name the post itself, not who speaks: "Statement:", "the post said". */
const THE_POST_ITSELF = /^(?:the\s+|this\s+|a\s+)?(?:statement|post|message|update|announcement)$/i;

export function namesThePostItself(speaker: Speaker): boolean {
  return THE_POST_ITSELF.test(speaker.text.trim());
}
