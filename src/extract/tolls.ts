import type { ClaimQuantity } from '../contracts/claim.js';
import type { Count } from './counts.js';
import { readGroup } from './groups.js';
import type { OutcomeCue } from './outcomes.js';
import { outcomeOfTotal } from './toll-outcomes.js';
import { totalBehindParticiple } from './participle-totals.js';
import { totalAfterFrontedNumber } from './fronted-totals.js';
import { totalInRelativeClause } from './relative-totals.js';

/**
 * Tolls: a total named first and the number it reaches after it. The words
 * between say how the total relates to the number, and so its bound:
 *  - it reaches or stands at it: "the death toll rose to 66", "the toll was put at 28";
 *  - it passes it: "casualties have surpassed 20,000", "TOLL TOPS 500" (a lower bound);
 *  - it nears it: "deaths near 900", "the toll is approaching 2,000" (approx, at most the number);
 *  - it may reach it: "the toll may be as high as 300" (an upper bound);
 *  - it is estimated at it: "the toll was estimated at 3,000" (approx).
 * And a total updated after an earlier count: "…, bringing the total to 47",
 * "raising the death toll to 31", "officials later updated the figure to 87".
 */

/** Words that may stand between a total and its verb: auxiliaries, modals and adverbs. */
const AUX = String.raw`(?:has|had|have|is|was|are|were|now|further|also|already|reportedly|may|might|could|would|be|been|likely|to|since|then|later|officially|probably|possibly|there|here|actually)`;
/** Verbs by which a total reaches its number, each with the bound it gives (null: the number's own). */
const VERBS: ReadonlyArray<readonly [string, TollBound]> = [
  [String.raw`rose|risen|rises|rising|climbed|climbs|climbing|reached|reaches|reaching|jumped|jumps|increased|increases|surged|soared|went\s+up|grew|grown|mounted|stands|stood|standing|hit|hits|stand|rise|climb|reach|put|given|set|revised|updated|raised|lowered|down|amounted|amounts|amount|totalled|totaled|totals|totalling|totaling|numbered|numbers`, null],
  [String.raw`exceeded|exceeds|exceeding|exceed|surpassed|surpasses|surpassing|surpass|topped|tops|topping|top|passed|passes|passing|pass|crossed|crosses|crossing|cross|broke|breaks|broken|is\s+over|was\s+over|is\s+above|was\s+above`, 'lower'],
  [String.raw`(?:may|might|could|would|will)\s+be`, null],
  [String.raw`neared|nears|nearing|near|approached|approaches|approaching|approach`, 'approxMax'],
  [String.raw`estimated|closer`, 'approx'],
];
type TollBound = 'lower' | 'approxMax' | 'approx' | null;

const VERB_PATTERN = VERBS.map(([words]) => words).join('|');
/** A short phrase saying where or among whom: "in Ukraine", "among Wagner fighters", "from the school strike", "of the war in Gaza". */
const PHRASE = String.raw`(?:of\s+the\s+(?:\p{L}+\s+){1,3}?)?(?:(?:in|among|from|on|at|across|since|during|for)\s+(?:[\p{L}\p{N}'’.-]+\s+){1,7}?)?`;
/** Between a toll noun and its number: "has already exceeded", "in Kharkiv may be", "stood at", "was estimated at". */
const DIRECT_GAP = new RegExp(String.raw`^\s*${PHRASE}(?:${AUX}\s+){0,4}(?:(${VERB_PATTERN})\s+)?(?:(?:to|at|of)\s+)?$`, 'iu');
/** Right before the number, a verb a total reaches it by, when the total is named further back ("deaths … climbed to 99"). */
const VERB_BEFORE = new RegExp(String.raw`\b(${VERB_PATTERN})\s+(?:(?:to|at)\s+)?$`, 'i');
/**
 * "bringing the total to 47", "raising the death toll to 31", "updated the figure to 87", "put the number closer to 400",
 * "brought the confirmed number of people killed in the enclave since October to 31,802".
 */
