import type { Place } from '../contracts/claim.js';
import type { IncidentCluster } from './incidents.js';
import { placeLevels } from './place-levels.js';
import { samePlace } from './place-keys.js';

/**
 * Whether a place can be the incident's: no place, the same place, a place
 * the gazetteer does not know (a venue, a camp, a village), or a region or
 * country it may lie in. Two towns the gazetteer knows are two incidents.
 */
export function placeFits(place: Place | null, incident: IncidentCluster): boolean {
  const name = place?.name;
  if (!name) return true;
  return incident.places.every((p) => {
    if (samePlace(p.name, name) || p.country === null || place.country === null) return true;
    // Two towns are two places; a town and its region or country may be one.
    return p.country === place.country && (isBroadPlace(p.name) || isBroadPlace(name));
  });
}

/**
 * A toll its document does not tie to the event by words: where its place
 * fits the incident's, except a town or site inside an incident known only
 * by its country or region ("rescue workers have recovered more than 260
 * bodies at the Supernova festival", in a story of an attack on Israel): a
 * part of the toll by place, not the whole.
 */
export function siteFits(place: Place | null, incident: IncidentCluster): boolean {
  if (!placeFits(place, incident)) return false;
  return !place?.name || isBroadPlace(place.name) || incident.places.length === 0 || incident.places.some((p) => !isBroadPlace(p.name));
}

/** No place, or one of the incident's own. */
export function placeNamedBy(place: Place | null, incident: IncidentCluster): boolean {
  return !place?.name || incident.places.some((p) => samePlace(p.name, place.name));
}

/** Countries, regions and areas: a toll there is not one incident's, however close in time. */
export function isBroadPlace(name: string): boolean {
  for (const level of placeLevels(name)) if (level !== 'city') return true;
  return false;
}
