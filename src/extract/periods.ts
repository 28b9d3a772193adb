import * as chrono from 'chrono-node';
import { DAY_MS, calendarOf, dayNumber, daysInMonth, isoDate, isoWeekday, monthEnd, monthsBefore } from './calendar.js';
import type { Rate } from '../contracts/claim.js';

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

export interface RateMention {
  start: number;
  end: number;
  text: string;
  rate: Rate;
}

function weekStart(dayNum: number): number {
  return dayNum - isoWeekday(dayNum);
}

/** The Saturday–Sunday weekend that contains `dayNum`, or else the latest one before it. */
function weekendOnOrBefore(dayNum: number): [number, number] {
  const saturday = dayNum - ((isoWeekday(dayNum) - 5 + 7) % 7);
  return [saturday, saturday + 1];
}

// ---------------------------------------------------------------------------
// Numbers written as words or digits.

const UNIT_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const VAGUE_COUNT_WORDS = new Set(['few', 'a few', 'several', 'couple of', 'a couple of', 'many']);

const NUMBER_PATTERN =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten' +
  '|a\\s+few|a\\s+couple\\s+of|couple\\s+of|few|several|many|an|a)';

/** A count, null for a vague one ("several"), undefined when it is no count at all. */
function parseCount(raw: string): number | null | undefined {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^[\d,]+$/.test(word)) return Number(word.replace(/,/g, ''));
  if (VAGUE_COUNT_WORDS.has(word)) return null;
  if (word in UNIT_WORDS) return UNIT_WORDS[word];
  const [tens, unit] = word.split(/[- ]/);
  if (tens !== undefined && tens in TENS_WORDS) return (TENS_WORDS[tens] ?? 0) + (unit === undefined ? 0 : (UNIT_WORDS[unit] ?? 0));
  return undefined;
}

// ---------------------------------------------------------------------------
// Candidates: a span plus its resolved window, before overlaps are settled.

interface Window {
  startDay: number | null;
  endDay: number | null;
  /** Set when the length is known but the dates are not (no publication date, or a vague start). */
  days: number | null;
}

interface Candidate extends Window {
  start: number;
  end: number;
}

const UNKNOWN: Window = { startDay: null, endDay: null, days: null };

/** Days that YYYY-MM-DD can write: "in the last 202310 weeks" reaches back before the year 1. */
const FIRST_WRITABLE_DAY = dayNumber(1, 1, 1);
const LAST_WRITABLE_DAY = dayNumber(9999, 12, 31);
const writable = (day: number | null): number | null => (day !== null && day >= FIRST_WRITABLE_DAY && day <= LAST_WRITABLE_DAY ? day : null);

function windowOf(startDay: number | null, endDay: number | null): Window {
  // Only a publication date earlier than a date the text states ("since October 2024" in a page dated 1990)
  // makes a window end before it starts: the stated start stands, and the end is left open.
  if (startDay !== null && endDay !== null && endDay < startDay) return openWindow(startDay, null);
  return { startDay, endDay, days: startDay !== null && endDay !== null ? endDay - startDay + 1 : null };
}

/** A window whose length is known but not its dates. */
function lengthOnly(days: number | null): Window {
  return { startDay: null, endDay: null, days };
}

/** A window whose start is known (or not) but not its length: "since …" without a publication date. */
function openWindow(startDay: number | null, endDay: number | null): Window {
  return { startDay, endDay, days: null };
}

function candidate(start: number, end: number, window: Window): Candidate {
  const startDay = writable(window.startDay);
  const endDay = writable(window.endDay);
  const cut = startDay !== window.startDay || endDay !== window.endDay;
  return { start, end, startDay, endDay, days: cut ? null : window.days };
}

function candidateAt(match: RegExpExecArray, window: Window): Candidate {
  return candidate(match.index, match.index + match[0].length, window);
}

type TimeUnit = 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year';

function unitOf(raw: string): TimeUnit {
  const unit = raw.toLowerCase().replace(/s$/, '');
  return unit === 'night' ? 'day' : (unit as TimeUnit);
}

