import { EVENT_NOUN } from '../extract/incidents.js';
import { MONTH_NAME } from '../extract/chrono-dates.js';

/**
 * Bare mentions of an event ("the attack", "the blast"): which event they
 * are, from the other mentions of their document.
 */

/** What a bare mention is resolved from: its document, its words, the day and the names they give. */
export interface MentionWords {
  doc: string;
  text: string;
  day: number | null;
  names: string[];
  /** Set when a bare mention took its day from one that names it by a calendar date ("the Oct. 7 attack"). */
  dayNamed?: boolean;
}

/** "the attack", "the blast", "this strike": an event named by its noun alone, which only the text around it can tell. */
const BARE_EVENT = new RegExp(String.raw`^(?:the|this|that)\s+(?:[\p{L}-]+\s+)?(${EVENT_NOUN})s?$`, 'iu');
const ANY_EVENT_NOUN = new RegExp(String.raw`\b(${EVENT_NOUN})s?\b`, 'giu');

/**
 * A document's "the attack" is the attack it names elsewhere, in a claim or
 * in its headline: "the Oct. 7 attack" dates it, "al-Ahli blast" names it. A
 * bare mention takes the day and the names of the one mention of its
 * document with the same event noun that gives either; two such mentions
 * that differ (two dated attacks, two named blasts) leave it as it was.
 */
export function resolveBareMentions(mentions: MentionWords[]): void {
  const referentOf = new Map<string, MentionWords | null>();
  for (const mention of mentions) {
    if (mention.day === null && mention.names.length === 0) continue;
    for (const noun of eventNouns(mention.text)) {
      const key = `${mention.doc}\u0000${noun}`;
      const known = referentOf.get(key);
      referentOf.set(key, known === undefined || (known !== null && sameReferent(known, mention)) ? (known ?? mention) : null);
    }
  }
  if (referentOf.size === 0) return;
  for (const mention of mentions) {
    if (mention.day !== null || mention.names.length > 0) continue;
    const noun = BARE_EVENT.exec(mention.text)?.[1]?.toLowerCase();
    const referent = noun ? referentOf.get(`${mention.doc}\u0000${noun}`) : undefined;
    if (!referent) continue;
    mention.day = referent.day;
    mention.names = referent.names;
    mention.dayNamed = referent.day !== null && MONTH_NAME.test(referent.text);
  }
}

function sameReferent(a: MentionWords, b: MentionWords): boolean {
  return a.day === b.day && a.names.join(' ') === b.names.join(' ');
}

export function isBareMention(text: string): boolean {
  return BARE_EVENT.test(text);
}

function eventNouns(text: string): string[] {
  return [...text.matchAll(ANY_EVENT_NOUN)].map((m) => (m[1] as string).toLowerCase());
}
