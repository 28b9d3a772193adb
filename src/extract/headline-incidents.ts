import type { Incident } from '../contracts/claim.js';
import { dayNamedIn, EVENT } from './incidents.js';
import { findPlaces } from './places.js';

/**
 * The event a headline reports: "Moscow concert hall attack: death toll
 * rises to 93", "Russian missile hits apartment block in Dnipro". Its words
 * are the headline's; eventWordsOfHeadline picks the few that name the event
 * itself, without the speaker or the rest of the story the headline tells.
 */

/** A headline's event noun in the singular ("Moscow concert hall attack: death toll rises to 93"): the one incident a document reports, as its headline words it. */
const HEADLINE_EVENT = new RegExp(String.raw`\b${EVENT}\b(?!s)`, 'i');

/**
 * A headline that tells its event as a verb: "Gunmen open fire at concert hall near Moscow", "Russian missile hits
 * apartment block in Dnipro", "Militants storm army post". Forms that are also plural nouns ("strikes", "shells",
 * "bombs") or passive participles ("soldiers hit in a week") tell no one event, and are left out.
 */
const HEADLINE_ACTION = new RegExp(
  String.raw`\bopen(?:s|ed)?\s+fire\s+(?:at|on|in)\b|\b(?:gunmen|militants|fighters|attackers|assailants|troops|soldiers|rebels|insurgents|men)\s+storm(?:s|ed)?\b|\b(?:missile|drone|rocket|shell|bomb|airstrike|strike)s?\s+(?:hits?|slams?\s+into|strikes)\s+(?!(?:in|on|at|by|for|to|over|across|as|after|with)\b)\p{L}|\b(?:stormed|shelled|bombed|attacked)\s+(?:a|an|the)?\s*\p{L}`,
  'iu',
);

/** A headline's event, dated where its words date it ("a year since the Oct. 7 attack"). */
export function headlineIncident(title: string | null, published: Date | null = null): Incident | null {
  if (!title || !(HEADLINE_EVENT.test(title) || HEADLINE_ACTION.test(title))) return null;
  const text = title.trim();
  return { text, date: dayNamedIn(text, published) };
}

/** Where a headline's clauses part: "Pentagon: …", "…; Pentagon says …", "… — live". */
const CLAUSE_BREAK = /\s*(?:[:;|]|\s[-–—]\s)\s*/u;
/**
 * A few words before the event noun name its kind and place ("Kabul airport
 * suicide bombing"); a few after, its target ("hits wedding party in
 * Sagaing"), up to a word that turns to what someone says of it.
 */
const WORDS_BEFORE = 3;
const WORDS_AFTER = 5;
const TURN = String.raw`(?:says?|said|claims?|blames?|denies|denied|as|amid|while|but|after)\b`;
const EVENT_IN_CLAUSE = new RegExp(String.raw`((?:\S+\s+){0,${WORDS_BEFORE}})\b(${EVENT}s?)\b((?:\s+(?!${TURN})\S+){0,${WORDS_AFTER}})`, 'iu');

/**
 * The words of a headline that name its event: "Suicide bombing at Kabul
 * airport" of "…; Islamic State claims attack", "Nangarhar drone strike" of
 * "Pentagon: Nangarhar drone strike killed two IS-K targets". One that
 * tells its event as a verb gives the clause that tells it.
 */
export function eventWordsOfHeadline(title: string): string {
  // A kicker in capitals ("MASSACRE AT THE THEATRE: …") names nothing by its capitals.
  const clauses = title.split(CLAUSE_BREAK).filter((clause) => !isShouted(clause));
  for (const clause of clauses) {
    const found = EVENT_IN_CLAUSE.exec(clause);
    if (found) return `${found[1] ?? ''}${found[2]}${found[3] ?? ''}`.trim();
  }
  return clauses.find((clause) => HEADLINE_ACTION.test(clause))?.trim() ?? clauses.join(' ');
}

function isShouted(clause: string): boolean {
  return /\p{Lu}{2}/u.test(clause) && !/\p{Ll}/u.test(clause);
}

/** A speaker's label: "Pentagon: …", "UN rights chief: …"; a place's ("Mariupol: …") or the event's ("Dahyan bus strike: …") is kept. */
const SPEAKER_LABEL = /^\s*(?:\S+\s+){0,3}?\S+:\s+(?=\S)/u;
/** Who says what of the event: "Pentagon says …", "Guterres condemns …", "…, residents say". */
const SPEAKER_SUBJECT = /(^|[,;]\s*)(?:\S+\s+){0,3}?(?=(?:says?|said|claims?|tells?|warns?|blames?|denies|admits?|confirms?|condemns?|calls|urges?|vows?)\b)/giu;

/**
 * The words of a headline that may name its event: all but a speaker's label,
 * the speakers who say something of it, and a kicker in capitals, so that
 * "Pentagon: Nangarhar drone strike killed two" and "Pentagon says U.S.
 * strike killed 105 civilians in Mosul" are not one incident for sharing
 * "Pentagon"; "Iraqi military revises down Mosul toll to 61" keeps "Mosul".
 */
export function nameWordsOfHeadline(title: string): string {
  return title
    .replace(SPEAKER_LABEL, (label) => (HEADLINE_EVENT.test(label) || findPlaces(label).length > 0 ? label : ''))
    .split(CLAUSE_BREAK)
    .filter((clause) => !isShouted(clause))
    .join('; ')
    .replace(SPEAKER_SUBJECT, '$1');
}
