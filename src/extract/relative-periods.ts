import { dayNumber, isoWeekday } from './calendar.js';
import {
  NUMBER_PATTERN, UNKNOWN, candidate, candidateAt, clipToPublished, lengthOnly, matchesOf, openWindow, parseCount, previousUnit, trailingWindow, unitOf,
  weekendOnOrBefore, windowForUnitContaining, windowOf, type Candidate,
} from './period-windows.js';

/*
 * Relative periods, by pattern: "in the last week", "over three days",
 * "this month", "the weekend", "yesterday", "on Friday", "in 2023",
 * "between 2022 and 2023", "since the start of the war".
 */

const UNIT_PATTERN = '(hours?|days?|nights?|weeks?|fortnights?|months?|years?)';
const QUALIFIER_PATTERN = '(?:(?:more\\s+than|less\\s+than|fewer\\s+than|over|nearly|almost|about|around|roughly|some|at\\s+least|just|only|under)\\s+)?';

// "in the last week", "over the past 24 hours", "in last four days", "this past week", "the previous three months"
const TRAILING = new RegExp(
  `\\b(?:(?:in|over|during|for|within|across|throughout|through)\\s+)?(?:(the|this)\\s+)?(last|past|previous)\\s+(?:${NUMBER_PATTERN}\\s+)?${UNIT_PATTERN}\\b`,
  'gi',
);
const TRAILING_COUNT = new RegExp(`(?:last|past|previous)\\s+(${NUMBER_PATTERN})\\s+`, 'i');

// "over three days", "in 48 hours", "for more than two weeks", "within a day", "in a single day"
const DURATION = new RegExp(
  `\\b(?:in|over|during|for|within|across|throughout)\\s+(?:the\\s+(?:course|span|space)\\s+of\\s+)?${QUALIFIER_PATTERN}(${NUMBER_PATTERN})\\s+(?:(?:consecutive|straight|successive|single)\\s+)?${UNIT_PATTERN}\\b`,
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
const WEEKDAY = /(?<![\p{L}\p{N}])(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Pp]ast|[Ss]ince|[Ll]ate\s+on|[Ee]arly\s+on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}\p{N}])/gu;
/** What WEEKDAY cannot match without: a day's name, with its case. */
export const WEEKDAY_NAME = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const WEEKDAY_INDEX: Record<string, number> = { Monday: 0, Tuesday: 1, Wednesday: 2, Thursday: 3, Friday: 4, Saturday: 5, Sunday: 6 };
// "in 2023", "since 2022", "throughout the year 2021"
const YEAR = /\b(in|during|throughout|since|through)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d|%)/gi;
// "between 2022 and 2023", "from 2014 to 2021"
const YEAR_RANGE = /\b(?:between|from)\s+((?:19|20)\d{2})\s*(?:and|to|until|through|-|–)\s*((?:19|20)\d{2})\b/gi;
// "since the start of the war", "since the full-scale invasion began", "since Russia invaded Ukraine", "since the start of the year"
const SINCE_EVENT = new RegExp(
  '\\bsince\\s+(?:' +
    "the\\s+(?:start|beginning|outbreak|onset)\\s+of\\s+(?:the\\s+|this\\s+|Russia['’]s\\s+|Moscow['’]s\\s+)?(?:(?:full|large)[- ]scale\\s+|Russian\\s+|current\\s+)?(war|invasion|conflict|fighting|hostilities|offensive|incursion|operation|year|month|week)" +
    '|the\\s+(?:(?:full|large)[- ]scale\\s+)?(?:war|invasion|conflict|fighting|offensive|incursion)(?:\\s+(?:began|started|broke\\s+out|erupted))?' +
    "|(?:Russia|Moscow)['’]s\\s+(?:(?:full|large)[- ]scale\\s+)?(?:invasion|war)(?:\\s+(?:of|on|in)\\s+Ukraine)?" +
    '|(?:Russia|Moscow)\\s+(?:invaded|attacked)(?:\\s+Ukraine)?' +
    "|\\p{Lu}[\\p{L}'’-]*\\s+launched\\s+(?:its|the|a|their)\\s+(?:(?:full|large)[- ]scale\\s+)?(?:invasion|offensive|war|assault)" +
    ')\\b',
  'giu',
);

