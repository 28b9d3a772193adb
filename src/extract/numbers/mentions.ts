/** A number's mention: its span with the words that bound it, its kind, unit, bound and change. */
import type { Bound } from '../../contracts/claim.js';
import type { NumberKind, NumberMention } from '../types.js';
import { DATE_CONTINUATION_GAP, type Reading, classify } from './classify.js';
import { CHANGE_OF_BOUND, changeAfter, changeBefore } from './changes.js';
import { type CueBound, type FoundCue, boundCueBefore, postfixCue, signStartBefore } from './cues.js';
import { countedNoun } from './nouns.js';
import type { Item } from './ranges.js';
import { currencyBefore } from './currencies.js';
import { TIME_UNITS } from './units.js';

const YEARS_OLD_AFTER = /[ \t\u00A0]+years?[ \t\u00A0]+old(?![\p{L}])/uy;
/** Kinds whose bound words are not read: "since about 2014" is a year, not a bounded quantity. */
const UNBOUNDED_KINDS: ReadonlySet<NumberKind> = new Set(['year', 'date', 'time', 'ordinal', 'identifier']);

function isOverADuration(text: string, cue: FoundCue, left: number, reading: Reading, numberEnd: number): boolean {
  if (reading.kind !== 'measure' || reading.unit === null || !TIME_UNITS.has(reading.unit) || reading.end !== numberEnd) return false;
  if (text.slice(cue.start, left).trim().toLowerCase() !== 'over') return false;
  YEARS_OLD_AFTER.lastIndex = reading.end;
  return !YEARS_OLD_AFTER.test(text); // "over thirty years old" is an age
}

interface Bounds {
  bound: Bound;
  min: number | null;
  max: number | null;
}

function boundsOf(item: Item, value: number, cue: CueBound | null): Bounds {
  if (item.high !== null) return { bound: 'range', min: value, max: item.highValue };
  if (item.low.vague && cue !== 'lower') return { bound: 'vague', min: value, max: null };
  switch (cue) {
    case 'lower':
      return { bound: 'lower', min: value, max: null };
    case 'upper':
      return { bound: 'upper', min: null, max: value };
    case 'approx':
      return { bound: 'approx', min: null, max: null };
    case 'approxMax':
      return { bound: 'approx', min: null, max: value };
    default:
      return { bound: 'exact', min: value, max: value };
  }
}

/** "just under 20%", "slightly below", "shy of": below the number, where "nearly" and "almost" are about it. */
const JUST_BELOW = /^(?:just|slightly|a little) (?:under|below|less than)$|^(?:just )?(?:shy|short) of$/i;

function isJustBelow(text: string, cueStart: number, left: number): boolean {
  return JUST_BELOW.test(text.slice(cueStart, left).trim().replace(/\s+/g, ' '));
}

/** "+0.8%", "-1.3%" standing alone: a percentage written with its sign is a change (market lists). */
function signedChange(text: string, numberStart: number, value: number, floor: number): 'up' | 'down' | null {
  if (value < 0) return 'down';
  const sign = numberStart - 1;
  if (sign < floor || text.charCodeAt(sign) !== 43 /* + */) return null;
  const outer = text.charCodeAt(sign - 1);
  return sign === 0 || outer === 32 || outer === 9 || outer === 40 || outer === 58 ? 'up' : null;
}

export function buildMention(text: string, item: Item, previous: NumberMention | null, limit: number): NumberMention {
  const floor = previous?.end ?? 0;
  const numberStart = item.low.start;
  const numberEnd = (item.high ?? item.low).end;
  let lowValue = item.lowValue;
  let left = numberStart;

  if (item.low.formKind === null && !item.low.ordinal) {
    const signStart = signStartBefore(text, numberStart, floor);
    if (signStart >= 0) {
      lowValue = -lowValue;
      left = signStart;
    }
  }
  const currency = currencyBefore(text, left, floor);
  if (currency !== null) left = currency.start;
  left = Math.max(floor, Math.min(left, item.prefixStart));

  const cue = boundCueBefore(text, left, floor);
  const reading = classify({
    text, item: lowValue === item.lowValue ? item : { ...item, lowValue }, numberStart, numberEnd, left, floor, limit, currency: currency?.code ?? null,
    cue: cue?.bound ?? null, previous,
  });
  let start = Math.min(reading.start, left);
  let end = reading.end;
  let cueBound: CueBound | null = null;
  if (cue !== null && !UNBOUNDED_KINDS.has(reading.kind) && !isOverADuration(text, cue, left, reading, numberEnd)) {
    cueBound = cue.bound;
    start = Math.min(start, cue.start);
  }
  const postfix = UNBOUNDED_KINDS.has(reading.kind) ? null : postfixCue(text, end, limit);
  let unit = reading.unit;
  if (postfix !== null) {
    end = postfix.end;
    if (cueBound === null || cueBound === 'approx' || cueBound === 'approxMax') cueBound = postfix.bound;
    if (reading.kind === 'count' && unit === null) unit = countedNoun(text, end, limit, item.low); // "3,000+ troops"
  }
  const { bound, min, max } = boundsOf(item, lowValue, cueBound);
  // "rose from 40 to 50" names two levels, not a change by either.
  const fromRange = item.high !== null && item.prefixStart < numberStart && /^from/i.test(text.slice(item.prefixStart, numberStart));
  const signed = reading.kind === 'percent' ? signedChange(text, numberStart, lowValue, floor) : null;
  if (signed === 'up') start = Math.min(start, numberStart - 1);
  const change = (fromRange ? null : changeBefore(text, start, reading.kind, unit)) ?? item.low.verbChange ??
    changeAfter(text, end, limit, reading.kind, unit) ?? signed ??
    (bound === 'range' && cueBound === 'approx' ? '~' : cue !== null && cueBound === 'approxMax' && isJustBelow(text, cue.start, left) ? '<' : CHANGE_OF_BOUND[bound]);
  start = Math.max(start, floor);
  return {
    start, end, text: text.slice(start, end), value: lowValue, min, max, bound, change, kind: reading.kind, unit,
    vagueMax: bound === 'vague' ? item.low.vagueMax : null, numberStart, numberEnd,
  };
}

/** "14 and 15 December": the first day learns it is a date from the month after the second. */
export function relabelDaysBeforeDates(text: string, mentions: NumberMention[]): void {
  for (let index = mentions.length - 1; index > 0; index--) {
    const date = mentions[index]!;
    const day = mentions[index - 1]!;
    if (date.kind !== 'date' || day.kind !== 'count' || day.bound !== 'exact') continue;
    if (!Number.isInteger(day.value) || day.value < 1 || day.value > 31 || day.numberEnd !== day.end) continue;
    if (!DATE_CONTINUATION_GAP.test(text.slice(day.end, date.start))) continue;
    mentions[index - 1] = { ...day, kind: 'date', unit: null };
  }
}
