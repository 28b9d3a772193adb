import type { Outcome, Place, Rate, SubjectKind } from '../contracts/claim.js';
import type { FigurePeriod } from '../contracts/board.js';
import { assignIncidents, type IncidentCluster } from './incidents.js';
import { countsOneSite } from './site-parts.js';
import { countsAnAgeGroup } from './age-parts.js';
import { Interner } from './interner.js';
import { partOfTollOf } from './narrower-groups.js';
import { placeLevels } from './place-levels.js';
import { isDenial, shortHash, type Item } from './item.js';
import { runsToReport } from './running-periods.js';
import { placeInSeries } from './series.js';

/**
 * A figure is a quantity in the world: whose people (side and kind), what
 * happened to them, where, over which period (or a running total, from the
 * start of time or from a day: "since Oct. 7" read on two days is one
 * figure), and whether it is a rate. Claims are placed on figures by their completed
 * fields; two refiners then join claims that said less to the one figure
 * they can only mean:
 *  - a claim that names no kind of people joins the one kind its side has
 *    for that outcome and period ("North Korean troops" vs "North Koreans");
 *  - a claim that names no place joins the one place its group has for
 *    that outcome and period, and so does a denial naming only a country
 *    (a number for a whole country is a whole, not the figure of a place in it).
 * One speaker's count since a day is one figure whatever people it names
 * (series.ts).
 * The tolls of one incident (incidents.ts) are one figure per outcome and
 * part ("children", "aid workers") whatever their place, period or kind of
 * people: the market, the town and no place are one strike's.
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
  /** Computed once by rules/denials.ts: the firsts that state a number, largest first. */
  largestFirst?: Item[];
  /** For an incident's toll: the incident as first worded. */
  incident?: string;
}

function periodOf(item: Item): FigurePeriod | null {
  const period = item.period;
  if (!period) return null;
  if (runsToReport(item)) return { start: period.start, end: null };
  if (period.start || period.end) return { start: period.start, end: period.end };
  return { start: null, end: null, text: period.text.toLowerCase() };
}

/** What periodOf(item) would be keyed by, without making the period. */
function periodKey(item: Item): string {
  const period = item.period;
  if (!period) return 'total';
  if (runsToReport(item)) return `${period.start}..`;
  if (period.start || period.end) return `${period.start ?? ''}..${period.end ?? ''}`;
  return `text:${period.text.toLowerCase()}`;
}

/** Everything but kind and place: the shape a refiner looks for a unique completion within. */
function baseKey(item: Item): string {
  return `${item.subject.affiliation ?? '-'}|${item.claim.outcome}|${periodKey(item)}|${item.claim.rate ?? '-'}`;
}

function incidentKey(item: Item, incident: IncidentCluster): string {
  return `incident:${incident.key}|${item.claim.outcome}|${incidentPartOf(item) ?? '*'}`;
}

/** The part of an incident's toll a claim counts ("children"), or null for the whole. */
function incidentPartOf(item: Item): string | null {
  // "Not a single civilian died in the theatre" denies the incident's toll of victims: it stands on the whole. "Not a single serviceman among the dead" denies a part.
  if (item.claim.quantity === null && item.subject.kind === 'civilian') return null;
  return countsOneSite(item) ? 'at one site' : countsAnAgeGroup(item) ? 'of one age' : partOfTollOf(item);
}

/** Whether a figure counts the incident `incident` words, its whole or one of its parts ("… (children)"). */
export function isOfIncident(figure: Pick<PlacedFigure, 'incident'>, incident: string): boolean {
  return figure.incident === incident || !!figure.incident?.startsWith(`${incident} (`);
}

/** Whether `part` is a part of the incident toll `whole` counts ("… (children)" of "…"), for the same outcome. */
export function isIncidentPart(part: PlacedFigure, whole: PlacedFigure): boolean {
  return !!part.incident && !!whole.incident && part.outcome === whole.outcome && part.incident.startsWith(`${whole.incident} (`);
}

