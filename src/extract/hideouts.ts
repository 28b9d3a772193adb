import type { Count } from './counts.js';
import type { OutcomeCue } from './outcomes.js';

/**
 * Fighters said to be hiding somewhere: "between 10 and 15 Taliban fighters
 * had been hiding in the hospital", "up to 15 gunmen were holed up inside the
 * hospital", "militants sheltering in the school". They are there: a presence
 * (`deployed`), of fighters only; and the hospital they hid in is where they
 * were, not where anyone was treated (no `wounded` cue). A participle
 * describing the fighters ("265 fighters holed up in the plant had
 * surrendered") leaves them what happens to them after it.
 */
const HIDING = String.raw`(?:hiding|hid|hidden|holed\s+up|sheltering|sheltered|taking\s+cover|barricaded)`;
const HIDEOUT = new RegExp(String.raw`\b${HIDING}\s+(?:(?:inside|in|at|within)\s+)(?=(?:the|a|an)\s)`, 'giu');
const HIDEOUT_BEFORE = new RegExp(String.raw`\b${HIDING}\s+(?:inside|in|at|within|from)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');

/** Words the claim gate lets through for these cues. */
export const HIDEOUT_GATE = String.raw`hiding|holed\s+up|sheltering|barricaded`;

function isFighters(_sentence: string, count: Count): boolean {
  return count.group.head !== null && count.group.kind === 'military' && !count.group.others;
}

export function findHideoutCues(sentence: string): OutcomeCue[] {
  const cues: OutcomeCue[] = [];
  HIDEOUT.lastIndex = 0;
  for (let m = HIDEOUT.exec(sentence); m; m = HIDEOUT.exec(sentence)) {
    cues.push({ start: m.index, end: m.index + m[0].trimEnd().length, text: m[0].trimEnd(), outcome: 'deployed', role: 'either', manner: null, accepts: isFighters });
  }
  return cues;
}

/** "hiding in the hospital": the hospital at `start` is where people hid. */
export function isHideout(sentence: string, start: number): boolean {
  return HIDEOUT_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}
