import type { Relation } from '../../contracts/board.js';
import type { PlacedFigure } from '../figures.js';
import { valueRange } from '../intervals.js';
import type { Item } from '../item.js';
import { citation, claimPhrase, outcomeWords, quoted, speakerName } from '../phrases.js';
import { isPartOf, originFirsts } from '../related.js';

/**
 * A part cannot exceed its whole: killed (or wounded) within casualties, a
 * dated period within a running total, a region within its country. When
 * the whole is a running total, only a whole published at or after the part
 * bounds it. One conflict is reported per claim on the whole: the part with
 * the highest floor before it.
 */
export function partWholeConflicts(family: readonly PlacedFigure[]): Relation[] {
  const relations: Relation[] = [];
  for (const whole of family) {
    const wholes = originFirsts(whole);
    if (wholes.length === 0) continue;
    for (const part of family) {
      if (!isPartOf(part, whole)) continue;
      const parts = originFirsts(part);
      if (parts.length === 0) continue;
      relations.push(...sweep(parts, wholes, whole.period === null, part, whole));
    }
  }
  return relations;
}

function sweep(parts: readonly Item[], wholes: readonly Item[], byTime: boolean, partFigure: PlacedFigure, wholeFigure: PlacedFigure): Relation[] {
  const relations: Relation[] = [];
  let highest: Item | undefined;
  let next = 0;
  const overall = byTime ? undefined : parts.reduce((best, item) => (floor(item) > floor(best) ? item : best));
  for (const whole of wholes) {
    if (byTime) {
      while (next < parts.length && (parts[next] as Item).order <= whole.order) {
        const candidate = parts[next++] as Item;
        if (!highest || floor(candidate) > floor(highest)) highest = candidate;
      }
    }
    const part = overall ?? highest;
    if (!part || part.origin === whole.origin && part.claim.doc === whole.claim.doc) continue;
    if (floor(part) > valueRange(whole.claim.quantity!).high) relations.push(conflict(part, whole, partFigure, wholeFigure));
  }
  return relations;
}

function floor(item: Item): number {
  return valueRange(item.claim.quantity!).low;
}

function conflict(part: Item, whole: Item, partFigure: PlacedFigure, wholeFigure: PlacedFigure): Relation {
  const reasons: string[] = [];
  if (partFigure.outcome !== wholeFigure.outcome) reasons.push(`${quoted(outcomeWords(partFigure.outcome))} is part of ${quoted(outcomeWords(wholeFigure.outcome))}`);
  if (partFigure.period !== null && wholeFigure.period === null) reasons.push(`${part.claim.period?.text ?? 'its period'} is part of the running total`);
  else if (partFigure.period !== null) reasons.push(`${part.claim.period?.text ?? 'its period'} lies inside ${whole.claim.period?.text ?? 'the longer period'}`);
  if (partFigure.location !== wholeFigure.location && wholeFigure.location) reasons.push(`${partFigure.location} is in ${wholeFigure.location}`);
  const why =
    `${speakerName(part)}’s ${quoted(claimPhrase(part))} (${citation(part)}) exceeds ${speakerName(whole)}’s ${quoted(claimPhrase(whole))} (${citation(whole)}), ` +
    `though ${reasons.join(' and ') || 'the first counts part of the second'}.`;
  return { a: part.claim.id, b: whole.claim.id, verdict: 'conflict', why };
}
