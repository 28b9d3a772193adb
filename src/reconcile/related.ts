import type { Outcome } from '../contracts/claim.js';
import { isOfIncident, type PlacedFigure } from './figures.js';
import { rangeOf } from './intervals.js';
import type { Item } from './item.js';

/**
 * How two figures of one group bear on each other: the outcome lattice
 * (killed and wounded are parts of casualties), places (a region inside its
 * country; no place means anywhere), and periods (a dated period inside a
 * running total or a longer period).
 */
const PARTS: Partial<Record<Outcome, readonly Outcome[]>> = { casualties: ['killed', 'wounded', 'casualties'] };

export function outcomeWithin(part: Outcome, whole: Outcome): boolean {
  return part === whole || (PARTS[whole]?.includes(part) ?? false);
}

export function placeWithin(part: PlacedFigure, whole: PlacedFigure): boolean {
  if (whole.location === null || part.location === whole.location) return true;
  return whole.countryLevel && part.country !== null && whole.country === part.country;
}

/** Places either way round: the figures may be of one place. */
export function placesMeet(a: PlacedFigure, b: PlacedFigure): boolean {
  return placeWithin(a, b) || placeWithin(b, a);
}

export function periodWithin(part: PlacedFigure, whole: PlacedFigure): boolean {
  if (part.period === null) return whole.period === null;
  // A period the words give no dates ("over the whole war", "in the six-week war") cannot be placed inside another count's time.
  if (part.period.start === null && part.period.end === null) return false;
  if (whole.period === null) return true;
  const { start: ps, end: pe } = part.period;
  const { start: ws, end: we } = whole.period;
  if (!ps || !pe || !ws || !we) return false;
  return ps >= ws && pe <= we;
}

export function kindsMeet(a: PlacedFigure, b: PlacedFigure): boolean {
  return a.kind === null || b.kind === null || a.kind === b.kind;
}

/** `part` counts a subset of what `whole` counts (and is not the same figure). */
/** One incident's toll is no part of another incident's, nor of a figure of no incident (its place may be anywhere). */
function incidentsMeet(part: PlacedFigure, whole: PlacedFigure): boolean {
  return whole.incident ? isOfIncident(part, whole.incident) : !part.incident;
}

export function isPartOf(part: PlacedFigure, whole: PlacedFigure): boolean {
  return (
    part !== whole &&
    incidentsMeet(part, whole) &&
    part.rate === null &&
    whole.rate === null &&
    part.affiliation === whole.affiliation &&
    kindsMeet(part, whole) &&
    outcomeWithin(part.outcome, whole.outcome) &&
    placeWithin(part, whole) &&
    periodWithin(part, whole)
  );
}

/**
 * The first claim of each origin on a figure that states a number: the
 * independent voices on it. A retelling that changed its statement (drift)
 * speaks for no one: it is related to its origin, not counted on a figure.
 * Where the origin's first report names no one ("investigators said the toll
 * had risen to 137", then the committee quoted), its report that names the
 * speaker with the same number stands for it.
 */
export function originFirsts(figure: PlacedFigure): Item[] {
  if (figure.firsts) return figure.firsts;
  const seen = new Set<string>();
  const firsts: Item[] = [];
  const countable = (item: Item) => !!item.claim.quantity && item.claim.stance !== 'denied' && !item.drifted;
  const keyOf = (item: Item) => `${item.origin}\u0000${item.claim.quantity?.value}`;
  // The first report that names the speaker, per origin and number; made only when an origin's first report names no one.
  let named: Map<string, Item> | undefined;
  const namedReport = (item: Item): Item | undefined => {
    if (!named) {
      named = new Map();
      for (const other of figure.items) if (countable(other) && other.speaker && !named.has(keyOf(other))) named.set(keyOf(other), other);
    }
    return named.get(keyOf(item));
  };
  for (const item of figure.items) {
    if (!countable(item) || seen.has(item.origin)) continue;
    seen.add(item.origin);
    firsts.push(item.speaker ? item : (namedReport(item) ?? item));
  }
  figure.firsts = firsts;
  return firsts;
}

/** The highest lower bound any independent claim on the figure states. */
export function highestFloor(figure: PlacedFigure): number {
  figure.highestFloor ??= originFirsts(figure).reduce((max, item) => Math.max(max, rangeOf(item).low), -Infinity);
  return figure.highestFloor;
}

/**
 * The figures of a family that may be parts of a whole, found through an
 * index by outcome and place instead of trying every pair; each list is
 * kept by highest floor, so that a search for parts above a ceiling stops
 * at the first one below it.
 */
export class PartIndex {
  private readonly byPlace = new Map<string, PlacedFigure[]>();

  constructor(family: readonly PlacedFigure[]) {
    for (const figure of family) {
      // A dated whole can only hold dated parts: they are listed apart as well.
      const timings = figure.period === null ? ['any'] : ['any', 'dated'];
      for (const place of [figure.location ?? '', '*', `country:${figure.country ?? ''}`]) {
        for (const timing of timings) {
          const key = `${figure.outcome}|${place}|${timing}`;
          const list = this.byPlace.get(key);
          if (list) list.push(figure);
          else this.byPlace.set(key, [figure]);
        }
      }
    }
    for (const list of this.byPlace.values()) list.sort((a, b) => highestFloor(b) - highestFloor(a));
  }

  /** Parts of `whole` whose highest floor is above `floorAbove`. */
  partsOf(whole: PlacedFigure, floorAbove = -Infinity): PlacedFigure[] {
    const parts: PlacedFigure[] = [];
    for (const outcome of PARTS[whole.outcome] ?? [whole.outcome]) {
      const place = whole.location === null ? '*' : whole.countryLevel ? `country:${whole.country ?? ''}` : whole.location;
      const key = `${outcome}|${place}|${whole.period === null ? 'any' : 'dated'}`;
      for (const part of this.byPlace.get(key) ?? []) {
        if (highestFloor(part) <= floorAbove) break;
        if (isPartOf(part, whole)) parts.push(part);
      }
    }
    return parts;
  }
}
