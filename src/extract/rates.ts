import type { Rate } from '../contracts/claim.js';
import { matchesOf } from './period-windows.js';

/** Rates: whether a number counts per day, week or month ("1,500 casualties daily", "a day" after a count). */
export interface RateMention {
  start: number;
  end: number;
  text: string;
  rate: Rate;
}

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

/** Nouns a "daily" or "weekly" before them makes a rate of: "daily losses", "the weekly death toll", "a daily average". */
const RATE_NOUN = /^(?:losses|loss|casualties|casualty|deaths?|death|tolls?|killings?|fatalities|average|averages|rate|rates|tally|tallies|count|counts|figures?|numbers?|totals?|dead|injuries|arrivals|deployments?)$/i;
/** Words after which "daily" stands on its own as a rate: "killed daily in", "1,500 a day and rising". */
const NOT_A_NOUN = /^(?:of|in|on|at|by|and|or|but|for|from|to|since|across|with|as|while|during|over|according|near|around|along|among|throughout|until|amid|despite|now|since|was|were|is|are|has|have|had|will|would|could|may|might|the|a|an|this|that|these|those|its|their)$/i;

function isAdjectiveRate(sentence: string, index: number, word: string, end: number): boolean {
  // Capitalised mid-sentence it is a title ("the Daily Telegraph").
  if (/^[A-Z]/.test(word) && /\S/.test(sentence.slice(0, index))) return false;
  if (NOT_A_RATE_NOUN.test(sentence.slice(end, end + 30))) return false;
  // "the weekly market", "daily bread": an adjective of another noun, not of the count.
  const next = /^\s+([a-z][a-z-]*)/.exec(sentence.slice(end, end + 30))?.[1];
  return next === undefined || RATE_NOUN.test(next) || NOT_A_NOUN.test(next);
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
