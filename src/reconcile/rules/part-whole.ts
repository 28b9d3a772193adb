import { isPartialCause } from '../../extract/cause-phrases.js';
import type { Relation } from '../../contracts/board.js';
import type { PlacedFigure } from '../figures.js';
import { rangeOf } from '../intervals.js';
import type { Item } from '../item.js';
import { described, outcomeWords, quoted } from '../phrases.js';
import { PartIndex, originFirsts } from '../related.js';

/**
 * A part cannot exceed its whole: killed (or wounded) within casualties, a
 * dated period within a running total, a region within its country. When
 * the whole is a running total, only a whole published at or after the part
 * bounds it. One conflict is reported per claim on the whole: the part with
 * the highest floor before it.
 */
export function partWholeConflicts(family: readonly PlacedFigure[], index: PartIndex = new PartIndex(family)): Relation[] {
  const relations: Relation[] = [];
  for (const whole of family) {
    const wholes = originFirsts(whole);
    if (wholes.length === 0) continue;
    // A conflict needs some part's floor above some whole claim's ceiling: most figure pairs are ruled out here.
    const ceiling = wholes.reduce((min, item) => Math.min(min, rangeOf(item).high), Infinity);
    if (ceiling === Infinity) continue;
    const partFigures = index.partsOf(whole, ceiling);
    const parts = partFigures.flatMap((figure) => originFirsts(figure).map((item) => ({ item, figure })));
    if (parts.length === 0) continue;
    parts.sort((a, b) => a.item.order - b.item.order);
    relations.push(...sweep(parts, wholes, whole));
  }
  return relations;
}

interface Part {
  item: Item;
  figure: PlacedFigure;
}

/** Walks the whole's claims in publication order beside the parts published up to each; a dated whole is bounded by every part. */
function sweep(parts: readonly Part[], wholes: readonly Item[], wholeFigure: PlacedFigure): Relation[] {
  const relations: Relation[] = [];
  const byTime = wholeFigure.period === null;
  let highest: Part | undefined;
  let next = 0;
  for (const whole of wholes) {
    while (next < parts.length && (!byTime || (parts[next] as Part).item.order <= whole.order)) {
      const candidate = parts[next++] as Part;
      if (!highest || floor(candidate.item) > floor(highest.item)) highest = candidate;
    }
    if (!highest || (highest.item.origin === whole.origin && highest.item.claim.doc === whole.claim.doc)) continue;
    // A "whole" that counts those one cause killed ("20 killed by shelling") is itself a part: a larger part is no contradiction.
    if (isPartialCause(whole.claim.manner)) continue;
    if (floor(highest.item) > rangeOf(whole).high) relations.push(conflict(highest.item, whole, highest.figure, wholeFigure));
  }
  return relations;
}

function floor(item: Item): number {
  return rangeOf(item).low;
}

function conflict(part: Item, whole: Item, partFigure: PlacedFigure, wholeFigure: PlacedFigure): Relation {
  const reasons: string[] = [];
  if (partFigure.outcome !== wholeFigure.outcome) reasons.push(`${quoted(outcomeWords(partFigure.outcome))} is part of ${quoted(outcomeWords(wholeFigure.outcome))}`);
  if (partFigure.period !== null && wholeFigure.period === null) reasons.push(`${part.claim.period?.text ?? 'its period'} is part of the running total`);
  else if (partFigure.period !== null) reasons.push(`${part.claim.period?.text ?? 'its period'} lies inside ${whole.claim.period?.text ?? 'the longer period'}`);
  if (partFigure.location !== wholeFigure.location && wholeFigure.location) reasons.push(`${partFigure.location} is in ${wholeFigure.location}`);
  const why =
    `${described(part)} exceeds ${described(whole)}, ` +
    `though ${reasons.join(' and ') || 'the first counts part of the second'}.`;
  return { a: part.claim.id, b: whole.claim.id, verdict: 'conflict', why };
}
