import { DAY_MS, isoDate } from './calendar.js';
import { calendarDateCandidates } from './calendar-dates.js';
import { eventDurationCandidates } from './event-durations.js';
import type { Candidate } from './period-windows.js';
import {
  WEEKDAY_NAME, calendarUnitCandidates, dayWordCandidates, durationCandidates, sinceEventCandidates, trailingCandidates, weekdayCandidates,
  weekendCandidates, yearCandidates, yearRangeCandidates,
} from './relative-periods.js';

export { findRates, type RateMention } from './rates.js';

/**
 * Periods and rates: the time window a number in one sentence covers ("in the
 * last week", "since October", "on December 14 and 15") and whether the number
 * is a rate ("1,500 casualties a day"). Dates are resolved against the
 * document's publication date, in UTC, and returned as YYYY-MM-DD.
 */
export interface PeriodMention {
  /** UTF-16 offsets into the sentence, end exclusive; text === sentence.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Null when the window is open ("since the start of the war") or cannot be placed without a publication date. */
  startDate: string | null;
  endDate: string | null;
  /** Length of the window in days, inclusive of both ends, when known. */
  days: number | null;
  /**
   * A single day right after a speech verb ("said on Friday", "told AFP Monday"): most likely when the
   * statement was made, not what the number covers. Reported anyway so the claim builder can choose.
   */
  anchorOnly: boolean;
}


// ---------------------------------------------------------------------------
// Settling overlaps and flagging statement dates.

const SPEECH_VERB_BEFORE =
  /\b(?:said|says|say|told|tells|announced|announces|stated|states|reported|reports|confirmed|confirms|claimed|claims|added|adds|noted|notes|disclosed|discloses|denied|denies|wrote|writes|posted|tweeted|declared|revealed|acknowledged|admitted|warned|explained|insisted|asserted|alleged|indicated|commented|replied|responded|briefed|estimated|assessed|informed)(?:\s+(?:late|early|earlier|later))?(?:\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\S+\s+)?(?:statement|interview|post|video|briefing|conference|address|speech|message|update)))?\s*,?\s*$/i;
// "told AFP on Monday", "told the AFP news agency on Monday", "told Xinhua by phone"
const TOLD_OUTLET_BEFORE = /\btold\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,3}(?:news\s+agency\s+)?(?:by\s+phone\s+)?$/;

function isStatementDate(sentence: string, candidate: Candidate): boolean {
  const singleDay = candidate.days === 1 || (candidate.startDay !== null && candidate.startDay === candidate.endDay);
  return singleDay && isSaidOrCountedAt(sentence, candidate.start, candidate.end);
}

/** Whether the single day at `start` of the sentence is when something was said ("said on Friday") or when a running count stood ("as of April 10"). */
export function isSaidOrCountedAt(sentence: string, start: number, end: number): boolean {
  // "in the past 24 hours" is a window the count covers, wherever it stands.
  if (ROLLING.test(sentence.slice(start, end))) return false;
  const before = sentence.slice(Math.max(0, start - 80), start);
  return SPEECH_VERB_BEFORE.test(before) || TOLD_OUTLET_BEFORE.test(before) || AS_OF_BEFORE.test(before) || PUT_AT_BEFORE.test(sentence.slice(Math.max(0, start - 160), start));
}

/** "put the number of civilians killed at upwards of 130 on Saturday": the day someone put the count, as "said on" is. */
const PUT_AT_BEFORE = /\b(?:put|puts|placed|places|placing|putting)\s+(?:[\p{L}'’-]+\s+){1,12}?at\s+(?:(?:upwards\s+of|more\s+than|at\s+least|about|around|some|nearly|over|almost|roughly)\s+)?[\d,.]+(?:\s+\p{L}+)?\s+(?:on\s+)?$/iu;

const ROLLING = /\b(?:past|last|previous|preceding)\s+(?:(?:\d+|few|several|two|three)\s+)?(?:hours?|days?|24\s+hours)\b/i;

/** "As of 11:00 today, April 10: 57 dead", "the toll as at 6 p.m. on Sunday": the day a running count stands at, not a day it covers alone. */
const AS_OF_BEFORE = /\bas\s+(?:of|at)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs?|h)?\s*(?:\([^)]{1,20}\)\s*)?)?,?\s*(?:(?:today|this\s+(?:morning|afternoon|evening)|tonight)\s*,?\s*)?(?:on\s+)?$/i;