export function isCountry(place: Pick<Place, 'name'> | null): boolean {
  return !!place && placeLevels(place.name).has('country');
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

/**
 * The fields claims are placed by, one column per field indexed by claim:
 * base key, kind, place and country as interned numbers (-1 for none). The
 * refiners rewrite kind and place in the columns; a figure's shape is made
 * once, from its first claim.
 */
interface Placement {
  bases: Int32Array;
  kinds: Int32Array;
  places: Int32Array;
  countries: Int32Array;
  countryLevel: Uint8Array;
  baseKeys: Interner;
  kindNames: Interner;
  placeNames: Interner;
  countryNames: Interner;
  /** Per claim, its incident's number or -1; and the incidents. */
  incidentOf: Int32Array;
  incidents: IncidentCluster[];
}

/** Places every item on a figure and returns the figures in order of their first claim. */
export function placeOnFigures(items: readonly Item[]): PlacedFigure[] {
  const placement = placementOf(items);
  joinTheOnlyKind(items, placement);
  joinTheOnlyPlace(items, placement);
  return figuresOf(items, placement);
}

function placementOf(items: readonly Item[]): Placement {
  const count = items.length;
  const { incidentOf, incidents } = assignIncidents(items);
  const placement: Placement = {
    bases: new Int32Array(count),
    kinds: new Int32Array(count),
    places: new Int32Array(count),
    countries: new Int32Array(count),
    countryLevel: new Uint8Array(count),
    baseKeys: new Interner(),
    kindNames: new Interner(),
    placeNames: new Interner(),
    countryNames: new Interner(),
    incidentOf,
    incidents,
  };
  const series = placeInSeries(items, (i) => (incidentOf[i] as number) >= 0);
  for (let i = 0; i < count; i++) {
    const item = items[i] as Item;
    const incident = incidentOf[i] as number;
    const inSeries = series[i];
    if (inSeries) {
      // Kind -1: a series is not split by how each report words the people; its place is set, not left to the refiners.
      placement.bases[i] = placement.baseKeys.numberOf(inSeries.key);
      placement.kinds[i] = -1;
      placement.places[i] = placement.placeNames.numberOf(inSeries.place);
      placement.countries[i] = placement.countryNames.numberOf(inSeries.country);
      placement.countryLevel[i] = 0;
      continue;
    }
    if (incident >= 0) {
      // Kind and place -1: an incident's tolls are not split by them (nor joined to others by the refiners).
      placement.bases[i] = placement.baseKeys.numberOf(incidentKey(item, incidents[incident] as IncidentCluster));
      placement.kinds[i] = -1;
      placement.places[i] = -1;
      placement.countries[i] = -1;
      continue;
    }
    placement.bases[i] = placement.baseKeys.numberOf(baseKey(item));
    placement.kinds[i] = placement.kindNames.numberOf(item.subject.kind);
    placement.places[i] = placement.placeNames.numberOf(item.location?.name ?? null);
    placement.countries[i] = placement.countryNames.numberOf(item.location?.country ?? null);
    placement.countryLevel[i] = isCountry(item.location) ? 1 : 0;
  }
  return placement;
}

function figuresOf(items: readonly Item[], placement: Placement): PlacedFigure[] {
  const { bases, kinds, places } = placement;
  const kindSpan = placement.kindNames.size + 1;
  const placeSpan = placement.placeNames.size + 1;
  const figures = new Map<number, PlacedFigure>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    const lookup = ((bases[i] as number) * kindSpan + (kinds[i] as number) + 1) * placeSpan + (places[i] as number) + 1;
    let figure = figures.get(lookup);
    if (!figure) {
      figure = newFigure(item, i, placement);
      figures.set(lookup, figure);
    }
    figure.items.push(item);
    item.figure = figure.id;
  }
  return [...figures.values()];
}

function newFigure(item: Item, i: number, placement: Placement): PlacedFigure {
  const incident = placement.incidentOf[i] as number;
  if (incident >= 0) return incidentFigure(item, placement.incidents[incident] as IncidentCluster, placement.baseKeys.valueOf(placement.bases[i] as number) as string);
  const kind = placement.kindNames.valueOf(placement.kinds[i] as number) as SubjectKind | null;
  const location = placement.placeNames.valueOf(placement.places[i] as number);
  const base = placement.baseKeys.valueOf(placement.bases[i] as number);
  return {
    affiliation: item.subject.affiliation,
    kind,
    outcome: item.claim.outcome,
    location,
    country: placement.countryNames.valueOf(placement.countries[i] as number),
    countryLevel: placement.countryLevel[i] === 1,
    period: periodOf(item),
    rate: item.claim.rate,
    id: `f_${shortHash(`${base}|${kind ?? '-'}|${location ?? '-'}`)}`,
    items: [],
  };
}

