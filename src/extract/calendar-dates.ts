import { calendarOf, dayNumber, daysInMonth, shiftYear } from './calendar.js';
import { MONTH_NAME, chronoSpans, type DatedSpan } from './chrono-dates.js';
import { candidate, lengthOnly, openWindow, windowOf, clipToPublished, type Candidate } from './period-windows.js';

/**
 * Calendar dates, through chrono: "on December 14", "14 and 15 December",
 * "between January 4 and February 7", "since October 2024", "in March",
 * "between the beginning of March and May 7", "from early March to mid-May".
 */
/** What may stand between a preposition or a range's joiner and a month: "early", "mid-", "the beginning of". */
const PART_OF_MONTH = String.raw`(?:(?:early|late|mid)[- ]?\s*|(?:the\s+)?(?:beginning|start|end|middle|close)\s+of\s+)?`;
const PREPOSITION_BEFORE = new RegExp(String.raw`\b(on|in|during|throughout|since|between|from|over)\s+${PART_OF_MONTH}$`, 'i');
const DAY_BEFORE = /(?<![\d,.])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&|to|-|–)\s*$/i;
const DAY_AFTER = /^\s*(?:and|&|to|through|until|till|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d|[,.]\d|:|%|\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/;
const RANGE_JOINER = new RegExp(String.raw`^\s*(?:and|to|through|until|till|-|–)\s*(?:the\s+)?${PART_OF_MONTH}$`, 'i');

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
    const lead = PREPOSITION_BEFORE.exec(sentence.slice(Math.max(0, span.start - 40), span.start));
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
