import * as chrono from 'chrono-node';
import { calendarOf } from '../extract/calendar.js';
import type { Claim } from '../contracts/claim.js';
import { dayOfDate, lastDayOfMonth, type DaySpan } from './days.js';

/**
 * When a statement was made, as far as the sentence that reports it says:
 * "said on Friday" is one day, "in December the agency said" a month, and a
 * sentence that gives no date is taken to report something said in the two
 * days before publication. Dates inside the claim's own period ("on December
 * 14 and 15") are what the number covers, not when it was said.
 */
const DAYS_BEFORE_PUBLICATION = 2;
const DATE_HINT = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=[\s,;])|yesterday|today|ago)\b/gi;
/**
 * chrono reads only the date expression around a hint ("on Friday",
 * "late December", "Dec. 16, 2024"): far cheaper than the sentence, and the
 * same few expressions recur, so their parses are remembered.
 */
const QUALIFIER_BEFORE = /(?:\b(?:on|in|last|this|early|late|mid|since|from|until|by)[\s-]+)+$/i;
const DATE_CONTINUATION = /^(?:[\s,]+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?\b))*/i;

/** The usual answer, one object per day: spans are never changed in place. */
const fallbacks = new Map<number, DaySpan>();
function beforePublication(publishedDay: number): DaySpan {
  let span = fallbacks.get(publishedDay);
  if (!span) {
    span = Object.freeze({ start: publishedDay - DAYS_BEFORE_PUBLICATION, end: publishedDay });
    if (fallbacks.size >= 100_000) fallbacks.clear();
    fallbacks.set(publishedDay, span);
  }
  return span;
}

export function statedSpan(claim: Claim, publishedDay: number): DaySpan {
  const fallback = beforePublication(publishedDay);
  const sentence = claim.sentence.text;
  const periodAt = claim.period ? sentence.indexOf(claim.period.text) : -1;
  const periodEnd = periodAt >= 0 && claim.period ? periodAt + claim.period.text.length : -1;
  DATE_HINT.lastIndex = 0;
  for (let hint = DATE_HINT.exec(sentence); hint; hint = DATE_HINT.exec(sentence)) {
    if (periodAt >= 0 && hint.index < periodEnd && hint.index + hint[0].length > periodAt) continue;
    const before = QUALIFIER_BEFORE.exec(sentence.slice(Math.max(0, hint.index - 24), hint.index))?.[0].length ?? 0;
    const after = DATE_CONTINUATION.exec(sentence.slice(hint.index + hint[0].length, hint.index + hint[0].length + 24))?.[0].length ?? 0;
    const from = hint.index - before;
    const window = sentence.slice(from, hint.index + hint[0].length + after);
    for (const result of parseDates(window, publishedDay)) {
      const start = from + result.index;
      if (start > hint.index || start + result.text.length < hint.index) continue;
      if (periodAt >= 0 && start < periodEnd && start + result.text.length > periodAt) continue;
      const span = lastYear(spanOf(result.start), result, sentence.slice(start + result.text.length, start + result.text.length + 12), publishedDay);
      if (span && span.start <= publishedDay) return { start: span.start, end: Math.min(span.end, publishedDay) };
    }
  }
  return fallback;
}

/** The same few words recur across a document's claims and a day's stories: remember recent parses. */
const recent = new Map<string, chrono.ParsedResult[]>();
function parseDates(window: string, publishedDay: number): chrono.ParsedResult[] {
  const key = `${publishedDay}|${window}`;
  let results = recent.get(key);
  if (!results) {
    const reference = new Date((publishedDay + 0.5) * 86_400_000);
    results = chrono.parse(window, { instant: reference, timezone: 'UTC' }, { forwardDate: false });
    if (recent.size >= 32_768) recent.clear();
    recent.set(key, results);
  }
  return results;
}

/** "in March last year": chrono reads "March" and "last year" apart; the month is of the year before publication's. */
function lastYear(span: DaySpan | null, result: chrono.ParsedResult, after: string, publishedDay: number): DaySpan | null {
  if (!span || result.start.isCertain('year') || !/^\s+last\s+year\b/i.test(after)) return span;
  const year = calendarOf(publishedDay).year - 1;
  const month = result.start.get('month') ?? 1;
  const day = result.start.get('day') ?? 1;
  const start = dayOfDate(year, month, result.start.isCertain('day') ? day : 1);
  return { start, end: result.start.isCertain('day') ? start : lastDayOfMonth(year, month) };
}

function spanOf(components: chrono.ParsedComponents): DaySpan | null {
  if (!components.isCertain('month') && !components.isCertain('weekday') && !components.isCertain('day')) {
    // "today", "yesterday", "two days ago": chrono implies the date from the reference.
    if (!components.date()) return null;
  }
  const year = components.get('year');
  const month = components.get('month');
  if (year === null || month === null) return null;
  if (components.isCertain('day') || components.isCertain('weekday') || !components.isCertain('month')) {
    const day = dayOfDate(year, month, components.get('day') ?? 1);
    return { start: day, end: day };
  }
  return { start: dayOfDate(year, month, 1), end: lastDayOfMonth(year, month) };
}
