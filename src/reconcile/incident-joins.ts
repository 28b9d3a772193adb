import type { Place } from '../contracts/claim.js';
import type { Clusters, IncidentCluster } from './incidents.js';
import { documentRuns, type Item } from './item.js';
import { countOfAnEventApart, mayBeToll, ownDay } from './incident-tolls.js';
import { isBroadPlace } from './incident-places.js';
import { voiceOf } from './speakers.js';

/**
 * The tolls that name no event of their own, joined to the incident their
 * statement, their document, their place or their channel tells of.
 */

/** Reports of one statement are of one incident: a claim no report of which names an event takes the one another report names. */
export function joinByStatement(items: readonly Item[], incidentOf: Int32Array): void {
  const byOrigin = new Map<string, number>();
  items.forEach((item, i) => {
    const n = incidentOf[i] as number;
    if (n < 0) return;
    const known = byOrigin.get(item.origin);
    byOrigin.set(item.origin, known === undefined || known === n ? n : -2);
  });
  items.forEach((item, i) => {
    if ((incidentOf[i] as number) >= 0) return;
    const n = byOrigin.get(item.origin);
    if (n !== undefined && n >= 0 && mayBeToll(item)) incidentOf[i] = n;
  });
}

/**
 * A document that names one incident (in its headline or its claims): its
 * tolls with no period and no event of their own are that incident's, where
 * their place `fits`. A headline that only names the incident ("Six months
 * after Olenivka, …") takes tolls that name no place or one of the incident's.
 */
export function joinTheDocumentsIncident(run: readonly Item[], start: number, incidentOf: Int32Array, clusters: Clusters, headline: number, fits: (place: Place | null, incident: IncidentCluster) => boolean): void {
  let only = headline;
  let several = false;
  for (let offset = 0; offset < run.length; offset++) {
    const n = incidentOf[start + offset] as number;
    if (n < 0 || !(run[offset] as Item).claim.incident) continue;
    if (only >= 0 && only !== n) several = true;
    only = only < 0 ? n : only;
  }
  if (only < 0) return;
  // A story that also tells of another event (a background paragraph): the tolls told before it turns to that event are its headline's.
  let current = several ? headline : only;
  run.forEach((item, offset) => {
    const i = start + offset;
    const own = incidentOf[i] as number;
    if (own >= 0) {
      if (several && item.claim.incident && own !== current) current = -1;
      return;
    }
    if (current < 0 || !mayBeToll(item) || countOfAnEventApart(item)) return;
    const incident = clusters.list[current] as IncidentCluster;
    // A period of its own keeps a toll off the story's incident, unless it is the incident's own day ("killed 50 on Friday").
    if (item.period && ownDay(item) !== incident.day) return;
    if (fits(item.location, incident)) incidentOf[i] = current;
  });
}

/** "50 prisoners were killed at Olenivka", said in the week after the strike on Olenivka: a toll at one incident's exact place (a town, a site) is its toll. */
export function joinByPlace(items: readonly Item[], incidentOf: Int32Array, clusters: Clusters): void {
  items.forEach((item, i) => {
    const place = item.location?.name;
    if ((incidentOf[i] as number) >= 0 || !place || isBroadPlace(place)) return;
    // "killing at least 21 people in Sumy on Sunday": a toll of one day at the place is the toll of that day's incident there.
    const day = item.period ? ownDay(item) : null;
    if (item.period && day === null) return;
    const n = day === null ? clusters.atPlace(place, item.stated) : clusters.atPlace(place, { start: day, end: day }, 0);
    if (n >= 0 && mayBeToll(item) && !countOfAnEventApart(item)) incidentOf[i] = n;
  });
}

/** How many days a channel's untitled post that names no event is read as going on with the one incident it last told of. */
const CHANNEL_REACH = 3;

/**
 * A channel's posts carry no headline: "The toll has risen to 133", posted
 * the day after the channel's posts on the strike, is the strike's toll
 * when the same speaker gave the channel's earlier count of that strike and
 * it is the one incident the channel told of in the days before. Another
 * speaker's count in the channel may be of another event the post names in
 * a sentence with no number ("A drone hit a flour mill in Mai Tsebri. Local
 * officials say at least 17 were killed"): it is left to its own.
 */
export function joinByChannel(items: readonly Item[], incidentOf: Int32Array): void {
  const recent = new Map<string, Array<{ day: number; incident: number; voice: string | null }>>();
  items.forEach((item, i) => {
    const channel = item.source.title ? null : item.source.publisher;
    if (!channel) return;
    const told = recent.get(channel) ?? [];
    const n = incidentOf[i] as number;
    const voice = item.speaker ? voiceOf(item.speaker) : null;
    if (n >= 0) {
      told.push({ day: item.published, incident: n, voice });
      recent.set(channel, told);
      return;
    }
    if (!voice || !mayBeToll(item) || item.period || item.location || countOfAnEventApart(item)) return;
    const inReach = told.filter((t) => t.day <= item.published && t.day >= item.published - CHANNEL_REACH);
    const incidents = new Set(inReach.map((t) => t.incident));
    if (incidents.size === 1 && inReach.some((t) => t.voice === voice)) incidentOf[i] = [...incidents][0] as number;
  });
}
