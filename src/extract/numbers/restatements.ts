/**
 * Numbers that restate the one before them in other units or as a share: "more than 100 km (60 miles)",
 * "just under 296 hp (224 kW)", "lost 190 points, or 0.6%". The restatement says what the first says:
 * its bound (a conversion) and its change. Only measures, money and percentages are restatements, so
 * no count, and no claim, moves.
 */
import type { NumberKind, NumberMention } from '../types.js';

const RESTATING_KINDS: ReadonlySet<NumberKind> = new Set(['measure', 'money', 'percent']);
/** " (" after the first quantity's unit words ("100 kilometers (60 miles)"): a conversion. */
const CONVERSION_GAP = /^[\p{L} \t\u00A0.\/-]{0,30}\([ \t\u00A0]*$/u;
/** ", or " after the first quantity's unit words: "lost 190 points, or 0.6%". */
const SHARE_GAP = /^[\p{L} \t\u00A0]{0,20},?[ \t\u00A0]+or[ \t\u00A0]+$/u;

function boundsLike(first: NumberMention, second: NumberMention): Pick<NumberMention, 'bound' | 'min' | 'max'> {
  const value = second.value;
  switch (first.bound) {
    case 'lower': return { bound: 'lower', min: value, max: null };
    case 'upper': return { bound: 'upper', min: null, max: value };
    case 'approx': return { bound: 'approx', min: null, max: first.max === null ? null : value };
    default: return { bound: second.bound, min: second.min, max: second.max };
  }
}

function restated(text: string, first: NumberMention, second: NumberMention): NumberMention | null {
  if (!RESTATING_KINDS.has(second.kind) || second.bound !== 'exact' || second.change !== '=') return null;
  const gap = text.slice(first.end, second.start);
  if (CONVERSION_GAP.test(gap) && first.kind === second.kind && first.bound !== 'range' && first.unit !== second.unit) {
    return { ...second, ...boundsLike(first, second), change: first.change };
  }
  if (SHARE_GAP.test(gap) && second.kind === 'percent' && (first.change === 'up' || first.change === 'down')) {
    return { ...second, change: first.change };
  }
  return null;
}

/** Each restatement takes the bound and change of the quantity it restates. */
export function carryRestatements(text: string, mentions: NumberMention[]): NumberMention[] {
  for (let index = 1; index < mentions.length; index++) {
    const carried = restated(text, mentions[index - 1]!, mentions[index]!);
    if (carried !== null) mentions[index] = carried;
  }
  return mentions;
}