/** The `count` units that end on the publication day ("over the past three days": published − 2 … published). */
function trailingWindow(count: number | null, unit: TimeUnit, published: number | null): Window {
  if (count === null) return openWindow(null, published);
  if (count <= 0) return UNKNOWN;
  const fixedDays: Record<TimeUnit, number> = { hour: Math.ceil(count / 24), day: count, week: 7 * count, fortnight: 14 * count, month: 30 * count, year: 365 * count };
  if (published === null) return lengthOnly(fixedDays[unit]);
  if (unit === 'month') return windowOf(monthsBefore(published, count) + 1, published);
  if (unit === 'year') return windowOf(monthsBefore(published, 12 * count) + 1, published);
  return windowOf(published - fixedDays[unit] + 1, published);
}

function windowForUnitContaining(unit: 'week' | 'month' | 'year', dayNum: number): [number, number] {
  const { year, month } = calendarOf(dayNum);
  if (unit === 'week') return [weekStart(dayNum), weekStart(dayNum) + 6];
  if (unit === 'month') return [dayNumber(year, month, 1), monthEnd(year, month)];
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

function previousUnit(unit: 'week' | 'month' | 'year', dayNum: number): [number, number] {
  const [start] = windowForUnitContaining(unit, dayNum);
  return windowForUnitContaining(unit, start - 1);
}

// ---------------------------------------------------------------------------
// Relative periods, by pattern.

const UNIT_PATTERN = '(hours?|days?|nights?|weeks?|fortnights?|months?|years?)';
const QUALIFIER_PATTERN = '(?:(?:more\\s+than|less\\s+than|fewer\\s+than|over|nearly|almost|about|around|roughly|some|at\\s+least|just|only|under)\\s+)?';

// "in the last week", "over the past 24 hours", "in last four days", "this past week", "the previous three months"
const TRAILING = new RegExp(
  `\\b(?:(?:in|over|during|for|within|across|throughout|through)\\s+)?(?:(the|this)\\s+)?(last|past|previous)\\s+(?:${NUMBER_PATTERN}\\s+)?${UNIT_PATTERN}\\b`,
  'gi',
);
const TRAILING_COUNT = new RegExp(`(?:last|past|previous)\\s+(${NUMBER_PATTERN})\\s+`, 'i');

// "over three days", "in 48 hours", "for more than two weeks", "within a day"
const DURATION = new RegExp(
  `\\b(?:in|over|during|for|within|across|throughout)\\s+(?:the\\s+(?:course|span|space)\\s+of\\s+)?${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\s+(?:(?:consecutive|straight|successive)\\s+)?${UNIT_PATTERN}\\b`,
  'gi',
);
// "jailed for five years", "sentenced … for 20 years": a term, not a window.
const TERM_BEFORE = /\b(?:sentenced|jailed|imprisoned|imprisonment|prison|jail|banned|barred|aged|serve|serving|served|detained|suspended|extended|valid|expires?|lasts?)\s+(?:\S+\s+)?$/i;
// "five years old", "in three days' time", "two days later": an age, a future point or an offset.
const NOT_A_WINDOW_AFTER =
  /^(?:-|(?:['’]s?)?\s*(?:old|of\s+age|ago|later|earlier|before|after|prior|hence|from\s+now|time|in\s+(?:prison|jail)|behind\s+bars|of\s+(?:prison|jail|imprisonment)|prison|jail|imprisonment|sentence|term)\b)/i;

// "this week", "earlier this month", "so far this year", "last month", "since last week"
const CALENDAR_UNIT = /\b(?:(in|during|over|throughout|earlier|since|so\s+far)\s+)?(this|last)\s+(week|month|year|weekend)\b/gi;
// "over the weekend"
const THE_WEEKEND = /\b(?:(?:over|during|at|on|in|through|throughout)\s+)?the\s+weekend\b/gi;
const DAY_WORD = /\b(?:(?:earlier|late|early)\s+)?(yesterday|today|tonight)\b/gi;
const WEEKDAY = /(?<![\p{L}\p{N}])(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Pp]ast|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}\p{N}])/gu;
/** What WEEKDAY cannot match without: a day's name, with its case. */
const WEEKDAY_NAME = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const WEEKDAY_INDEX: Record<string, number> = { Monday: 0, Tuesday: 1, Wednesday: 2, Thursday: 3, Friday: 4, Saturday: 5, Sunday: 6 };
// "in 2023", "since 2022", "throughout the year 2021"
const YEAR = /\b(in|during|throughout|since|through)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d|%)/gi;
// "between 2022 and 2023", "from 2014 to 2021"
const YEAR_RANGE = /\b(?:between|from)\s+((?:19|20)\d{2})\s*(?:and|to|until|through|-|–)\s*((?:19|20)\d{2})\b/gi;
// "since the start of the war", "since the full-scale invasion began", "since Russia invaded Ukraine", "since the start of the year"
const SINCE_EVENT = new RegExp(
  '\\bsince\\s+(?:' +
    "the\\s+(?:start|beginning|outbreak|onset)\\s+of\\s+(?:the\\s+|this\\s+|Russia['’]s\\s+|Moscow['’]s\\s+)?(?:(?:full|large)[- ]scale\\s+|Russian\\s+|current\\s+)?(war|invasion|conflict|fighting|hostilities|offensive|incursion|operation|year|month|week)" +
    '|the\\s+(?:(?:full|large)[- ]scale\\s+)?(?:war|invasion|conflict|fighting|offensive|incursion)(?:\\s+(?:began|started|broke\\s+out))?' +
    "|(?:Russia|Moscow)['’]s\\s+(?:(?:full|large)[- ]scale\\s+)?(?:invasion|war)(?:\\s+(?:of|on|in)\\s+Ukraine)?" +
    '|(?:Russia|Moscow)\\s+(?:invaded|attacked)(?:\\s+Ukraine)?' +
    ')\\b',
  'gi',
);

