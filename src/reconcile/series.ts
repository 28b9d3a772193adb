import { partOfTollOf } from './narrower-groups.js';
import type { Item } from './item.js';
import { runsToReport } from './running-periods.js';
import { voiceOf } from './speakers.js';
import { dayOfIso } from './days.js';

/**
 * Running counts since a day ("1,354 people killed since Saturday", "more
 * than 2,300 Palestinians since Oct. 7", "11,000 people since Oct. 7"): one
 * quantity however each report words the people. A series is the side, the
 * outcome, the day it runs from, the part it counts ("children") and whether
 * it counts fighters; the place still splits it. What a report leaves out is
 * completed from its own speaker's series (the side "people" are on) and
 * then from the series (its one place).
 * Returns, per item, its series key and place, or null for an item in none.
 */
export interface SeriesPlacement {
  key: string;
  place: string | null;
  country: string | null;
}

/** What a series is, but the side: outcome, start, rate, part, fighters or not. */
function shapeOf(item: Item): string {
  const fighters = item.subject.kind === 'military' ? 'military' : '*';
  return `${item.claim.outcome}|${item.period?.start}|${item.claim.rate ?? '-'}|${partOfTollOf(item) ?? '*'}|${fighters}`;
}

function speakerKey(item: Item, shape: string): string | null {
  return item.speaker && !item.speaker.described ? `${voiceOf(item.speaker)}\u0000${shape}` : null;
}

/** A series' shape without its start and its fighters: what a total with no period of the same speaker can be a reading of. */
function loosely(item: Item): string {
  return `${item.claim.outcome}|${item.claim.rate ?? '-'}|${partOfTollOf(item) ?? '*'}`;
}

/**
 * "265 fighters have surrendered", then "since 16 May, 959 have surrendered", from one ministry: a speaker's total
 * with no period, said on or after the day its one series of that outcome runs from, is a reading of that series.
 */
function ownSeriesShapes(items: readonly Item[], shapes: Array<string | null>, skip: (i: number) => boolean): void {
  const byVoice = new Map<string, Set<string>>();
  items.forEach((item, i) => {
    const shape = shapes[i];
    if (!shape || !item.speaker || item.speaker.described) return;
    const key = `${voiceOf(item.speaker)}\u0000${loosely(item)}`;
    const known = byVoice.get(key) ?? new Set<string>();
    known.add(shape);
    byVoice.set(key, known);
  });
  if (byVoice.size === 0) return;
  items.forEach((item, i) => {
    if (shapes[i] || skip(i) || item.period || !item.speaker || item.speaker.described || item.claim.stance === 'denied') return;
    const known = byVoice.get(`${voiceOf(item.speaker)}\u0000${loosely(item)}`);
    if (!known || known.size !== 1) return;
    const [shape] = known as Set<string>;
    const start = (shape as string).split('|')[1] as string;
    if (item.dated && item.published >= dayOfIso(start)) shapes[i] = shape as string;
  });
}

export function placeInSeries(items: readonly Item[], skip: (i: number) => boolean): Array<SeriesPlacement | null> {
  const shapes = items.map((item, i) => (skip(i) || !runsToReport(item) ? null : shapeOf(item)));
  ownSeriesShapes(items, shapes, skip);
  // The sides each speaker's series names: a report naming none is on the one its speaker names.
  const sidesOfSpeaker = new Map<string, Set<string>>();
  items.forEach((item, i) => {
    const shape = shapes[i];
    const key = shape ? speakerKey(item, shape) : null;
    const side = item.subject.affiliation;
    if (!key || !side) return;
    const sides = sidesOfSpeaker.get(key) ?? new Set<string>();
    sides.add(side);
    sidesOfSpeaker.set(key, sides);
  });
  const keys = items.map((item, i) => {
    const shape = shapes[i];
    if (!shape) return null;
    const speaker = speakerKey(item, shape);
    const sides = speaker ? sidesOfSpeaker.get(speaker) : undefined;
    const side = item.subject.affiliation ?? (sides && sides.size === 1 ? [...sides][0] : null);
    return `series:${side ?? '-'}|${shape}`;
  });
  const places = new Map<string, Map<string, string | null>>();
  items.forEach((item, i) => {
    const key = keys[i];
    const name = item.location?.name;
    if (!key || !name) return;
    const known = places.get(key) ?? new Map<string, string | null>();
    known.set(name, item.location?.country ?? null);
    places.set(key, known);
  });
  return items.map((item, i) => {
    const key = keys[i];
    if (!key) return null;
    if (item.location?.name) return { key, place: item.location.name, country: item.location.country };
    const known = places.get(key);
    const only = known && known.size === 1 ? [...known][0] : undefined;
    return { key, place: only?.[0] ?? null, country: only?.[1] ?? null };
  });
}