export function trailingCandidates(sentence: string, published: number | null): Candidate[] {
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

export function durationCandidates(sentence: string, published: number | null): Candidate[] {
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

export function calendarUnitCandidates(sentence: string, published: number | null): Candidate[] {
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

export function weekendCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(THE_WEEKEND, sentence).map((match) => candidateAt(match, published === null ? lengthOnly(2) : windowOf(...weekendOnOrBefore(published))));
}

export function dayWordCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(DAY_WORD, sentence).map((match) => {
    const offset = (match[1] ?? '').toLowerCase() === 'yesterday' ? 1 : 0;
    return candidateAt(match, published === null ? lengthOnly(1) : windowOf(published - offset, published - offset));
  });
}

/** "on Friday and Saturday", "Monday to Wednesday": two days' names joined make one span. */
const WEEKDAY_JOINER = /^\s*(?:and|to|through|until|till|-|–)\s*$/i;

export function weekdayCandidates(sentence: string, published: number | null): Candidate[] {
  const matches = matchesOf(WEEKDAY, sentence);
  const found: Candidate[] = [];
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i] as RegExpExecArray;
    const next = matches[i + 1];
    const wanted = WEEKDAY_INDEX[match[1] ?? ''] ?? 0;
    if (next && WEEKDAY_JOINER.test(sentence.slice(match.index + match[0].length, next.index)) && !/^(?:last|this|past)\s/i.test(next[0])) {
      // The later day is the latest of its name; the earlier one the days before it.
      const span = ((WEEKDAY_INDEX[next[1] ?? ''] ?? 0) - wanted + 7) % 7 || 7;
      const last = published === null ? null : published - ((isoWeekday(published) - (WEEKDAY_INDEX[next[1] ?? ''] ?? 0) + 7) % 7);
      found.push(candidate(match.index, next.index + next[0].length, last === null ? lengthOnly(span + 1) : windowOf(last - span, last)));
      i++;
      continue;
    }
    const since = /^since\s/i.test(match[0]);
    if (published === null) {
      found.push(candidateAt(match, since ? openWindow(null, null) : lengthOnly(1)));
      continue;
    }
    let day = published - ((isoWeekday(published) - wanted + 7) % 7);
    if (/^(?:last|since)\s/i.test(match[0]) && day === published) day -= 7;
    // "since Saturday": a running count from that day to the report.
    found.push(candidateAt(match, windowOf(day, since ? published : day)));
  }
  return found;
}

export function yearCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(YEAR, sentence).map((match) => {
    const year = Number(match[2]);
    const first = dayNumber(year, 1, 1);
    if ((match[1] ?? '').toLowerCase() === 'since') return candidateAt(match, published === null ? openWindow(first, null) : windowOf(first, published));
    return candidateAt(match, windowOf(first, clipToPublished(first, dayNumber(year, 12, 31), published)));
  });
}

export function yearRangeCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(YEAR_RANGE, sentence).map((match) => {
    const first = dayNumber(Number(match[1]), 1, 1);
    const last = dayNumber(Number(match[2]), 12, 31);
    return candidateAt(match, windowOf(first, clipToPublished(first, last, published)));
  });
}

export function sinceEventCandidates(sentence: string, published: number | null): Candidate[] {
  return matchesOf(SINCE_EVENT, sentence).map((match) => {
    const unit = (match[1] ?? '').toLowerCase();
    if ((unit === 'year' || unit === 'month' || unit === 'week') && published !== null) {
      return candidateAt(match, windowOf(windowForUnitContaining(unit, published)[0], published));
    }
    return candidateAt(match, openWindow(null, published));
  });
}