/**
 * Every match of a global pattern, like `[...text.matchAll(pattern)]` but without the copy of the
 * pattern matchAll makes on each call. None of the patterns used here matches the empty string.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex++;
    found.push(match);
  }
  return found;
}

function trailingCandidates(sentence: string, published: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(TRAILING, sentence)) {
    const [text, determiner, direction, unitWord] = match;
    const countText = TRAILING_COUNT.exec(text)?.[1];
    const unit = unitOf(unitWord ?? '');
    // Bare "last week" is the previous calendar week (CALENDAR_UNIT); "the last week" is the seven days before publication.
    if (countText === undefined && determiner === undefined && direction?.toLowerCase() === 'last' && ['week', 'month', 'year'].includes(unit)) continue;
    const count = countText === undefined ? 1 : parseCount(countText);
    if (count === undefined) continue;
    found.push(candidateAt(match, trailingWindow(count, unit, published)));
  }
  return found;
}

function durationCandidates(sentence: string, published: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(DURATION, sentence)) {
    const [text, countText, unitWord] = match;
    const end = match.index + text.length;
    if (TERM_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (NOT_A_WINDOW_AFTER.test(sentence.slice(end, end + 30).trimStart())) continue;
    const count = parseCount(countText ?? '');
    if (count === undefined) continue;
    found.push(candidateAt(match, trailingWindow(count, unitOf(unitWord ?? ''), published)));
  }
  return found;
}

function calendarUnitCandidates(sentence: string, published: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(CALENDAR_UNIT, sentence)) {
    const [text, lead, which, unitWord] = match;
    const since = lead?.toLowerCase() === 'since';
    const unit = (unitWord ?? '').toLowerCase() as 'week' | 'month' | 'year' | 'weekend';
    if (published === null) {
      // Only a whole weekend or a whole past week has a length without knowing the day it is counted from.
      const wholeUnitDays = unit === 'weekend' ? 2 : unit === 'week' && which?.toLowerCase() === 'last' ? 7 : null;
      found.push(candidateAt(match, lengthOnly(since ? null : wholeUnitDays)));
      continue;
    }
    let window: [number, number];
    if (unit === 'weekend') {
      const current = weekendOnOrBefore(published);
      window = which?.toLowerCase() === 'last' ? weekendOnOrBefore(current[0] - 1) : current;
    } else if (which?.toLowerCase() === 'last') {
      window = previousUnit(unit, published);
    } else {
      window = [windowForUnitContaining(unit, published)[0], published];
    }
    found.push(candidateAt(match, windowOf(window[0], since ? published : window[1])));
  }
  return found;
}

function weekendCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(THE_WEEKEND, sentence).map((match) => candidateAt(match, published === null ? lengthOnly(2) : windowOf(...weekendOnOrBefore(published))));
}

function dayWordCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(DAY_WORD, sentence).map((match) => {
    const offset = (match[1] ?? '').toLowerCase() === 'yesterday' ? 1 : 0;
    return candidateAt(match, published === null ? lengthOnly(1) : windowOf(published - offset, published - offset));
  });
}

function weekdayCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(WEEKDAY, sentence).map((match) => {
    if (published === null) return candidateAt(match, lengthOnly(1));
    const wanted = WEEKDAY_INDEX[match[1] ?? ''] ?? 0;
    let day = published - ((isoWeekday(published) - wanted + 7) % 7);
    if (/^last\s/i.test(match[0]) && day === published) day -= 7;
    return candidateAt(match, windowOf(day, day));
  });
}

function yearCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(YEAR, sentence).map((match) => {
    const year = Number(match[2]);
    const first = dayNumber(year, 1, 1);
    if ((match[1] ?? '').toLowerCase() === 'since') return candidateAt(match, published === null ? openWindow(first, null) : windowOf(first, published));
    return candidateAt(match, windowOf(first, clipToPublished(first, dayNumber(year, 12, 31), published)));
  });
}

function yearRangeCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(YEAR_RANGE, sentence).map((match) => {
    const first = dayNumber(Number(match[1]), 1, 1);
    const last = dayNumber(Number(match[2]), 12, 31);
    return candidateAt(match, windowOf(first, clipToPublished(first, last, published)));
  });
}

function sinceEventCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(SINCE_EVENT, sentence).map((match) => {
    const unit = (match[1] ?? '').toLowerCase();
    if ((unit === 'year' || unit === 'month' || unit === 'week') && published !== null) {
      return candidateAt(match, windowOf(windowForUnitContaining(unit, published)[0], published));
    }
    return candidateAt(match, openWindow(null, published));
  });
}

/** A month or a year that contains the publication day ends, as far as a report can know, on that day. */
function clipToPublished(startDay: number, endDay: number, published: number | null): number {
  return published !== null && startDay <= published && published < endDay ? published : endDay;
}

