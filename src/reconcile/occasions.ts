import * as chrono from 'chrono-node';
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
const DATE_HINT = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|\byesterday\b|\btoday\b|\bago\b/i;

export function statedSpan(claim: Claim, publishedDay: number): DaySpan {
  const fallback = { start: publishedDay - DAYS_BEFORE_PUBLICATION, end: publishedDay };
  const sentence = claim.sentence.text;
  if (!DATE_HINT.test(sentence)) return fallback;
  const periodAt = claim.period ? sentence.indexOf(claim.period.text) : -1;
  const periodEnd = periodAt >= 0 && claim.period ? periodAt + claim.period.text.length : -1;
  const reference = new Date((publishedDay + 0.5) * 86_400_000);
  for (const result of parseDates(sentence, reference)) {
    const end = result.index + result.text.length;
    if (periodAt >= 0 && result.index < periodEnd && end > periodAt) continue;
    const span = spanOf(result.start);
    if (span && span.start <= publishedDay) return { start: span.start, end: Math.min(span.end, publishedDay) };
  }
  return fallback;
}

/** chrono is the costly part and a document's claims share sentences: remember the last few. */
const recent = new Map<string, chrono.ParsedResult[]>();
function parseDates(sentence: string, reference: Date): chrono.ParsedResult[] {
  const key = `${reference.getTime()}|${sentence}`;
  let results = recent.get(key);
  if (!results) {
    results = chrono.parse(sentence, { instant: reference, timezone: 'UTC' }, { forwardDate: false });
    if (recent.size >= 256) recent.clear();
    recent.set(key, results);
  }
  return results;
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
