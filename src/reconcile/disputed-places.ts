import { isCountry, type PlacedFigure } from './figures.js';
import type { Item } from './item.js';

/**
 * A statement whose reports place it in different places ("410 bodies in the
 * Kyiv region", retold as "410 in Bucha"): which place it counts is in
 * dispute, so a number of one of those places is not surely below or above
 * it. Marks each item of the figure with the places its statement's reports
 * name, when they name more than one.
 */
export function markDisputedPlaces(figure: PlacedFigure): void {
  const places = new Map<string, Set<string>>();
  for (const item of figure.items) {
    const name = item.claim.location?.name;
    if (!name) continue;
    const set = places.get(item.origin) ?? new Set<string>();
    set.add(name);
    places.set(item.origin, set);
  }
  for (const item of figure.items) {
    const set = places.get(item.origin);
    item.disputedPlaces = set && set.size > 1 ? [...set] : undefined;
  }
}

/** The `why` of a conflict left not-comparable because a statement's reports place it in two places, or null. */
export function disputedPlaceWhy(a: Item, b: Item, describedA: string, describedB: string): string | null {
  const [disputed, other, name] = a.disputedPlaces ? [a.disputedPlaces, describedB, describedA] : b.disputedPlaces ? [b.disputedPlaces, describedA, describedB] : [null, '', ''];
  if (!disputed) return null;
  return `the reports of ${name} place it in ${disputed.join(' and in ')}: it may not count the same place as ${other}.`;
}

/**
 * "6 of the 34 injured who were taken to hospitals in Turkey", beside the health directorate's 400 wounded in Idlib:
 * two counts placed in two countries count different people, even on one incident's figure. The `why`, or null.
 */
export function otherCountryWhy(a: Item, b: Item, describedA: string, describedB: string): string | null {
  const [pa, pb] = [a.claim.location, b.claim.location];
  if (!pa || !pb || pa.name === pb.name) return null;
  const [ca, cb] = [pa.country, pb.country];
  // A country named as the place ("taken to hospitals in Turkey") holds another place only when that place is known to lie in it.
  const apart = ca !== null && cb !== null ? ca !== cb : (isCountry(pa) && cb !== ca) || (isCountry(pb) && ca !== cb);
  if (!apart) return null;
  return `${describedA} counts people in ${a.claim.location?.name} and ${describedB} people in ${b.claim.location?.name}: two countries, not one count.`;
}
