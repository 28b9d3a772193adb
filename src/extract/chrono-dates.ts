import * as chrono from 'chrono-node';
import { DAY_MS, dayNumber, monthEnd } from './calendar.js';

/**
 * The dates chrono reads in a sentence that name a month ("on December 14",
 * "Thursday, December 8 at 10:00", "between January 4 and February 7",
 * "2024-12-27"), as day numbers. chrono is the costliest recogniser, so it
 * reads only the words around each month name, with only the parsers that can
 * find something there.
 */
export const MONTH_NAME = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b\d{4}-\d{2}-\d{2}\b/;
const MONTH_NAMES = new RegExp(MONTH_NAME.source, 'g');
// Any fixed reference will do when there is no publication date: only dates with a stated year are then placed.
const FALLBACK_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

export interface DatedSpan {
  start: number;
  end: number;
  startDay: number;
  endDay: number;
  yearStated: boolean;
  dayStated: boolean;
}

/** The dates of the sentence that name a month, left to right, offsets into the sentence. */
export function chronoSpans(sentence: string, published: number | null): DatedSpan[] {
  const reference = published === null ? FALLBACK_REFERENCE : new Date(published * DAY_MS + DAY_MS / 2);
  const spans: DatedSpan[] = [];
  for (const [from, to] of dateWindows(sentence)) {
    for (const span of datedSpans(sentence.slice(from, to), reference)) spans.push({ ...span, start: span.start + from, end: span.end + from });
  }
  return spans;
}

// ---------------------------------------------------------------------------
// Where chrono reads.

/**
 * How many words chrono reads either side of a month name. Everything it joins to a date is closer:
 * "from 10:30 p.m. on Thursday, December 8", "December 14, 2023 at 10:00", "14 to 15 December",
 * "two weeks and three days before December 14"; a range's other end names its own month
 * ("between January 4 and February 7"). Counted in words, not characters: chrono reads across runs of spaces.
 */
const DATE_CONTEXT_WORDS = 8;

/**
 * The stretches of the sentence chrono has to read: each month name (or ISO date) with
 * DATE_CONTEXT_WORDS words either side; overlapping stretches are joined.
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

/** Whether the character at `at` is one `\s` matches (as chrono's patterns read spaces). */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 0xa0 && /\s/.test(text[at] as string);
}

/** Where the `words`-th word before `at` starts. */
function startWordsBefore(text: string, at: number, words: number): number {
  let start = at;
  for (let word = 0; word < words && start > 0; word++) {
    while (start > 0 && isSpaceAt(text, start - 1)) start--;
    while (start > 0 && !isSpaceAt(text, start - 1)) start--;
  }
  return start;
}

/** Where the `words`-th word after `at` ends (exclusive). */
function endWordsAfter(text: string, at: number, words: number): number {
  let end = at;
  for (let word = 0; word < words && end < text.length; word++) {
    while (end < text.length && isSpaceAt(text, end)) end++;
    while (end < text.length && !isSpaceAt(text, end)) end++;
  }
  return end;
}

// ---------------------------------------------------------------------------
// Which parsers read.

/**
 * For a chrono parser, a pattern found in every text its own pattern matches (chrono-node 2.10, pinned by
 * chrono-dates.test.ts): in a text without it the parser finds nothing, so leaving it out changes no
 * result. Only parsers whose words are often missing are listed; the others always run.
 */
export const PARSER_NEEDS: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midnight|midday|noon/i,
  ENRelativeDateFormatParser: /this|last|past|next/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  ENYearMonthDayParser: /[0-9]{4}[-./\s]\S+[-./\s][0-9]/,
  ENSlashMonthFormatParser: /\//,
  SlashDateFormatParser: /[0-9][-./][0-9]/,
  ENTimeExpressionParser: /[0-9]/,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};
const PARSERS = chrono.casual.parsers;
const PARSER_CHECKS = PARSERS.map((parser) => PARSER_NEEDS[parser.constructor.name]);
/** chrono's casual English configuration without the parsers a bit of the key leaves out. */
const chronoByOmitted = new Map<number, chrono.Chrono>();

function chronoFor(text: string): chrono.Chrono {
  let omitted = 0;
  for (let i = 0; i < PARSER_CHECKS.length; i++) {
    if (PARSER_CHECKS[i]?.test(text) === false) omitted |= 1 << i;
  }
  let reader = chronoByOmitted.get(omitted);
  if (!reader) {
    reader = new chrono.Chrono({ parsers: PARSERS.filter((_, i) => (omitted & (1 << i)) === 0), refiners: chrono.casual.refiners });
    chronoByOmitted.set(omitted, reader);
  }
  return reader;
}

/** What chrono.parse gives for `text`, read by fewer parsers. */
export function parseDates(text: string, reference: Date): chrono.ParsedResult[] {
  return chronoFor(text).parse(text, { instant: reference, timezone: 'UTC' }, { forwardDate: false });
}

// ---------------------------------------------------------------------------
// What chrono found.

/** The dates chrono finds in `text` that name a month, offsets into `text`. */
function datedSpans(text: string, reference: Date): DatedSpan[] {
  const spans: DatedSpan[] = [];
  for (const parsed of parseDates(text, reference)) {
    const hit = withoutCountAfterComma(parsed, reference);
    const result = hit && withoutCutNumber(hit, text, reference);
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

/**
 * "killed since Oct. 7 to 30,035": chrono reads "Oct. 7 to 30" as a range of days, though its last
 * digits start a larger number ("30,035"). The range's other end is dropped, and the date read again.
 */
function withoutCutNumber(hit: ChronoHit, text: string, reference: Date): ChronoHit | null {
  if (!/^[,.]\d{3}/.test(text.slice(hit.index + hit.text.length, hit.index + hit.text.length + 4))) return hit;
  const withoutEnd = hit.text.replace(/\s*(?:to|through|until|and|-|–)\s*\d{1,2}$/, '');
  if (withoutEnd === hit.text) return null;
  const reparsed = parseDates(withoutEnd, reference)[0];
  if (!reparsed || reparsed.index !== 0 || reparsed.text !== withoutEnd) return null;
  return { index: hit.index, text: withoutEnd, start: reparsed.start, end: reparsed.end };
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
  const reparsed = parseDates(withoutCount, reference)[0];
  if (!reparsed || reparsed.index !== 0 || reparsed.text !== withoutCount) return null;
  return { index: hit.index, text: withoutCount, start: reparsed.start, end: reparsed.end };
}
