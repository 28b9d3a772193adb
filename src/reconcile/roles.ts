import { normaliseName } from './speakers.js';

/**
 * The words around a speaker's name that say what they are, not who: a
 * rank before a person's name (extract/ranks.ts: "Rear Admiral Daniel Hagari", "Lt. Col.
 * Richard Hecht") and an organisation's office held by someone unnamed
 * ("the United Nations' top official in Sudan", "the WHO's representative
 * in Gaza", "the ICRC's head of delegation in Kyiv"), and a spokesperson's
 * role ("UN spokesperson", "the ministry spokesman, Dr. Ashraf al-Qidra").
 */

const OFFICE = String.raw`(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:official|chief|head(?:\s+of\s+(?:delegation|mission|office))?|envoy|representative|coordinator|commissioner|spokes(?:person|man|woman)|director|emergency\s+director)`;
const OFFICE_OF = new RegExp(String.raw`^(?:the\s+)?(.+?)(?:'s|’s|'|’)\s+${OFFICE}(?:\s+(?:in|for|to|on|at)\s+.+)?$`, 'iu');

/** "the United Nations' top official in Sudan" → "United Nations": the organisation an unnamed office holder speaks for, or null. */
export function organisationOfOffice(text: string): string | null {
  const organisation = OFFICE_OF.exec(text.trim())?.[1]?.trim();
  return organisation && /^\p{Lu}/u.test(organisation) ? organisation : null;
}

/** "the ministry spokesman, Dr. Ashraf al-Qidra" → "ministry": the organisation a name read out of a role is the voice of, or null. */
export function organisationBeforeName(text: string, name: string): string | null {
  const at = text.indexOf(name.split(/\s+/)[0] ?? name);
  if (at <= 0) return null;
  const before = text.slice(0, at).replace(/[,\s]+(?:(?:Dr|Mr|Mrs|Ms|Prof|Brig|Gen|Col|Maj|Lt|Capt|Sgt|Sheikh)\.?\s+)*$/, '').trim();
  const organisation = normaliseName(before.replace(TRAILING_ROLE, ''));
  return organisation !== '' && organisation !== normaliseName(before) ? organisation : null;
}

const SPOKESPERSON = /\bspokes(?:person|man|woman)\b|\bpress\s+(?:secretary|officer)\b/i;

/** "Lieutenant Colonel Richard Hecht, a military spokesman": a person named as an organisation's spokesperson. */
export function isSpokesperson(text: string): boolean {
  return SPOKESPERSON.test(text);
}

/** "un spokesperson", "kremlin press service": an unnamed voice of an organisation is the organisation. */
const TRAILING_ROLE = /(?:'s|’s)?\s+(?:spokes(?:person|man|woman|people)|press\s+(?:service|office|secretary))$/i;

export function withoutRole(name: string): string {
  const stripped = name.replace(TRAILING_ROLE, '').trim();
  return stripped.length > 1 ? stripped : name;
}
