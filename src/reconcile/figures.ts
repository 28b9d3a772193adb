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

function figureKey(shape: FigureShape): string {
  return `${baseKey(shape)}|${shape.kind ?? '-'}|${shape.location ?? '-'}`;
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
  const kindsByBase = new Map<string, Set<SubjectKind>>();
  for (const shape of shapes) {
    if (!shape.affiliation || !shape.kind) continue;
    const key = baseKey(shape);
    const kinds = kindsByBase.get(key) ?? new Set();
    kinds.add(shape.kind);
    kindsByBase.set(key, kinds);
  }
  for (const shape of shapes) {
    if (shape.affiliation && !shape.kind) shape.kind = uniqueValue(kindsByBase.get(baseKey(shape)) ?? []) ?? null;
  }
  const placesByGroup = new Map<string, Map<string, string | null>>();
  for (const shape of shapes) {
    if (!shape.affiliation || !shape.location || shape.countryLevel) continue;
    const key = `${baseKey(shape)}|${shape.kind ?? '-'}`;
    const places = placesByGroup.get(key) ?? new Map<string, string | null>();
    places.set(shape.location, shape.country);
    placesByGroup.set(key, places);
  }
  for (const shape of shapes) {
    if (!shape.affiliation || (shape.location && !shape.countryLevel)) continue;
    const places = placesByGroup.get(`${baseKey(shape)}|${shape.kind ?? '-'}`);
    if (!places) continue;
    const inside = [...places].filter(([, country]) => !shape.location || country === shape.country);
    if (inside.length === 1) {
      const [name, country] = inside[0] as [string, string | null];
      shape.location = name;
      shape.country = country;
      shape.countryLevel = false;
    }
  }
  const figures = new Map<string, PlacedFigure>();
  shapes.forEach((shape, i) => {
    const item = items[i] as Item;
    const key = figureKey(shape);
    let figure = figures.get(key);
    if (!figure) {
      figure = { ...shape, id: `f_${shortHash(key)}`, items: [] };
      figures.set(key, figure);
    }
    figure.items.push(item);
    item.figure = figure.id;
  });
  return [...figures.values()];
}