/**
 * "since the fighting began on Sept. 27", "since Russia launched its
 * full-scale invasion on Feb. 24, 2022": the day the event is dated to is
 * when the count starts, not a day the count covers alone. Each such event
 * and its date become one window from that day to publication.
 */
function datedBeginnings(sentence: string, candidates: Candidate[], published: number | null): Candidate[] {
  const merged: Candidate[] = [];
  const used = new Set<Candidate>();
  for (const since of candidates) {
    if (since.startDay !== null || !/^since\b/i.test(sentence.slice(since.start, since.end))) continue;
    const date = candidates.find((c) => c.start >= since.end && c.startDay !== null && /^,?\s+(?:(?:on|in)\s+)?$/i.test(sentence.slice(since.end, c.start)));
    if (!date || date.startDay === null) continue;
    used.add(since).add(date);
    const endDay = published !== null && published >= date.startDay ? published : date.endDay;
    merged.push({ start: since.start, end: date.end, startDay: date.startDay, endDay, days: endDay !== null ? endDay - date.startDay + 1 : null });
  }
  return merged.length === 0 ? candidates : [...candidates.filter((c) => !used.has(c)), ...merged];
}

/** Longest first, then leftmost: "in the last week" beats the "last week" inside it. */
function nonOverlapping(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether a word of UNIT_PATTERN ("hours", "days", "nights", "weeks", "fortnights", "months", "years") is in the lower-cased text. */
function hasTimeUnitWord(lower: string): boolean {
  return lower.includes('day') || lower.includes('week') || lower.includes('month') || lower.includes('year') ||
    lower.includes('hour') || lower.includes('night');
}

function publicationDay(published: Date | null): number | null {
  if (published === null || Number.isNaN(published.getTime())) return null;
  return Math.floor(published.getTime() / DAY_MS);
}

/**
 * Every time window in one sentence, left to right, resolved against the publication date
 * (relative windows end on the publication day; with no date they keep only their length).
 */
export function findPeriods(sentence: string, published: Date | null): PeriodMention[] {
  const day = publicationDay(published);
  // A finder whose pattern needs a word the sentence lacks finds nothing: it is skipped. The patterns
  // ignore ASCII case only, so the lower-cased sentence holds every word any of them can match.
  const lower = sentence.toLowerCase();
  const hasLast = lower.includes('last');
  const hasYearDigits = sentence.includes('19') || sentence.includes('20');
  const hasUnit = hasTimeUnitWord(lower);
  const candidates: Candidate[] = [];
  const add = (found: Candidate[]): void => {
    for (const candidate of found) candidates.push(candidate);
  };
  if (hasLast || lower.includes('past') || lower.includes('previous')) add(trailingCandidates(sentence, day));
  if (hasUnit) add(durationCandidates(sentence, day));
  if (hasUnit) add(eventDurationCandidates(sentence, day));
  if (hasLast || lower.includes('this')) add(calendarUnitCandidates(sentence, day));
  if (lower.includes('weekend')) add(weekendCandidates(sentence, day));
  if (lower.includes('yesterday') || lower.includes('today') || lower.includes('tonight')) add(dayWordCandidates(sentence, day));
  if (WEEKDAY_NAME.test(sentence)) add(weekdayCandidates(sentence, day));
  if (hasYearDigits) add(yearCandidates(sentence, day));
  if (hasYearDigits) add(yearRangeCandidates(sentence, day));
  if (lower.includes('since')) add(sinceEventCandidates(sentence, day));
  add(calendarDateCandidates(sentence, day));
  return nonOverlapping(datedBeginnings(sentence, candidates, day)).map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    text: sentence.slice(candidate.start, candidate.end),
    startDate: isoDate(candidate.startDay),
    endDate: isoDate(candidate.endDay),
    days: candidate.days ?? (candidate.startDay !== null && candidate.endDay !== null ? candidate.endDay - candidate.startDay + 1 : null),
    anchorOnly: isStatementDate(sentence, candidate),
  }));
}