// ---------------------------------------------------------------------------
// Calendar dates, through chrono.

const MONTH_NAME = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b\d{4}-\d{2}-\d{2}\b/;
const PREPOSITION_BEFORE = /\b(on|in|during|throughout|since|between|from|over)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i;
const DAY_BEFORE = /(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to|-|–)\s*$/i;
const DAY_AFTER = /^\s*(?:and|&|to|through|until|till|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d|[,.]\d|:|%|\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
const RANGE_JOINER = /^\s*(?:and|to|through|until|till|-|–)\s*$/i;
// Any fixed reference will do when there is no publication date: only dates with a stated year are then placed.
const FALLBACK_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

interface DatedSpan {
  start: number;
  end: number;
  startDay: number;
  endDay: number;
  yearStated: boolean;
  dayStated: boolean;
}

function chronoSpans(sentence: string, published: number | null): DatedSpan[] {
  const reference = published === null ? FALLBACK_REFERENCE : new Date(published * DAY_MS + DAY_MS / 2);
  const spans: DatedSpan[] = [];
  for (const parsed of chrono.parse(sentence, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    const result = withoutCountAfterComma(parsed, reference);
    if (!result || !MONTH_NAME.test(result.text) || !result.start.isCertain('month')) continue;
    const start = result.start;
    const year = start.get('year') ?? 2000;
    const month = start.get('month') ?? 1;
    const dayStated = start.isCertain('day');
    const startDay = dayStated ? dayNumber(year, month, start.get('day') ?? 1) : dayNumber(year, month, 1);
    let endDay = dayStated ? startDay : monthEnd(year, month);
    if (result.end) {
      const end = result.end;
      const endYear = end.get('year') ?? year;
      const endMonth = end.get('month') ?? month;
      endDay = end.isCertain('day') ? dayNumber(endYear, endMonth, end.get('day') ?? 1) : monthEnd(endYear, endMonth);
    }
    spans.push({ start: result.index, end: result.index + result.text.length, startDay, endDay, yearStated: start.isCertain('year'), dayStated });
  }
  return spans;
}

interface ChronoHit {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | undefined;
}

/** chrono's text can carry an opening bracket or a trailing comma or space ("(Thursday December 8", "late July,"). */
function trimmed(hit: ChronoHit): ChronoHit {
  const lead = /^[^\p{L}\p{N}]*/u.exec(hit.text)?.[0].length ?? 0;
  const text = hit.text.slice(lead).replace(/[\s,;:([]+$/, '');
  return { ...hit, index: hit.index + lead, text };
}

/**
 * chrono reads the count after a comma as part of the date: "15 December, 30 died" as the year 2030,
 * "Since late July, 20 were arrested" as July 20. Dates are not written that way, so the count is dropped.
 */
function withoutCountAfterComma(result: chrono.ParsedResult, reference: Date): ChronoHit | null {
  const hit = trimmed({ index: result.index, text: result.text, start: result.start, end: result.end });
  const withoutCount = hit.text.replace(/\s*,\s*\d{1,2}$/, '');
  if (withoutCount === hit.text) return hit;
  const reparsed = chrono.parse(withoutCount, { instant: reference, timezone: 'UTC' }, { forwardDate: false })[0];
  if (!reparsed || reparsed.index !== 0 || reparsed.text !== withoutCount) return null;
  return { index: hit.index, text: withoutCount, start: reparsed.start, end: reparsed.end };
}

/** "December 14 and 15", "14 and 15 December", "between January 4 and February 7". */
function widenRanges(sentence: string, spans: DatedSpan[]): DatedSpan[] {
  const widened: DatedSpan[] = [];
  for (const span of spans) {
    const previous = widened.at(-1);
    if (previous && RANGE_JOINER.test(sentence.slice(previous.end, span.start))) {
      widened[widened.length - 1] = { ...previous, end: span.end, endDay: span.endDay, yearStated: previous.yearStated || span.yearStated };
      continue;
    }
    const next = { ...span };
    if (next.dayStated && next.startDay === next.endDay) {
      const after = DAY_AFTER.exec(sentence.slice(next.end));
      const firstDay = calendarOf(next.startDay);
      if (after && Number(after[1]) > firstDay.day && Number(after[1]) <= daysInMonth(firstDay.year, firstDay.month)) {
        next.endDay = dayNumber(firstDay.year, firstDay.month, Number(after[1]));
        next.end += after[0].length;
      }
      const before = DAY_BEFORE.exec(sentence.slice(Math.max(0, next.start - 12), next.start));
      if (before && Number(before[1]) >= 1 && Number(before[1]) < firstDay.day) {
        next.startDay = dayNumber(firstDay.year, firstDay.month, Number(before[1]));
        next.start -= before[0].length;
      }
    }
    widened.push(next);
  }
  return widened;
}

function calendarDateCandidates(sentence: string, published: number | null): Candidate[] {
  if (!MONTH_NAME.test(sentence)) return [];
  const found: Candidate[] = [];
  for (const span of widenRanges(sentence, chronoSpans(sentence, published))) {
    const lead = PREPOSITION_BEFORE.exec(sentence.slice(Math.max(0, span.start - 20), span.start));
    const preposition = lead?.[1]?.toLowerCase();
    // A month alone ("the October attack", "March") is only a window when introduced as one.
    if (!span.dayStated && !span.yearStated && (preposition === undefined || preposition === 'on')) continue;
    let { startDay, endDay } = span;
    // "between December and April": without a year the range runs forward, into the next year.
    if (endDay < startDay && !span.yearStated) endDay = shiftYear(endDay, 1);
    if (endDay < startDay) continue;
    if (!span.yearStated && published !== null && startDay > published) {
      // chrono picks the nearest year; a news report's dates without a year are in the past.
      startDay = shiftYear(startDay, -1);
      endDay = shiftYear(endDay, -1);
    }
    const start = span.start - (lead?.[0].length ?? 0);
    const datesKnown = span.yearStated || published !== null;
    if (preposition === 'since' || (preposition === 'from' && startDay === endDay)) {
      found.push(candidate(start, span.end, datesKnown && published !== null ? windowOf(startDay, published) : openWindow(datesKnown ? startDay : null, null)));
      continue;
    }
    const window = windowOf(startDay, span.dayStated ? endDay : clipToPublished(startDay, endDay, published));
    found.push(candidate(start, span.end, datesKnown ? window : lengthOnly(window.days)));
  }
  return found;
}

/** The same day `years` years later (earlier when negative); 29 February becomes the 28th. */
function shiftYear(dayNum: number, years: number): number {
  const { year, month, day } = calendarOf(dayNum);
  return dayNumber(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

// ---------------------------------------------------------------------------
// Settling overlaps and flagging statement dates.

const SPEECH_VERB_BEFORE =
  /\b(?:said|says|say|told|tells|announced|announces|stated|states|reported|reports|confirmed|confirms|claimed|claims|added|adds|noted|notes|disclosed|discloses|denied|denies|wrote|writes|posted|tweeted|declared|revealed|acknowledged|admitted|warned|explained|insisted|asserted|alleged|indicated|commented|replied|responded|briefed|estimated|assessed|informed)(?:\s+(?:late|early|earlier|later))?(?:\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|parliament|(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:\S+\s+)?(?:statement|interview|post|video|briefing|conference|address|speech|message|update)))?\s*,?\s*$/i;
// "told AFP on Monday", "told the AFP news agency on Monday", "told Xinhua by phone"
const TOLD_OUTLET_BEFORE = /\btold\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,3}(?:news\s+agency\s+)?(?:by\s+phone\s+)?$/;

function isStatementDate(sentence: string, candidate: Candidate): boolean {
  const singleDay = candidate.days === 1 || (candidate.startDay !== null && candidate.startDay === candidate.endDay);
  if (!singleDay) return false;
  const before = sentence.slice(Math.max(0, candidate.start - 80), candidate.start);
  return SPEECH_VERB_BEFORE.test(before) || TOLD_OUTLET_BEFORE.test(before);
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
  const none: Candidate[] = [];
  const candidates = [
    ...(hasLast || lower.includes('past') || lower.includes('previous') ? trailingCandidates(sentence, day) : none),
    ...(hasTimeUnitWord(lower) ? durationCandidates(sentence, day) : none),
    ...(hasLast || lower.includes('this') ? calendarUnitCandidates(sentence, day) : none),
    ...(lower.includes('weekend') ? weekendCandidates(sentence, day) : none),
    ...(lower.includes('yesterday') || lower.includes('today') || lower.includes('tonight') ? dayWordCandidates(sentence, day) : none),
    ...(WEEKDAY_NAME.test(sentence) ? weekdayCandidates(sentence, day) : none),
    ...(hasYearDigits ? yearCandidates(sentence, day) : none),
    ...(hasYearDigits ? yearRangeCandidates(sentence, day) : none),
    ...(lower.includes('since') ? sinceEventCandidates(sentence, day) : none),
    ...calendarDateCandidates(sentence, day),
  ];
  return nonOverlapping(candidates).map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    text: sentence.slice(candidate.start, candidate.end),
    startDate: isoDate(candidate.startDay),
    endDate: isoDate(candidate.endDay),
    days: candidate.days ?? (candidate.startDay !== null && candidate.endDay !== null ? candidate.endDay - candidate.startDay + 1 : null),
    anchorOnly: isStatementDate(sentence, candidate),
  }));
}

// ---------------------------------------------------------------------------
// Rates.

const RATE_PHRASE = /\b(?:(daily|weekly|monthly)|(per|a|an|each|every)\s+(day|week|month))\b/gi;
const RATE_OF: Record<string, Rate> = { daily: 'day', weekly: 'week', monthly: 'month', day: 'day', week: 'week', month: 'month' };
// "daily briefing", "the Daily Mail": the adjective names a publication or routine, not a rate.
const NOT_A_RATE_NOUN =
  /^\s*(?:briefings?|updates?|increases?|decreases?|rises?|drops?|falls?|growth|reports?|bulletins?|newspapers?|papers?|news|life|lives|routine|prayers?|press|shows?|newsletters?|podcasts?|columns?|digests?|summary|summaries|meetings?|visits?|flights?|wages?|allowance|Mail|Telegraph|Beast|Star|Sabah|Monitor|Nation|Mirror|Express|Record|Times|Caller|Wire|Maverick|Sun|Post|Herald|Observer)\b/;
// "a day after", "a week earlier", "a month-long", "a day or two": an offset or a length, not "per".
const NOT_A_RATE_AFTER = /^(?:-|\s+(?:after|before|earlier|later|ago|of|into|or|old|prior|following|when|long|in\s+advance)\b)/i;
const NOT_A_RATE_BEFORE = /\b(?:in|for|within|over|after|once|twice|thrice|than|about|around|nearly|almost|only|just|half|under|through|throughout|by|least|barely|entire|whole)\s+$/i;
const COUNT_WORD =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|millions?)\b/i;

