/**
 * Words around a number that say it is a change, not a level (the quantities command's "up" and
 * "down"): "rose by 300", "an increase of 300", "fell 5%", "down 12%", "a 40% increase", "5% lower".
 */
import type { Bound } from '../../contracts/claim.js';
import type { Change } from '../../contracts/quantity.js';
import type { NumberKind } from '../types.js';
import { readFollower, wordBefore } from './neighbours.js';

const INCREASE_WORDS: ReadonlySet<string> = new Set([
  'rose', 'risen', 'rise', 'rises', 'rising', 'grew', 'grown', 'grow', 'grows', 'growing', 'growth', 'increased', 'increase',
  'increases', 'increasing', 'jumped', 'jump', 'jumps', 'jumping', 'climbed', 'climb', 'climbs', 'climbing', 'surged', 'surge',
  'surges', 'surging', 'soared', 'soars', 'soaring', 'gained', 'gain', 'gains', 'gaining', 'added', 'adds', 'advanced',
  'advances', 'rallied', 'rallies', 'spiked', 'rebounded', 'expanded', 'expands', 'hike', 'boost', 'up', 'raised', 'raises',
  'raising', 'hiked',
]);
const DECREASE_WORDS: ReadonlySet<string> = new Set([
  'fell', 'fallen', 'fall', 'falls', 'falling', 'dropped', 'drop', 'drops', 'dropping', 'decreased', 'decrease', 'decreases',
  'decreasing', 'declined', 'decline', 'declines', 'declining', 'plunged', 'plunges', 'plunging', 'plummeted', 'plummets',
  'slumped', 'slumps', 'slump', 'reduced', 'reduction', 'cut', 'cuts', 'lost', 'lose', 'loses', 'losing', 'loss', 'shed',
  'sheds', 'slid', 'slides', 'sliding', 'slipped', 'slips', 'slipping', 'dipped', 'dips', 'dip', 'tumbled', 'tumbles',
  'sank', 'sinks', 'shrank', 'shrunk', 'shrinks', 'contracted', 'contraction', 'eased', 'eases', 'down', 'lowered', 'lowers',
  'lowering', 'trimmed',
]);
/** Verbs that say a change only with "by": "raised by 25 basis points", but "raised $5 million" for a charity. */
const CHANGE_WORDS_ONLY_WITH_BY: ReadonlySet<string> = new Set(['raised', 'raises', 'raising', 'hiked', 'lowered', 'lowers', 'lowering', 'trimmed']);
/**
 * Change words that say nothing of a change without "by" or "of" after them, unless they move a
 * percentage, money or a factor: "dropped 300 bombs", "up 3 floors", "lost 300 soldiers",
 * "added 5 people were hurt" (said) — but "lost 3%", "added $5 billion".
 */
const CHANGE_WORDS_NEEDING_BY: ReadonlySet<string> = new Set([
  'up', 'down', 'dropped', 'drop', 'reduced', 'cut', 'cuts', 'rise', 'fall', 'increase', 'decrease', 'decline', 'jump', 'surge',
  'gain', 'gained', 'gains', 'gaining', 'added', 'adds', 'advanced', 'advances', 'expanded', 'expands', 'growth', 'reduction',
  'climb', 'lost', 'lose', 'loses', 'losing', 'loss', 'shed', 'sheds', 'dip', 'slump', 'hike', 'boost', 'contraction',
]);
/** Nouns and comparatives after a percentage, money or a factor: "a 40% increase", "a $5 million cut", "5% lower". */
const INCREASE_AFTER: ReadonlySet<string> = new Set(['increase', 'increases', 'rise', 'rises', 'jump', 'gain', 'gains', 'growth', 'hike', 'surge', 'rally', 'higher', 'up']);
const DECREASE_AFTER: ReadonlySet<string> = new Set(['decrease', 'decreases', 'drop', 'drops', 'decline', 'declines', 'fall', 'falls', 'reduction', 'cut', 'cuts', 'loss', 'losses', 'slump', 'plunge', 'dip', 'lower', 'down']);

/** What a bare change word may move: "fell 5%", "lost $3 billion", "rose sixfold", "lost 40 points". */
function movesBare(kind: NumberKind, unit: string | null): boolean {
  return kind === 'percent' || kind === 'money' || kind === 'multiple' || unit === 'points';
}

const WORDS_BETWEEN_VERB_AND_BY = 3;

function isChangeWord(word: string): boolean {
  return INCREASE_WORDS.has(word) || DECREASE_WORDS.has(word);
}

/** Change words that are nouns too, so in an object before "by" they name what changed: "cut its growth forecast by". */
const CHANGE_NOUNS: ReadonlySet<string> = new Set([
  'growth', 'increase', 'rise', 'gain', 'gains', 'hike', 'boost', 'reduction', 'loss', 'drop', 'decline', 'fall', 'jump',
  'surge', 'slump', 'dip', 'contraction', 'up', 'down',
]);

/** "rose by", "raised rates by", "cut its growth forecast by": the change verb up to three words before "by", or ''. */
function verbBeforeBy(text: string, by: number): string {
  let word = wordBefore(text, by);
  if (isChangeWord(word.lower)) return word.lower;
  for (let skipped = 0; skipped < WORDS_BETWEEN_VERB_AND_BY && word.lower !== ''; skipped++) {
    word = wordBefore(text, word.start);
    if (isChangeWord(word.lower) && !CHANGE_NOUNS.has(word.lower)) return word.lower;
  }
  return '';
}

/** "rose by 300", "raised rates by 25 basis points", "an increase of 300", "fell 5%", "up 5%". */
export function changeBefore(text: string, left: number, kind: NumberKind, unit: string | null): Change | null {
  const last = wordBefore(text, left);
  let verb = last.lower;
  let joined = false;
  if (verb === 'by') {
    verb = verbBeforeBy(text, last.start);
    joined = true;
  } else if (verb === 'of') {
    const word = wordBefore(text, last.start);
    if (!['a', 'an'].includes(wordBefore(text, word.start).lower)) return null;
    verb = word.lower;
    joined = true;
  }
  if (!joined && (CHANGE_WORDS_ONLY_WITH_BY.has(verb) || (CHANGE_WORDS_NEEDING_BY.has(verb) && !movesBare(kind, unit)))) return null;
  if (INCREASE_WORDS.has(verb)) return 'up';
  if (DECREASE_WORDS.has(verb)) return 'down';
  return null;
}

/** "a 40% increase", "a threefold rise", "5% lower": the change word right after the number. */
export function changeAfter(text: string, end: number, limit: number, kind: NumberKind, unit: string | null): Change | null {
  if (!movesBare(kind, unit)) return null;
  const word = readFollower(text, end, limit);
  if (word === null || word.gap === 'none') return null;
  if (INCREASE_AFTER.has(word.lower)) return 'up';
  if (DECREASE_AFTER.has(word.lower)) return 'down';
  return null;
}

export const CHANGE_OF_BOUND: Readonly<Record<Bound, Change>> = {
  exact: '=', approx: '~', vague: '~', lower: '>', upper: '<', range: '=',
};
