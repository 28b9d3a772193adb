import type { OutcomeCue } from './outcomes.js';

/**
 * What a total that does not say what it counts ("the overall toll", "the
 * combined toll") is a total of: the outcome of the news that updated it.
 * "The new deaths brought the overall toll to 412" and "shelling killed four
 * more people, bringing the overall toll to 57" are totals of the dead; when
 * the news before names other outcomes too ("killed 4 and wounded 10, bringing
 * the overall toll to 57"), the total stays casualties.
 */
const GENERIC_TOTAL = /^(?:combined|overall|total)\s+toll$/i;
const UPDATED_BY = /\b(?:bringing|brings|brought|bring|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+(?:the|its|their)\s+$/i;

export function outcomeOfTotal(sentence: string, cue: OutcomeCue, cues: readonly OutcomeCue[]): OutcomeCue {
  if (!GENERIC_TOTAL.test(cue.text) || !UPDATED_BY.test(sentence.slice(Math.max(0, cue.start - 30), cue.start))) return cue;
  const before = cues.filter((c) => c.end <= cue.start && !c.nonEvent);
  if (before.some((c) => c.outcome !== 'killed')) return cue;
  return { ...cue, outcome: 'killed' };
}
