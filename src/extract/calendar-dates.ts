import * as chrono from 'chrono-node';
import { DAY_MS, calendarOf, dayNumber, daysInMonth, monthEnd } from './calendar.js';
import { candidate, lengthOnly, openWindow, windowOf, clipToPublished, type Candidate } from './period-windows.js';

/**
 * Calendar dates, through chrono: "on December 14", "14 and 15 December",
 * "between January 4 and February 7", "since October 2024", "in March".
 */
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

/**
 * How many words chrono reads either side of a month name. Everything it joins to a date is closer:
 * "from 10:30 p.m. on Thursday, December 8", "December 14, 2023 at 10:00", "14 to 15 December",
 * "two weeks and three days before December 14"; a range's other end names its own month
 * ("between January 4 and February 7"). Counted in words, not characters: chrono reads across runs of spaces.
 */
const DATE_CONTEXT_WORDS = 8;
const MONTH_NAMES = new RegExp(MONTH_NAME.source, 'g');

const isSpace = (char: string | undefined): boolean => char === ' ' || (char !== undefined && /\s/.test(char));

/** Where the `words`-th word before `at` starts. */
function startWordsBefore(text: string, at: number, words: number): number {
  let start = at;
  for (let word = 0; word < words && start > 0; word++) {
    while (start > 0 && isSpace(text[start - 1])) start--;
    while (start > 0 && !isSpace(text[start - 1])) start--;
  }
  return start;
}

/** Where the `words`-th word after `at` ends (exclusive). */
function endWordsAfter(text: string, at: number, words: number): number {
  let end = at;
  for (let word = 0; word < words && end < text.length; word++) {
    while (end < text.length && isSpace(text[end])) end++;
    while (end < text.length && !isSpace(text[end])) end++;
  }
  return end;
}

/**
 * The stretches of the sentence chrono has to read: each month name (or ISO date) with
 * DATE_CONTEXT_WORDS words either side; overlapping stretches are joined. Reading these instead of
 * the whole sentence finds the same dates at a fraction of the cost.
 */
function dateWindows(sentence: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  MONTH_NAMES.lastIndex = 0;
  for (let match = MONTH_NAMES.exec(sentence); match !== null; match = MONTH_NAMES.exec(sentence)) {
    const from = startWordsBefore(sentence, match.index, DATE_CONTEXT_WORDS);
    const to = endWordsAfter(sentence, match.index + match[0].length, DATE_CONTEXT_WORDS);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  return windows;
}

function chronoSpans(sentence: string, published: number | null): DatedSpan[] {
  const reference = published === null ? FALLBACK_REFERENCE : new Date(published * DAY_MS + DAY_MS / 2);
  const spans: DatedSpan[] = [];
  for (const [from, to] of dateWindows(sentence)) {
    for (const span of datedSpans(sentence.slice(from, to), reference)) spans.push({ ...span, start: span.start + from, end: span.end + from });
  }
  return spans;
}

/** The dates chrono finds in `text` that name a month, offsets into `text`. */
function datedSpans(text: string, reference: Date): DatedSpan[] {
  const spans: DatedSpan[] = [];
  for (const parsed of chrono.parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
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

export function calendarDateCandidates(sentence: string, published: number | null): Candidate[] {
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
