import { dayOfIso } from './days.js';
import { textAroundNumber, type Item } from './item.js';
import { countsPatients } from './patients.js';

/**
 * Which claims can be one event's toll, and which words tell an event apart
 * from the one its story is about: the wording incidents.ts groups by.
 */

/** A toll can be of one incident: not a deployment nor today's patients, and counted over no period longer than a day. */
export function mayBeToll(item: Item): boolean {
  if (item.claim.outcome === 'deployed' || item.claim.rate !== null || countsPatients(item)) return false;
  // "killed in Israeli strikes since then", "the number of dead since the start of the aggression": a war's count, unless it names its own event.
  if (!item.claim.incident && (SINCE_THE_WAR.test(item.claim.sentence.text) || IN_THE_WAR.test(item.claim.sentence.text))) return false;
  // "Across Ukraine, at least 31 people were killed", "nationwide": a count over many places, unless it names its own event.
  if (!item.claim.incident && OVER_MANY_PLACES.test(item.claim.sentence.text)) return false;
  const period = item.period;
  if (!period || !period.start || period.start === period.end) return true;
  // "the explosion that killed 51 … in July 2022": a month or a year that dates the named event is no counting window.
  if (item.claim.incident && LOOSE_DATE.test(period.text)) return true;
  // "on Friday and Saturday", "between Thursday and Saturday": an assault over a few named days can be one event; a rolling window ("over the past three days") is a period.
  return !!period.end && dayOfIso(period.end) - dayOfIso(period.start) <= SPAN_DAYS - 1 && !ROLLING_WINDOW.test(period.text);
}
const SPAN_DAYS = 3;
const OVER_MANY_PLACES = /\b(?:[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:country|nation|region|\p{Lu}[\p{L}'’-]*)|\b[Nn]ationwide\b|\bin\s+(?:several|many|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:regions|provinces|cities|towns|oblasts|districts|states)\b/u;
const LOOSE_DATE = /^(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4})$/i;
const ROLLING_WINDOW = /\b(?:past|last|previous|recent|since|so\s+far)\b/i;
const WAR = String.raw`the\s+(?:[\p{L}-]+\s+){0,2}?(?:war|aggression|invasion|conflict|fighting|offensive|hostilities|siege|blockade|occupation|encirclement)`;
/** "since Russian forces encircled the city", "since Russia invaded", "since the army launched its offensive": a campaign, not one strike. */
const CAMPAIGN_BEGAN = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+|the\s+|its\s+|their\s+|[\p{L}'’-]+\s+){1,4}?(?:encircled|besieged|invaded|occupied|blockaded|surrounded|seized|captured|entered|took\s+control\s+of|launched\s+(?:its|their|the|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:invasion|offensive|war|assault|campaign))`;
const SINCE_THE_WAR = new RegExp(
  String.raw`\bsince\s+(?:then|(?:the\s+)?(?:start|beginning|outbreak)\s+of\s+${WAR}|${WAR}\s+(?:began|started|broke\s+out|erupted)|(?:the\s+)?fighting\s+(?:began|started|broke\s+out|erupted)|${CAMPAIGN_BEGAN})\b`,
  'iu',
);

/** "servicemen killed in the war", "during the 44-day conflict", "throughout the fighting": a war's count, not one strike's. */
const IN_THE_WAR = /\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s+the\s+(?:[\p{L}\d-]+\s+){0,2}?(?:war|conflict|hostilities|campaign|fighting\s+(?:over|in|for)\s+\p{Lu})/u;

/** The day the claim dates its event to ("Friday's attack"), or null. */
export function ownDay(item: Item): number | null {
  const date = item.claim.incident?.date;
  if (date) return dayOfIso(date);
  const period = item.period;
  return period?.start && period.start === period.end ? dayOfIso(period.start) : null;
}

/** "came a day after", "two days before", "a week after": words that set the event that follows apart in time from the one the story is about. */
const TIME_APART = /\b(?:a|an|one|two|three|four|five|six|seven|\d+|several|few)\s+(?:days?|weeks?|hours?)\s+(?:after|before|earlier\s+than)\s+$/i;

/** Whether the sentence tells the event as one some time before or after another ("The attack came a day after the RSF shelled Abu Shouk"). */
export function toldApart(sentence: string, eventText: string): boolean {
  const at = sentence.indexOf(eventText);
  if (at <= 0) return false;
  // The words before the event's own, back to its subject: "a day after [the RSF] shelled Abu Shouk".
  return TIME_APART.test(sentence.slice(Math.max(0, at - 60), at).replace(/(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u, ''));
}

/**
 * "came a day after a suicide bomber killed …", "two weeks before gunmen
 * stormed a church, killing …": a count inside a clause that sets its event
 * apart in time. A finite verb after a comma is the main clause's ("The
 * strike, which came a day after a bombing, killed 76").
 */
const COUNT_OF_AN_EVENT_APART = /\b(?:hours?|days?|weeks?|months?)\s+(?:after|before)\s+(?:[^,;.]{0,100}?\b(?:killed|kills|left|wounded|injured|claimed)|[^;.]{0,100}?\b(?:killing|leaving|wounding|injuring))\s+(?:the\s+lives\s+of\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|around\s+|over\s+|up\s+to\s+)?$/i;

/**
 * Whether the count is the toll of an event its sentence tells as one some
 * time before or after the story's ("The strike came a day after a suicide
 * bomber killed five people at the university"): it is not the toll of the
 * story's incident, however its document names that.
 */
export function countOfAnEventApart(item: Item): boolean {
  const around = textAroundNumber(item, 160, 0);
  return !!around && around.before.length > 0 && COUNT_OF_AN_EVENT_APART.test(around.before);
}
