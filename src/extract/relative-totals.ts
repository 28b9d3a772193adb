import type { Count } from './counts.js';
import { readGroup, type GroupPhrase } from './groups.js';
import type { OutcomeCue } from './outcomes.js';

/**
 * A total whose people are named by a relative clause: "the number of
 * Mariupol residents who have died in the blockade has reached 2,357",
 * "bringing the number who have given themselves up since Monday to 1,730",
 * "the number of those who were wounded stands at 60". The outcome is the
 * clause's own verb; the total's verb (or the update verb before it) still
 * has to reach the number, which the caller checks.
 */
const RELATIVE_TOTAL = /\bthe\s+(?:(?:total|overall|official|confirmed)\s+)?number\s+(?:of\s+((?:[\p{L}'’-]+\s+){1,4}?))?(?:who|that|which)\s+(?:(?:have|has|had|were|was|are|is)\s+)?(?:(?:been|already|reportedly|since|now)\s+)*$/iu;
/** An update verb right before the total: "bringing the number who have …". */
const UPDATE_VERB = /\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+$/i;

export interface RelativeTotal {
  cue: OutcomeCue;
  /** True when an update verb comes before the total, so only "to" or "at" stands before the number. */
  updated: boolean;
  /** The people the total names before its clause ("Mariupol residents"), or null ("the number who have …"). */
  group: GroupPhrase | null;
}

export function totalInRelativeClause(sentence: string, count: Count, cues: readonly OutcomeCue[]): RelativeTotal | null {
  let last: OutcomeCue | undefined;
  for (const cue of cues) if (cue.end <= count.start) last = cue;
  if (!last || last.role === 'toll' || last.role === 'object') return null;
  const offset = Math.max(0, last.start - 120);
  const before = sentence.slice(offset, last.start);
  const total = RELATIVE_TOTAL.exec(before);
  if (!total) return null;
  const named = total[1] === undefined ? null : readGroup(sentence, offset + total.index + total[0].indexOf(total[1]), last.start);
  return { cue: last, updated: UPDATE_VERB.test(before.slice(0, total.index)), group: named?.head ? named : null };
}
