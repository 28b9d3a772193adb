import type { Count } from './counts.js';
import type { OutcomeCue } from './outcomes.js';

/**
 * A total whose noun phrase holds a participle of its own: "the number of
 * Iranian troops deployed to the region stood between 1,500 and 2,000", "the
 * number of Belarusian troops stationed near the border may be closer to
 * 9,000". The participle ("deployed", "stationed") is the last cue before the
 * number, but the number is the total's: the total is the cue the participle
 * follows, with only its group's words between them. The caller still asks
 * for the total's verb right before the number ("stood", "may be closer to").
 */
const GROUP_WORDS = /^\s+(?:[\p{L}'’-]+\s+){0,4}$/u;

export function totalBehindParticiple(sentence: string, count: Count, cues: readonly OutcomeCue[]): OutcomeCue | null {
  let last = -1;
  for (let i = 0; i < cues.length && (cues[i] as OutcomeCue).end <= count.start; i++) last = i;
  const participle = cues[last];
  const total = cues[last - 1];
  if (!participle || !total || participle.role !== 'either' || total.role !== 'toll') return null;
  if (total.outcome !== participle.outcome && total.outcome !== 'deployed') return null;
  return GROUP_WORDS.test(sentence.slice(total.end, participle.start)) || total.end === participle.start ? total : null;
}