const UPDATE_BEFORE =
  /\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|updated|updating|updates|revised|revising|revises|lowered|lowering|put|puts|putting|placed|places|placing)\s+(?:the|its|their|his|her)\s+(?:(?:overall|total|official|confirmed|final|latest|new|combined|cumulative|death|casualty)\s+){0,3}(?:total|toll|tally|count|figure|number)(?:\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:dead|deaths|fatalities|victims|casualties|killed|injured|wounded))?(?:\s+(?:so\s+far|to\s+date|there))?(?:\s+(?:in|among|from|on|at|across|since|during|of)\s+(?:[\p{L}\p{N}'’.,-]+\s+){0,7}?[\p{L}\p{N}'’.-]+)?\s+(closer\s+)?(?:to|at)\s+$/iu;
/** Nouns that are totals of people killed or hurt even without "toll": "deaths … climbed to 99". */
const NOUN_CUES = /^(?:casualties|casualty|losses|deaths|dead|fatalities|injuries|toll|death\s+toll|number\s+of\s+dead)$/i;
const MAX_DISTANCE = 100;
/** "puts Russian losses at 100,000", "estimated civilian deaths at 300": the verb before the noun reaches the number. */
const PUT_BEFORE = /\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const BARE_PREPOSITION = /^\s*(?:at|of|to|in|on|for|from|among|across|during|since)\s*$/i;

/** Words at the start of a number's own text, before its digits ("exceeded" in "exceeded 600,000"). */
function leadWords(count: Count): string {
  return /^[\p{L}\s.]*/u.exec(count.text)?.[0] ?? '';
}

/** Each group of verbs as a whole-word pattern, compiled once. */
const VERB_BOUNDS: ReadonlyArray<readonly [RegExp, TollBound]> = VERBS.map(([words, bound]) => [new RegExp(`^(?:${words})$`, 'i'), bound]);

function boundOf(verb: string | undefined): TollBound {
  if (!verb) return null;
  const lower = verb.toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, bound] of VERB_BOUNDS) {
    if (pattern.test(lower)) return bound;
  }
  return null;
}

/**
 * The quantity as the verb bounds it, when the number's own words do not:
 * "passes 10,000" is at least 10,000, "near 900" about and at most 900.
 */
function bounded(quantity: ClaimQuantity | null, bound: TollBound): ClaimQuantity | null {
  if (!quantity || bound === null || quantity.bound !== 'exact') return quantity;
  if (bound === 'lower') return { ...quantity, min: quantity.value, max: null, bound: 'lower' };
  if (bound === 'approxMax') return { ...quantity, min: null, max: quantity.value, bound: 'approx' };
  return { ...quantity, min: null, max: null, bound: 'approx' };
}

export interface TollLink {
  cue: OutcomeCue;
  count: Count;
}

/** The last cue ending before the count that may be a total ("death toll") or a noun of one ("deaths"). */
function lastCueBefore(count: Count, cues: readonly OutcomeCue[]): OutcomeCue | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as OutcomeCue;
    // "the toll at the hospital rose to 471": a place of care is never a total.
    if (cue.end <= count.start && !CARE.test(cue.text)) return cue;
  }
  return null;
}

/** "put losses at around 100 killed and nearly 1,000 wounded": a number its own outcome follows is that outcome's, not the total's. */
function hasOwnOutcome(sentence: string, count: Count, cues: readonly OutcomeCue[]): boolean {
  const end = Math.max(count.end, count.group.end);
  const next = cues.find((c) => c.start >= end);
  return !!next && (next.role === 'either' || next.role === 'subject') && /^\s*$/.test(sentence.slice(end, next.start));
}

/**
 * The total a count is the number of, and the count with the bound its verb
 * gives; null when the count is not a toll's number.
 */
export function tollOf(sentence: string, count: Count, cues: readonly OutcomeCue[]): TollLink | null {
  const fronted = totalAfterFrontedNumber(sentence, count, cues);
  if (fronted) return { cue: outcomeOfTotal(sentence, fronted, cues), count: withGroup(sentence, fronted, count, fronted.end) };
  const relative = relativeTollOf(sentence, count, cues);
  if (relative) return relative;
  const behind = totalBehindParticiple(sentence, count, cues);
  const cue = behind ?? lastCueBefore(count, cues);
  if (!cue || hasOwnOutcome(sentence, count, cues)) return null;
  const before = sentence.slice(0, count.start);
  const gap = before.slice(cue.end);
  // A noun that is not a total reaches its number only through a verb: "deaths near 900", not "deaths at 2 hospitals".
  const nounReaches = NOUN_CUES.test(cue.text) && (!BARE_PREPOSITION.test(gap) || PUT_BEFORE.test(sentence.slice(Math.max(0, cue.start - 60), cue.start)));
  const direct = cue.role === 'toll' || nounReaches ? DIRECT_GAP.exec(gap) : null;
  if (direct) return { cue: outcomeOfTotal(sentence, cue, cues), count: withGroup(sentence, cue, withBound(count, boundOf(direct[1]))) };
  // A total of troops reaches its number only through a place and a verb ("the number of troops in Belarus has risen to"):
  // anything else between them ("who deserted") says what the number counts.
  if (cue.outcome === 'deployed' && !behind) return null;
  // "twelve soldiers were killed, bringing the total to 47": the total is of the outcome named before.
  const update = UPDATE_BEFORE.exec(before);
  if (update) {
    const named = lastCueBefore(count, cues);
    return named ? { cue: named, count: withBound(count, update[1] ? 'approx' : null) } : null;
  }
  if (!(cue.role === 'toll' || NOUN_CUES.test(cue.text))) return null;
  if (count.start - cue.end >= MAX_DISTANCE && !isOneLongSubject(gap)) return null;
  // The verb may be inside the number's own words: "have surpassed 20,000".
  const verb = VERB_BEFORE.exec(before) ?? VERB_BEFORE.exec(before + leadWords(count));
  return verb ? { cue, count: withGroup(sentence, cue, withBound(count, boundOf(verb[1]))) } : null;
}