/** The clause before `index`, cut at the last punctuation that ends a clause (not the comma inside "1,500"). */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 120), index);
  const cut = Math.max(before.search(/[;:!?]\s*[^;:!?]*$/), before.lastIndexOf(', '), before.lastIndexOf('. '), before.lastIndexOf(' – '), before.lastIndexOf(' — '));
  return cut < 0 ? before : before.slice(cut + 1);
}

function isRateAfterCount(sentence: string, index: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, index - 40), index);
  if (NOT_A_RATE_BEFORE.test(before) || NOT_A_RATE_AFTER.test(sentence.slice(end, end + 30))) return false;
  const recentWords = clauseBefore(sentence, index).trim().split(/\s+/).slice(-8).join(' ');
  return COUNT_WORD.test(recentWords);
}

function isAdjectiveRate(sentence: string, index: number, word: string, end: number): boolean {
  // Capitalised mid-sentence it is a title ("the Daily Telegraph").
  if (/^[A-Z]/.test(word) && /\S/.test(sentence.slice(0, index))) return false;
  return !NOT_A_RATE_NOUN.test(sentence.slice(end, end + 30));
}

/** Words that make a number a rate: "1,500 casualties daily", "per day", "a week" after a count. */
export function findRates(sentence: string): RateMention[] {
  const found: RateMention[] = [];
  for (const match of matchesOf(RATE_PHRASE, sentence)) {
    const [text, adjective, determiner, unit] = match;
    const end = match.index + text.length;
    const article = determiner?.toLowerCase() === 'a' || determiner?.toLowerCase() === 'an';
    if (adjective !== undefined && !isAdjectiveRate(sentence, match.index, adjective, end)) continue;
    if (article && !isRateAfterCount(sentence, match.index, end)) continue;
    const rate = RATE_OF[(adjective ?? unit ?? '').toLowerCase()];
    if (rate) found.push({ start: match.index, end, text, rate });
  }
  return found;
}
