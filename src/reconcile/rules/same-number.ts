import type { Relation } from '../../contracts/board.js';
import type { PlacedFigure } from '../figures.js';
import type { Item } from '../item.js';
import { kindsMeet, outcomeWithin, placesMeet } from '../related.js';
import { differences, why } from './juxtaposed.js';

/**
 * One number on two figures a reader could take for one: "115 wounded"
 * beside "115 killed" of the same attack, "400 killed" at one place over the
 * assault's two days and over three days. Keeping the number and changing
 * what it counts is the commonest slip of a retelling, so the pair is marked
 * not-comparable, with what each counts. Only each statement's first report
 * on a figure is related, a number below MIN_VALUE or on more than MAX_FIGURES figures
 * is too common to flag, and two claims of one document whose outcomes nest
 * ("killed" in "killed or wounded") are juxtaposed.ts's.
 */
const MIN_VALUE = 10;
const MAX_FIGURES = 6;
const MAX_PER_FIGURE = 20;

export function sameNumberRelations(figures: readonly PlacedFigure[]): Relation[] {
  // By number, the figures it stands on and, on each, the first report of each statement that gives it.
  const byValue = new Map<number, Map<PlacedFigure, Item[]>>();
  for (const figure of figures) {
    const statements = new Set<number>();
    for (const item of figure.items) {
      const value = item.claim.quantity?.value;
      if (value === undefined || value < MIN_VALUE || item.drifted || item.claim.stance === 'denied' || statements.has(item.statement)) continue;
      statements.add(item.statement);
      let on = byValue.get(value);
      if (!on) byValue.set(value, (on = new Map()));
      const list = on.get(figure);
      if (!list) on.set(figure, [item]);
      else if (list.length < MAX_PER_FIGURE) list.push(item);
    }
  }
  const relations: Relation[] = [];
  for (const on of byValue.values()) {
    if (on.size < 2 || on.size > MAX_FIGURES) continue;
    const placed = [...on];
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const [[fa, as], [fb, bs]] = [placed[i], placed[j]] as [[PlacedFigure, Item[]], [PlacedFigure, Item[]]];
        if (!readAsOne(fa, fb)) continue;
        // Each statement of one figure against the first of the other: linear in the statements, not their product.
        for (const a of as) relate(a, bs[0] as Item, fa, fb, relations);
        for (const b of bs.slice(1)) relate(as[0] as Item, b, fa, fb, relations);
      }
    }
  }
  return relations;
}

function relate(a: Item, b: Item, fa: PlacedFigure, fb: PlacedFigure, relations: Relation[]): void {
  if (a.claim.doc === b.claim.doc && nested(fa, fb)) return;
  const reasons = differences(a, b, fa, fb);
  if (reasons.length === 0) return;
  const [first, second] = a.order <= b.order ? [a, b] : [b, a];
  relations.push({ a: first.claim.id, b: second.claim.id, verdict: 'not-comparable', why: why(first, second, reasons) });
}

/** Figures of one group, kind and place (or one unplaced), or two counts of one incident: a reader may read their numbers as one. */
function readAsOne(a: PlacedFigure, b: PlacedFigure): boolean {
  if (a.incident !== undefined && a.incident === b.incident) return true;
  return a.affiliation === b.affiliation && kindsMeet(a, b) && placesMeet(a, b);
}

function nested(a: PlacedFigure, b: PlacedFigure): boolean {
  return outcomeWithin(a.outcome, b.outcome) || outcomeWithin(b.outcome, a.outcome);
}