/**
 * "the number of residents who have died in the blockade has reached 2,357": the total's verb reaches the number;
 * "bringing the number who have given themselves up since Monday to 1,730": "to" does, after an update verb.
 */
function relativeTollOf(sentence: string, count: Count, cues: readonly OutcomeCue[]): TollLink | null {
  const relative = totalInRelativeClause(sentence, count, cues);
  if (!relative) return null;
  const before = sentence.slice(0, count.start);
  const gap = before.slice(relative.cue.end);
  if (!isOneLongSubject(gap)) return null;
  const verb = relative.updated ? /\s(?:to|at)\s+$/i.exec(gap) : VERB_BEFORE.exec(before);
  if (!verb) return null;
  const grouped = count.group.head === null && relative.group ? { ...count, group: relative.group } : count;
  return { cue: relative.cue, count: withBound(grouped, relative.updated ? null : boundOf(verb[1])) };
}

/** How far a total may stand from its number when all between is one subject phrase and its verb. */
const MAX_SUBJECT_DISTANCE = 240;
/** What ends a subject phrase: punctuation, a figure, or a word that joins another clause. */
const CLAUSE_BREAK = /[,;:()"“”—–]|\d|\b(?:and|but|or|as|while|whereas|although|though|because|so|said|says|told)\b/i;

/**
 * "The number of people killed by a missile that tore through an apartment block in the city of Dnipro rose to 45":
 * a total with a long modifier reaches its number when nothing between them starts another clause.
 */
function isOneLongSubject(gap: string): boolean {
  return gap.length < MAX_SUBJECT_DISTANCE && !CLAUSE_BREAK.test(gap);
}

/** Where the counted group stands in a total: "the number of Russian soldiers killed", "casualties among Wagner fighters". */
const AMONG = /^\s+among\s+/i;

/** A toll's number has no group after it ("has surpassed 20,000"): the group is the one the total names. */
function withGroup(sentence: string, cue: OutcomeCue, count: Count, stopAt = count.start): Count {
  if (count.group.head !== null) return count;
  const among = AMONG.exec(sentence.slice(cue.end, cue.end + 12));
  const from = among ? cue.end + among[0].length : /^number\s+of\s+/i.test(cue.text) ? cue.start + (/^number\s+of\s+/i.exec(cue.text)?.[0].length ?? 0) : -1;
  if (from < 0) return count;
  const group = readGroup(sentence, from, stopAt);
  return group.head === null ? count : { ...count, group };
}

/** A place of care is where the wounded are, not what a total counts: "died in a hospital in Kherson, bringing the total to 47". */
const CARE = /hospital|treated|critical|medical/i;


/** "down to around 1,200 from more than 1,400", "up from the 40 it reported a day earlier": the figure before. */
const EARLIER_FIGURE = /^\s*(?:people\s+)?,?\s*(?:(up|down)\s+)?from\s+(?:the\s+|its\s+|their\s+)?(?:(?:previous|earlier|initial|original)\s+(?:figure|toll|count|estimate)\s+of\s+)?$/i;

/**
 * A count given as the figure a total changed from: it is the same total, as
 * said before. After the total's own number ("revised to 1,200 from 1,400") or,
 * with "up from" or "down from", after any count of that outcome.
 */
export function isEarlierFigure(sentence: string, previousEnd: number, previousRule: string, count: Count): boolean {
  const gap = EARLIER_FIGURE.exec(sentence.slice(previousEnd, count.start));
  if (gap) return previousRule === 'toll' || gap[1] !== undefined;
  return /(?:^|[\s,])(?:up|down)\s+from\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(previousEnd, count.start - 20), count.start));
}

function withBound(count: Count, bound: TollBound): Count {
  const quantity = bounded(count.quantity, bound);
  return quantity === count.quantity ? count : { ...count, quantity };
}
