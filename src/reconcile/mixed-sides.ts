import type { PlacedFigure } from './figures.js';
import type { Item } from './item.js';

/**
 * One incident's toll counted by people of two sides ("at least 170 Afghans
 * and 13 U.S. service members"): a count of one side is no contradiction of
 * another side's, and a count that names no side may be of either. Marks each
 * item of a figure whose claims name two or more sides with those sides.
 */
export function markMixedSides(figure: PlacedFigure): void {
  const sides = new Set<string>();
  for (const item of figure.items) if (item.subject.affiliation) sides.add(item.subject.affiliation);
  const mixed = sides.size > 1 ? [...sides].sort() : undefined;
  for (const item of figure.items) item.sidesOnFigure = mixed;
}

/** The `why` of a conflict left not-comparable because the two may count different sides' people, or null. */
export function mixedSidesWhy(a: Item, b: Item, describedA: string, describedB: string): string | null {
  const sides = a.sidesOnFigure;
  if (!sides) return null;
  const [sideA, sideB] = [a.subject.affiliation, b.subject.affiliation];
  if (sideA && sideB && sideA === sideB) return null;
  return `${describedA} and ${describedB} may count different people: this toll names people of ${sides.join(' and of ')}, and ${sideA && sideB ? 'the two name different sides' : 'one of them names no side'}.`;
}