/** An incident's toll: a running count (no period) at the first place named for the incident. */
function incidentFigure(item: Item, incident: IncidentCluster, base: string): PlacedFigure {
  const place = incident.places[0] ?? null;
  const part = incidentPartOf(item);
  return {
    affiliation: item.subject.affiliation,
    kind: null,
    outcome: item.claim.outcome,
    location: place?.name ?? null,
    country: place?.country ?? null,
    countryLevel: false,
    period: null,
    rate: null,
    id: `f_${shortHash(base)}`,
    items: [],
    // A part's figure names its part: "… railway station (children)".
    incident: part ? `${incident.text} (${part})` : incident.text,
  };
}

/**
 * A claim that names no kind of people joins the one kind its side has for
 * its outcome and period; with no side, the one kind counted at its place
 * ("more than 260 bodies" at the Supernova festival, where "364 people" were
 * killed). With neither, it stays as it is.
 */
function joinTheOnlyKind(items: readonly Item[], placement: Placement): void {
  const { bases, kinds, places } = placement;
  const placeSpan = placement.placeNames.size + 1;
  // A side's group is its base (even numbers); a place's, the base and place (odd numbers): one map, no strings.
  const groupOf = (i: number): number | null => {
    if ((items[i] as Item).subject.affiliation) return 2 * (bases[i] as number);
    return (places[i] as number) >= 0 ? 2 * ((bases[i] as number) * placeSpan + (places[i] as number)) + 1 : null;
  };
  const kindsByGroup = new Map<number, Set<number>>();
  for (let i = 0; i < items.length; i++) {
    const kind = kinds[i] as number;
    const group = kind < 0 ? null : groupOf(i);
    if (group === null) continue;
    const known = kindsByGroup.get(group);
    if (known) known.add(kind);
    else kindsByGroup.set(group, new Set([kind]));
  }
  for (let i = 0; i < items.length; i++) {
    if ((kinds[i] as number) >= 0) continue;
    const group = groupOf(i);
    if (group !== null) kinds[i] = uniqueValue(kindsByGroup.get(group) ?? []) ?? -1;
  }
}

function joinTheOnlyPlace(items: readonly Item[], placement: Placement): void {
  const { bases, kinds, places, countries, countryLevel } = placement;
  const kindSpan = placement.kindNames.size + 1;
  const groupOf = (i: number) => (bases[i] as number) * kindSpan + (kinds[i] as number) + 1;
  // A place named '' is no place, as a falsy name always was.
  const hasPlace = (i: number) => (places[i] as number) >= 0 && placement.placeNames.valueOf(places[i] as number) !== '';
  const placesByGroup = new Map<number, Map<number, number>>();
  for (let i = 0; i < items.length; i++) {
    if (!(items[i] as Item).subject.affiliation || !hasPlace(i) || countryLevel[i]) continue;
    const group = groupOf(i);
    const known = placesByGroup.get(group);
    if (known) known.set(places[i] as number, countries[i] as number);
    else placesByGroup.set(group, new Map([[places[i] as number, countries[i] as number]]));
  }
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item;
    // A number for a whole country is a whole that holds the place ("in Ukraine" holds Bakhmut), not its figure; a denial of the country denies every place in it.
    if (!item.subject.affiliation || (hasPlace(i) && !(countryLevel[i] && isDenial(item)))) continue;
    const known = placesByGroup.get(groupOf(i));
    if (!known) continue;
    const only = theOnlyPlace(known, hasPlace(i) ? (countries[i] as number) : null);
    if (only === null) continue;
    places[i] = only;
    countries[i] = known.get(only) as number;
    countryLevel[i] = 0;
  }
}

/** The one place of a group (inside `country` when the claim names a country), or null when there are none or several. */
function theOnlyPlace(known: ReadonlyMap<number, number>, country: number | null): number | null {
  let only: number | null = null;
  for (const [place, placeCountry] of known) {
    if (country !== null && placeCountry !== country) continue;
    if (only !== null) return null;
    only = place;
  }
  return only;
}
