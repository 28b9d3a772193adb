/**
 * The incident a number is the toll of: "killed in Friday's strike on the
 * market", "the death toll from the attack on the concert hall has risen to
 * 139", "the explosion killed 12", "died when the clinic came under attack".
 * A count tied to one event (a strike, an attack, a blast, a massacre) is a
 * toll of that event, however it is worded, and reconcile places the tolls
 * of one incident on one figure. A count over time ("killed in strikes since
 * October", "in shelling over the past day") names no incident: plural or
 * bare event nouns are kinds of violence, not one event, unless "the" or a
 * day picks one out.
 */
import type { Incident } from '../contracts/claim.js';
import { DAY_MS, isoDate, shiftYear } from './calendar.js';
import { chronoSpans, MONTH_NAME } from './chrono-dates.js';
import { ORDINAL_UNIT_WORDS, UNIT_WORDS } from './numbers/number-words.js';

/** The nouns that name one event, as a pattern's alternation: reconcile reads "the attack" by the same list. */
export const EVENT_NOUN = String.raw`(?:attack|strike|raid|assault|shelling|bombing|bombardment|blast|explosion|massacre|shooting|ambush)`;
/** One event's noun with its kind of weapon: "drone strike", "airstrike", "bombing". */
export const EVENT = String.raw`(?:(?:air|drone|missile|rocket|artillery)\s+(?:strike|attack|raid)|airstrike|${EVENT_NOUN})`;
/** "Oct." and "Dec." inside a phrase do not end it. */
const WORD = String.raw`(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|[\p{L}\d'’-]+)`;
/** A possessive day or actor ("Friday's", "Tuesday's", "last week's", "the RSF's", "Russia's"), or a determiner. */
const DETERMINER = String.raw`(?:the|a|an|this|that|(?:last\s+week|yester|[\p{Lu}][\p{L}.-]*)['’]s|the\s+[\p{Lu}][\p{L}.-]*['’]s)`;
/** Up to three modifiers between the determiner and the event ("deadly missile", "22 March", "terrorist"). */
const MODIFIERS = String.raw`(?:(?!(?:the|a|an)\s)${WORD}\s+){0,3}?`;
/** Words that end a target's noun phrase: the clause goes on with a verb or a conjunction. */
const CLAUSE_WORD = String.raw`(?:was|were|has|had|have|is|are|and|but|or|which|that|who|killed|died|dies|rose|risen|rises|reached|reaches|climbed|climbs|stood|stands|topped|tops|passed|exceeded|jumped|brought|bringing|raising|left|wounded|injured|claimed|said|says|between|least|about|around|nearly|more|than|over)\b`;
/** What may follow the event to say where or what it hit: "on the Crocus City Hall", "at Olenivka", "in Gaza City". */
const TARGET = String.raw`(?:\s+(?:on|at|in|of|near|against|targeting)\s+(?:the\s+|a\s+|an\s+)?(?!\d)(?:(?!${CLAUSE_WORD})${WORD}\s+){0,6}(?!${CLAUSE_WORD})${WORD}(?=[\s,.;:]|$))?`;
/** One event named as a noun phrase; plural events only with a determiner that picks them out ("the attacks on the camps"). */
const EVENT_PHRASE = String.raw`${DETERMINER}\s+${MODIFIERS}${EVENT}(?:s(?=\s+on\b|\s+at\b|\s+in\b))?${TARGET}`;

