import type { Outcome, Place, Rate, SubjectKind } from '../contracts/claim.js';
import type { FigurePeriod } from '../contracts/board.js';
import { defaultGazetteer } from '../extract/places.js';
import { shortHash, type Item } from './item.js';

/**
 * A figure is a quantity in the world: whose people (side and kind), what
 * happened to them, where, over which period (or a running total), and
 * whether it is a rate. Claims are placed on figures by their completed
 * fields; two refiners then join claims that said less to the one figure
 * they can only mean:
 *  - a claim that names no kind of people joins the one kind its side has
 *    for that outcome and period ("North Korean troops" vs "North Koreans");
 *  - a claim that names no place, or only a country, joins the one place
 *    inside that country its group has for that outcome and period.
 */
export interface FigureShape {
  affiliation: string | null;
  kind: SubjectKind | null;
  outcome: Outcome;
  location: string | null;
  /** Country of the location, when known. */
  country: string | null;
  /** The location is a whole country ("Russia"), which contains its regions. */
  countryLevel: boolean;
  period: FigurePeriod | null;
  rate: Rate | null;
}

export interface PlacedFigure extends FigureShape {
  id: string;
  items: Item[];
  /** Computed once by related.ts: the first claim of each origin, and the highest floor among them. */
  firsts?: Item[];
  highestFloor?: number;
}

function periodOf(item: Item): FigurePeriod | null {
  const period = item.period;
  if (!period) return null;
  if (period.start || period.end) return { start: period.start, end: period.end };
  return { start: null, end: null, text: period.text.toLowerCase() };
}

function periodKey(period: FigurePeriod | null): string {
  if (!period) return 'total';
  return period.text !== undefined ? `text:${period.text}` : `${period.start ?? ''}..${period.end ?? ''}`;
}

function shapeOf(item: Item): FigureShape {
  return {
    affiliation: item.subject.affiliation,
    kind: item.subject.kind,
    outcome: item.claim.outcome,
    location: item.location?.name ?? null,
    country: item.location?.country ?? null,
    countryLevel: isCountry(item.location),
    period: periodOf(item),
    rate: item.claim.rate,
  };
}

/** Everything but kind and place: the shape a refiner looks for a unique completion within. */
function baseKey(shape: FigureShape): string {
  return `${shape.affiliation ?? '-'}|${shape.outcome}|${periodKey(shape.period)}|${shape.rate ?? '-'}`;
}

let countryNames: Set<string> | null = null;
function isCountry(place: Place | null): boolean {
  if (!place) return false;
  countryNames ??= new Set(defaultGazetteer().entries.filter((entry) => entry.level === 'country').map((entry) => entry.name));
  return countryNames.has(place.name);
}

function uniqueValue<T>(values: Iterable<T>): T | undefined {
  let only: T | undefined;
  let seen = 0;
  for (const value of values) {
    if (seen > 0 && value === only) continue;
    only = value;
    if (++seen > 1) return undefined;
  }
  return only;
}

/** Places every item on a figure and returns the figures in order of their first claim. */
export function placeOnFigures(items: readonly Item[]): PlacedFigure[] {
  const shapes = items.map(shapeOf);
  const { bases, baseKeys } = internBases(shapes);
  joinTheOnlyKind(shapes, bases);
  joinTheOnlyPlace(shapes, bases);
  const figures = new Map<string, PlacedFigure>();
  shapes.forEach((shape, i) => {
    const item = items[i] as Item;
    const rest = `|${shape.kind ?? '-'}|${shape.location ?? '-'}`;
    const base = bases[i] as number;
    const lookup = `${base}${rest}`;
    let figure = figures.get(lookup);
    if (!figure) {
      figure = { ...shape, id: `f_${shortHash(`${baseKeys[base]}${rest}`)}`, items: [] };
      figures.set(lookup, figure);
    }
    figure.items.push(item);
    item.figure = figure.id;
  });
  return [...figures.values()];
}

/** Each shape's base key as a small number (a million claims share a few thousand), and the keys by number. */
function internBases(shapes: readonly FigureShape[]): { bases: Int32Array; baseKeys: string[] } {
  const numbers = new Map<string, number>();
  const baseKeys: string[] = [];
  const bases = new Int32Array(shapes.length);
  shapes.forEach((shape, i) => {
    const key = baseKey(shape);
    let number = numbers.get(key);
    if (number === undefined) {
      number = baseKeys.length;
      numbers.set(key, number);
      baseKeys.push(key);
    }
    bases[i] = number;
  });
  return { bases, baseKeys };
}

function joinTheOnlyKind(shapes: FigureShape[], bases: Int32Array): void {
  const kindsByBase = new Map<number, Set<SubjectKind>>();
  shapes.forEach((shape, i) => {
    if (!shape.affiliation || !shape.kind) return;
    const key = bases[i] as number;
    const kinds = kindsByBase.get(key);
    if (kinds) kinds.add(shape.kind);
    else kindsByBase.set(key, new Set([shape.kind]));
  });
  shapes.forEach((shape, i) => {
    if (shape.affiliation && !shape.kind) shape.kind = uniqueValue(kindsByBase.get(bases[i] as number) ?? []) ?? null;
  });
}

function joinTheOnlyPlace(shapes: FigureShape[], bases: Int32Array): void {
  const placesByGroup = new Map<string, Map<string, string | null>>();
  shapes.forEach((shape, i) => {
    if (!shape.affiliation || !shape.location || shape.countryLevel) return;
    const key = `${bases[i]}|${shape.kind ?? '-'}`;
    const places = placesByGroup.get(key);
    if (places) places.set(shape.location, shape.country);
    else placesByGroup.set(key, new Map([[shape.location, shape.country]]));
  });
  shapes.forEach((shape, i) => {
    if (!shape.affiliation || (shape.location && !shape.countryLevel)) return;
    const places = placesByGroup.get(`${bases[i]}|${shape.kind ?? '-'}`);
    if (!places) return;
    let only: [string, string | null] | null = null;
    for (const place of places) {
      if (shape.location && place[1] !== shape.country) continue;
      if (only) return;
      only = place;
    }
    if (!only) return;
    shape.location = only[0];
    shape.country = only[1];
    shape.countryLevel = false;
  });
}
