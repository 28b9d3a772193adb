/**
 * An organisation named with words that describe it: "medical charity
 * Médecins Sans Frontières", "the monitoring group Airwars", "Airwars, the
 * monitoring group", "Kyunhla Activists Group, a local group that collected
 * bodies". The description is no part of the name: without it, every report
 * of the organisation is one speaker.
 */
/** Nouns of a kind of body: words before or after them describe a body, never name a person. */
export const BODY_KINDS = String.raw`(?:charity|group|organi[sz]ation|monitor|watchdog|ngo|agency|body|network|broadcaster|outlet|newspaper|channel|website|committee|association|alliance|movement|militia|coalition)`;
/** Lower-case descriptive words ending in a kind, before a capitalised name. */
const LEADING = new RegExp(String.raw`^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}${BODY_KINDS}\s+(?=\p{Lu})`, 'u');
/** ", the monitoring group", ", a local group that …", ", which …": an apposition or clause after the name. */
const TRAILING = /,\s+(?:(?:the|a|an)\s+|which\s|who\s|that\s|based\s).*$/iu;

export function withoutDescription(name: string): string {
  const bare = name.replace(TRAILING, '').replace(LEADING, '').trim();
  return bare.length > 1 ? bare : name;
}