/** After the count: "killed in Friday's strike on the market", "died as a result of the explosion". */
const AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b(?:in|from|during|by|after|as\s+a\s+result\s+of|in\s+the\s+wake\s+of)\s+(${EVENT_PHRASE})`, 'iu');
/** After the count: "killed when the clinic came under attack", "when a missile struck the market". */
const WHEN_CLAUSE = new RegExp(String.raw`^[^.;]{0,40}?\b(when\s+(?:[\p{L}'’-]+\s+){1,5}?(?:came\s+under\s+(?:attack|fire|shelling)|(?:was|were)\s+(?:attacked|struck|shelled|bombed|hit|ambushed|shot\s+down|blown\s+up)|struck|hit|exploded|crashed)\b(?:\s+(?:the\s+|a\s+)?(?:(?!${CLAUSE_WORD})[\p{L}'’-]+\s+){0,3}(?!${CLAUSE_WORD})[\p{L}'’-]+)?)`, 'iu');
/** Before the count: "the death toll from the attack … has risen to 139", "the number of dead in the blast reached 471". */
const TOLL_OF = new RegExp(String.raw`\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims|injured|wounded|(?:[\p{L}.-]+\s+){1,3}(?:killed|wounded|injured)))\s+(?:from|of|in)\s+(${EVENT_PHRASE})`, 'iu');
const KILL_VERB = String.raw`(?:killed|left|wounded|injured|claimed|resulted\s+in(?:\s+the)?)`;
/** Before the count, as its subject: "the attack on March 22 killed at least 115", "the explosion, which officials say killed 12", "the blast that killed 30". */
const EVENT_SUBJECT = new RegExp(String.raw`(?:^|[^\p{L}])(${EVENT_PHRASE})(?:,?\s+(?:in\s+)?(?:which|that)\s+(?:[\p{L}'’-]+\s+){0,4}?|,\s+when\s+(?:[^\s,.;]+\s+){1,14}?)?\s*(?:(?:has|had|have)\s+)?(${KILL_VERB}\s+(?:the\s+lives\s+of\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|up\s+to\s+)?)?$`, 'iu');
/** Before the count, an attack told as a verb: "Hamas attacked southern Israel on Oct. 7, killing 1,200", "the RSF shelled the camp, leaving 25 dead", "shelled Abu Shouk, a camp near the city, killing 15". */
const ATTACK_CLAUSE = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:attacked|struck|stormed|shelled|bombed|raided)\s+(?:[^\s,.;]+\s+|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s+){0,6}?[^\s,.;]+)(?:,\s+(?:a|an|another|the)\s+[^,.;]{1,60})?,\s+((?:killing|leaving|wounding|injuring)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+)?)?$`,
  'iu',
);
/** Before the count, an event that opens the sentence: "In a separate strike on Saturday, nine people were killed", "During the raid, 12 were wounded". */
const FRONTED = new RegExp(String.raw`^\W*(?:in|during|after)\s+(${EVENT_PHRASE})\s*,\s*(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');
const OPENS_WITH_PARTICIPLE = /^(?:killing|leaving|wounding|injuring)\b/i;
/** The claim itself opens with the verb its event is the subject of ("[the blast] killed 12"). */
const OPENS_WITH_KILL_VERB = new RegExp(String.raw`^${KILL_VERB}\b`, 'i');

/** Words without which no pattern here can match: most sentences are turned away by this one test. */
const EVENT_HINT = /attack|assault|strike|struck|raid|shell|bomb|blast|explosi|explod|massacre|shooting|ambush|stormed|hit|under|toll|shot\s+down|blown\s+up|crashed/i;

/** The incident the claim between `start` and `end` of `sentence` is a toll of, or null. */
export function incidentOf(sentence: string, start: number, end: number, published: Date | null = null): Incident | null {
  if (!EVENT_HINT.test(sentence)) return null;
  const after = sentence.slice(end, end + 200);
  const named = AFTER.exec(after) ?? WHEN_CLAUSE.exec(after) ?? TOLL_OF.exec(sentence.slice(0, end)) ?? eventAsSubject(sentence, start) ?? attackTold(sentence, start) ?? FRONTED.exec(sentence.slice(0, start)) ?? tollBesideOneEvent(sentence, start, end);
  if (!named) return null;
  const text = tidy(named[1] as string);
  return { text, date: dayNamedIn(text, published) ?? dayBeforeWhen(sentence, text, published) };
}

/** "since Monday, when the Houthis claimed an attack on Abu Dhabi": a day, then a "when" clause telling the event. */
const DAY_THEN_WHEN = /((?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\s*,\s+when\s+[^.;:]{0,90}$/;

/** The day the words before the event give it in a "when" clause, or null. */
function dayBeforeWhen(sentence: string, text: string, published: Date | null): string | null {
  const at = sentence.indexOf(text);
  const when = at > 0 ? DAY_THEN_WHEN.exec(sentence.slice(Math.max(0, at - 120), at)) : null;
  return when ? dayNamedIn(when[1] as string, published) : null;
}

/** The day the event's own words give it ("the Oct. 7 attack", "the attack on March 22"), or null. */
export function dayNamedIn(text: string, published: Date | null): string | null {
  const publishedDay = published ? Math.floor(published.getTime() / DAY_MS) : null;
  if (!MONTH_NAME.test(text)) return publishedDay === null ? null : weekdayNamedIn(text, publishedDay);
  const span = chronoSpans(text, publishedDay).find((s) => s.dayStated && s.startDay === s.endDay);
  if (!span) return null;
  // chrono picks the nearest year; an event a report counts the dead of has already happened.
  const late = !span.yearStated && publishedDay !== null && span.startDay > publishedDay;
  const day = late ? shiftYear(span.startDay, -1) : span.startDay;
  return isoDate(span.yearStated || publishedDay === null ? day : beforeTheTimeSince(text, day, publishedDay));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "Saturday's strike", "the attack on Friday": a day of the week alone, with no "next" or "last" before it. */
const WEEKDAY = /(?<!\b(?:next|last|every|each|this)\s)\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i;

/** The last such day of the week on or before the report: an event a report counts the dead of has happened. */
function weekdayNamedIn(text: string, publishedDay: number): string | null {
  const named = WEEKDAY.exec(text);
  if (!named) return null;
  const wanted = WEEKDAYS.indexOf((named[1] as string).toLowerCase());
  // Day 0 of the day count (1970-01-01) was a Thursday.
  const weekdayOfReport = (publishedDay + 4) % 7;
  return isoDate(publishedDay - ((weekdayOfReport - wanted + 7) % 7));
}

/** "a year since", "six months after", "two years on from", "the first anniversary of": time said to have passed since the event. */
const TIME_SINCE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?)\s+(?:since|after|on\s+from|from)\b|\b(first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\b|\banniversary\b/i;

/** "a", "six", "12": how many years or months the words say have passed. */
function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  const unit = (UNIT_WORDS as readonly string[]).indexOf(lower);
  return unit >= 0 ? unit : Number(word);
}

/**
 * "Israel marks a year since the Oct. 7 attack", published on Oct. 7: a day
 * with no year that the words put some time back is that long before the
 * report, not the report's own day. Returns the day, moved back by whole
 * years until it lies at least that long before publication.
 */
function beforeTheTimeSince(text: string, day: number, publishedDay: number): number {
  const since = TIME_SINCE.exec(text);
  if (!since) return day;
  let months = 12;
  if (since[1] !== undefined) {
    const count = countOf(since[1]);
    months = /^year/i.test(since[2] ?? '') ? count * 12 : count;
  } else if (since[3] !== undefined) {
    const ordinal = (ORDINAL_UNIT_WORDS as readonly string[]).indexOf(since[3].toLowerCase());
    months = 12 * (ordinal >= 0 ? ordinal + 1 : Number.parseInt(since[3], 10));
  }
  // A month is read as 28 days, so "six months since" a day 180 days back still holds.
  const latest = publishedDay - months * 28;
  let moved = day;
  while (moved > latest) moved = shiftYear(moved, -1);
  return moved;
}

const TOLL_WORDS = /\b(?:death\s+toll|toll)\b/i;
const ANY_EVENT = new RegExp(String.raw`(?:^|[^\p{L}])(${EVENT_PHRASE})`, 'giu');

/** "one of those wounded in the attack on the hall died, raising the death toll to 140": a toll in a sentence that names one event is that event's. */
function tollBesideOneEvent(sentence: string, start: number, end: number): RegExpExecArray | null {
  if (!TOLL_WORDS.test(sentence.slice(Math.max(0, start - 40), end))) return null;
  const events = [...sentence.matchAll(ANY_EVENT)];
  return events.length === 1 ? (events[0] as RegExpExecArray) : null;
}

function eventAsSubject(sentence: string, start: number): RegExpExecArray | null {
  const named = EVENT_SUBJECT.exec(sentence.slice(Math.max(0, start - 160), start));
  return named && (named[2] !== undefined || OPENS_WITH_KILL_VERB.test(sentence.slice(start))) ? named : null;
}

function attackTold(sentence: string, start: number): RegExpExecArray | null {
  const named = ATTACK_CLAUSE.exec(sentence.slice(Math.max(0, start - 160), start));
  return named && (named[2] !== undefined || OPENS_WITH_PARTICIPLE.test(sentence.slice(start))) ? named : null;
}

function tidy(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
}

/**
 * Claims of one sentence share the incident one of them names ("the blast
 * killed 12 and wounded 40"), when the sentence names only one.
 */
export function shareSentenceIncident(claims: ReadonlyArray<{ outcome: string; incident?: Incident | null }>): void {
  let only: Incident | null = null;
  for (const claim of claims) {
    if (!claim.incident) continue;
    if (only && only.text !== claim.incident.text) return;
    only = claim.incident;
  }
  if (!only) return;
  for (const claim of claims) if (claim.incident === null && claim.outcome !== 'deployed') (claim as { incident: Incident | null }).incident = only;
}
