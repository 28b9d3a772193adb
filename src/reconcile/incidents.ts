import type { Place } from '../contracts/claim.js';
import { eventWordsOfHeadline, headlineIncident, nameWordsOfHeadline } from '../extract/headline-incidents.js';
import { defaultGazetteer } from '../extract/places.js';
import { DAY_MS } from '../extract/calendar.js';
import { dayOfDate, dayOfIso, lastDayOfMonth, monthNumber, type DaySpan } from './days.js';
import { documentRuns, type Item } from './item.js';
import { isBareMention, resolveBareMentions } from './bare-mentions.js';
import { mayBeToll, ownDay, toldApart } from './incident-tolls.js';
import { placeFits, placeNamedBy, siteFits } from './incident-places.js';
import { joinByChannel, joinByPlace, joinByStatement, joinTheDocumentsIncident } from './incident-joins.js';
import { attackKindOf, type AttackKind } from './attack-kinds.js';
import { placeKey, samePlace } from './place-keys.js';

/**
 * Incidents: the claims that are tolls of one event (a strike, an attack, a
 * blast) whatever their wording. Mentions of an event (claim.incident, or a
 * headline's "concert hall attack") are grouped across documents by the
 * event's day, names and place:
 *  - one that gives its own day ("Friday's strike") joins an incident of
 *    that day, or of the day before or after when one of them was told
 *    around midnight ("Friday night's strike");
 *  - one that gives none ("the blast") joins an incident of the few days
 *    before it was said, or one it shares a name with ("the attack on
 *    Crocus City Hall"), however much earlier;
 *  - only where the place can be the same, and only when one incident
 *    fits: a mention that could be of two begins its own.
 * A toll that names no event, with no period of its own, belongs to the
 * incident its statement's other reports name, else to the one its document
 * names (in a sentence, or in its headline: an event, or one of the
 * incident's names), else to the one incident at its exact place in the week before.
 *
 * A count over a period ("killed since October", "over the past day") is
 * never an incident's toll, nor is a count since the war began ("killed in
 * strikes since then", "since the start of the aggression") unless it names
 * its own event. Returns the incidents and, per item, its incident's number or -1.
 */
export function assignIncidents(items: readonly Item[]): { incidentOf: Int32Array; incidents: IncidentCluster[] } {
  const incidentOf = new Int32Array(items.length).fill(-1);
  const clusters = new Clusters();
  const headlineOf = new Map<string, number>();
  const mentions = mentionsOf(items);
  // No event named anywhere: nothing can join one (the common case of a store of running totals).
  if (mentions.length === 0) return { incidentOf, incidents: clusters.list };
  // Mentions that give their day first: they fix when each incident happened; then those with a name, which can tell incidents apart.
  mentions.sort(
    (a, b) =>
      Number(a.day === null) - Number(b.day === null) ||
      Number(a.names.length === 0) - Number(b.names.length === 0) ||
      (a.day ?? a.stated.start) - (b.day ?? b.stated.start) ||
      a.order - b.order,
  );
  for (const mention of mentions) {
    const n = clusters.place(mention);
    if (mention.index >= 0) {
      incidentOf[mention.index] = n;
      if (mention.dayNamed && mention.day !== null) (items[mention.index] as Item).eventDayNamed = mention.day;
    } else headlineOf.set(mention.doc, n);
  }
  joinByStatement(items, incidentOf);
  let start = 0;
  for (const run of documentRuns(items)) {
    const first = run[0] as Item;
    const headline = headlineOf.get(first.claim.doc);
    if (headline !== undefined) joinTheDocumentsIncident(run, start, incidentOf, clusters, headline, siteFits);
    else joinTheDocumentsIncident(run, start, incidentOf, clusters, clusters.namedIn(first.source.title, first.published), placeNamedBy);
    start += run.length;
  }
  joinByStatement(items, incidentOf);
  joinByPlace(items, incidentOf, clusters);
  joinByChannel(items, incidentOf);
  items.forEach((item, i) => {
    const n = incidentOf[i] as number;
    if (n < 0) return;
    // Its own words for the event, and any name its incident is known by that its sentence gives ("the massacre … at al-Ahli Arab Hospital").
    const known = (clusters.list[n] as IncidentCluster).names;
    const inSentence = known.size > 0 ? namesIn(item.claim.sentence.text, null).filter((name) => known.has(name)) : [];
    item.incidentNames = [...new Set([...namesIn(item.claim.incident?.text ?? '', item.location), ...inSentence])];
  });
  return { incidentOf, incidents: clusters.list };
}

export interface IncidentCluster {
  /** The id of the claim (or document) that first named it: a key that adding other documents does not change. */
  key: string;
  /** How that first mention words it. */
  text: string;
  day: number;
  places: Array<{ name: string; country: string | null }>;
  /** The names its mentions give it ("crocus", "olenivka", "al-ahli"). */
  names: Set<string>;
  /** The kinds of attack its mentions tell ("from the air", "on the ground"). */
  kinds: Set<AttackKind>;
}

interface Mention {
  /** The item's index, or -1 for a document's headline. */
  index: number;
  order: number;
  doc: string;
  key: string;
  text: string;
  /** The words that name the event: a claim's own, or the few of a headline's that do ("Kabul airport suicide bombing"). */
  words: string;
  /** The kind of attack those words tell, if one. */
  kind: AttackKind | null;
  day: number | null;
  stated: DaySpan;
  place: Place | null;
  names: string[];
  /** Told as another event than the story's: "a day after the RSF shelled Abu Shouk". */
  apart?: boolean;
  /** A bare "the attack" that took its day from a mention naming the event by its date. */
  dayNamed?: boolean;
  /** The month or year its words date the event to ("the bombing of Hawzen in 1988", "the July 2022 explosion"): it is of no incident outside it. */
  within?: DaySpan | null;
}

function mentionsOf(items: readonly Item[]): Mention[] {
  const mentions: Mention[] = [];
  const daysByWords = new Map<string, number>();
  let start = 0;
  for (const run of documentRuns(items)) {
    const first = run[0] as Item;
    const headline = headlineIncident(first.source.title, first.dated ? new Date(first.published * DAY_MS) : null);
    if (headline && run.some((item) => (!item.claim.incident || isBareMention(item.claim.incident.text)) && mayBeToll(item) && !item.period)) {
      const day = headline.date ? dayOfIso(headline.date) : null;
      // A headline is written when its document is published, whenever its first claim says it was said.
      const published = { start: first.published, end: first.published };
      mentions.push({ index: -1, order: first.order, doc: first.claim.doc, key: `doc:${first.claim.doc}`, text: headline.text, ...eventWords(eventWordsOfHeadline(headline.text)), day, stated: published, place: null, names: namesIn(nameWordsOfHeadline(headline.text), null) });
    }
    run.forEach((item, offset) => {
      if (!item.claim.incident || !mayBeToll(item)) return;
      const day = ownDay(item);
      if (day !== null) daysByWords.set(wordsKey(item), day);
      const apart = toldApart(item.claim.sentence.text, item.claim.incident.text);
      mentions.push({ index: start + offset, order: item.order, doc: item.claim.doc, key: item.claim.id, text: item.claim.incident.text, ...eventWords(item.claim.incident.text), day, stated: item.stated, place: item.location, names: namesIn(item.claim.incident.text, item.location), apart, within: monthOrYearOf(item.claim.incident.text) });
    });
    start += run.length;
  }
  // "the attack of Oct. 7 … killing 1,400": a mention dated in one claim of its document is dated in the others.
  for (const mention of mentions) if (mention.day === null && mention.index >= 0) mention.day = daysByWords.get(wordsKey(items[mention.index] as Item)) ?? null;
  resolveBareMentions(mentions);
  return mentions;
}

/** A mention's words for its event, and the kind of attack they tell. */
function eventWords(words: string): Pick<Mention, 'words' | 'kind'> {
  return { words, kind: attackKindOf(words) };
}

function wordsKey(item: Item): string {
  return `${item.claim.doc}\u0000${item.claim.incident?.text.toLowerCase() ?? ''}`;
}

/** How many days before a report an undated "the blast" may have happened and still be the same blast. */
const UNDATED_REACH = 3;
/** "a separate strike", "another attack", "an earlier blast": an event its report tells apart from the one it is about. */
const OTHER_EVENT = /\b(?:separate|another|second|third|different|earlier|previous|new)\b/i;
/** "Friday night's attack", "the overnight strike", "late on Saturday": a day one report may give as the next or the one before. */
const AROUND_MIDNIGHT = /\b(?:night|overnight|late|early|evening|dawn)\b/i;
/** How many days after an incident a toll at its place, naming no event, is still read as its toll. */
const PLACE_REACH = 7;

const CALENDAR = /^(?:the|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A capital, or an article or kinship particle joined to one: "Crocus", "al-Ahli", "el-Fasher", "Abu-Shouk". */
const NAME_START = /^(?:\p{Lu}|(?:al|el|ad|an|ar|as|at|az|ash|ibn|bin|abu|de|di|da)-\p{Lu})/u;

/** Capitalised words of a mention (not days, months, "The" or a country's or region's words) and of its place: "crocus", "city", "hall". */
function namesIn(text: string, place: Place | null): string[] {
  const words = text.split(/\s+/);
  if (place?.name) words.push(...place.name.split(/\s+/));
  return words
    .map((word) => word.replace(/['’]s$|[^\p{L}\d-]+/gu, ''))
    .filter((word) => NAME_START.test(word) && word.length > 2 && !CALENDAR.test(word.toLowerCase()))
    .map((word) => word.toLowerCase())
    .filter((word) => !broadPlaceWords().has(word));
}

let broadWords: Set<string> | null = null;
/** Words of the countries and regions the gazetteer knows ("gaza", "strip", "israel", "donetsk"): too wide to tell one event from another. */
function broadPlaceWords(): Set<string> {
  if (!broadWords) {
    broadWords = new Set();
    for (const entry of defaultGazetteer().entries) {
      if (entry.level === 'city') continue;
      for (const name of [entry.name, ...entry.aliases]) for (const word of name.toLowerCase().split(/[\s'’]+/)) broadWords.add(word);
    }
  }
  return broadWords;
}

/** The incidents found so far, indexed by day and by name so that a mention is not compared with every incident. */
export class Clusters {
  readonly list: IncidentCluster[] = [];
  private readonly byDay = new Map<number, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly byPlace = new Map<string, number[]>();

  place(mention: Mention): number {
    const candidates = [...this.candidates(mention)].filter(
      (n) =>
        placeFits(mention.place, this.list[n] as IncidentCluster) &&
        kindFits(mention.kind, this.list[n] as IncidentCluster) &&
        this.dayFits(n, mention) &&
        withinItsDates(mention, this.list[n] as IncidentCluster) &&
        !(mention.day === null && this.toldInPassing.has(n) && !this.sharesName(n, mention)),
    );
    // An incident begun by a mention that could have been of two is no third choice beside them.
    const fits = candidates.filter((n) => !this.doubts.get(n)?.some((other) => candidates.includes(other)));
    // An incident the mention shares a name with is the one it means, over one that only happened days before.
    const named = fits.filter((n) => this.sharesName(n, mention));
    const fitting = named.length > 0 ? named : fits;
    // A mention that could be of two incidents is of neither: it begins its own; so does one its words set apart ("a separate strike").
    const n = fitting.length === 1 && !OTHER_EVENT.test(mention.words) && (!mention.apart || this.datedAndNamed(fitting[0] as number, mention)) ? (fitting[0] as number) : this.begin(mention);
    if (fitting.length > 1) this.doubts.set(n, fitting);
    this.add(n, mention);
    return n;
  }

  /** The one incident a headline names by one of its names ("Six months after Olenivka, …"), begun by `day`, or -1. */
  namedIn(title: string | null, day: number): number {
    if (!title) return -1;
    const found = new Set<number>();
    for (const name of namesIn(title, null)) for (const n of this.byName.get(name) ?? []) if ((this.list[n] as IncidentCluster).day <= day) found.add(n);
    return found.size === 1 ? ([...found][0] as number) : -1;
  }

  /** The one incident at this exact place that began in the days before `stated`, or -1. */
  atPlace(place: string, stated: DaySpan, reach = PLACE_REACH): number {
    const found = (this.byPlace.get(placeKey(place)) ?? []).filter((n) => {
      const day = (this.list[n] as IncidentCluster).day;
      return day <= stated.end && day >= stated.start - reach;
    });
    return found.length === 1 ? (found[0] as number) : -1;
  }

  private candidates(mention: Mention): Set<number> {
    const found = new Set<number>();
    const [from, to] = mention.day !== null ? [mention.day - 1, mention.day + 1] : [mention.stated.start - UNDATED_REACH, mention.stated.end];
    for (let day = from; day <= to; day++) for (const n of this.byDay.get(day) ?? []) found.add(n);
    if (mention.day === null) {
      for (const name of mention.names) for (const n of this.byName.get(name) ?? []) if ((this.list[n] as IncidentCluster).day <= mention.stated.end) found.add(n);
    }
    return found;
  }

  /**
   * "The strike came three days after the Aug. 26 bombing at Abbey Gate": an
   * event told apart from the story's is still the incident whose day its
   * words give and whose name it shares.
   */
  private datedAndNamed(n: number, mention: Mention): boolean {
    return mention.day !== null && (this.list[n] as IncidentCluster).day === mention.day && this.sharesName(n, mention);
  }

  /** Incidents begun by a mention that fitted several, with those it fitted. */
  private readonly doubts = new Map<number, number[]>();

  /** Incidents first told as another event than their story's ("a day after the RSF shelled Abu Shouk"): an undated "the attacks" elsewhere is not of them unless it names them. */
  private readonly toldInPassing = new Set<number>();

  private sharesName(n: number, mention: Mention): boolean {
    return mention.names.some((name) => (this.list[n] as IncidentCluster).names.has(name));
  }

  private begin(mention: Mention): number {
    // An event its words date to a month or year before the report ("in 1988") happened then, not in the days before it was told.
    const day = mention.day ?? (mention.within && mention.within.end < mention.stated.start ? mention.within.start : mention.stated.start);
    this.list.push({ key: mention.key, text: mention.text, day, places: [], names: new Set(), kinds: new Set() });
    const n = this.list.length - 1;
    if (mention.apart) this.toldInPassing.add(n);
    listed(this.byDay, day).push(n);
    return n;
  }

  /** By incident, the day each report dated it to: one report that dates two events differently tells of two ("Saturday's strike", "an earlier strike on Friday"). */
  private readonly daysByReport = new Map<number, Map<string, number>>();

  /** Incidents one of whose mentions was told around midnight ("Friday night's strike"): a report may give the next day, or the one before. */
  private readonly aroundMidnight = new Set<number>();

  /**
   * A dated mention is of an incident of its own day; of the day before or
   * after only when one of them was told around midnight. One report that
   * dates two events differently tells of two ("Saturday's strike", "an
   * earlier strike on Friday").
   */
  private dayFits(n: number, mention: Mention): boolean {
    if (mention.day === null) return true;
    const reported = this.daysByReport.get(n)?.get(mention.doc);
    if (reported !== undefined && reported !== mention.day) return false;
    return (this.list[n] as IncidentCluster).day === mention.day || this.aroundMidnight.has(n) || AROUND_MIDNIGHT.test(mention.text);
  }

  private add(n: number, mention: Mention): void {
    if (mention.day !== null && AROUND_MIDNIGHT.test(mention.text)) this.aroundMidnight.add(n);
    if (mention.day !== null) {
      let days = this.daysByReport.get(n);
      if (!days) this.daysByReport.set(n, (days = new Map()));
      if (!days.has(mention.doc)) days.set(mention.doc, mention.day);
    }
    const incident = this.list[n] as IncidentCluster;
    if (mention.kind) incident.kinds.add(mention.kind);
    for (const name of mention.names) {
      if (incident.names.has(name)) continue;
      incident.names.add(name);
      listed(this.byName, name).push(n);
    }
    const place = mention.place;
    if (place?.name && !incident.places.some((p) => samePlace(p.name, place.name))) {
      incident.places.push({ name: place.name, country: place.country });
      listed(this.byPlace, placeKey(place.name)).push(n);
    }
  }
}

const MONTH_OR_YEAR = /\b(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)\b/i;

/** The month or the year an event's words give it: "in 1988" is all of 1988, "the July 2022 explosion" July 2022; null when they give neither. */
function monthOrYearOf(text: string): DaySpan | null {
  const found = MONTH_OR_YEAR.exec(text);
  if (!found) return null;
  const year = Number(found[2]);
  const month = found[1] ? monthNumber(found[1]) : 0;
  return month > 0 ? { start: dayOfDate(year, month, 1), end: lastDayOfMonth(year, month) } : { start: dayOfDate(year, 1, 1), end: dayOfDate(year, 12, 31) };
}

/** A mention its words date to a month or a year is of no incident outside it: "the bombing of Hawzen in 1988" is not this week's strike. */
function withinItsDates(mention: Mention, incident: IncidentCluster): boolean {
  return !mention.within || (incident.day >= mention.within.start && incident.day <= mention.within.end);
}

function listed<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** A drone strike is not the suicide bombing of the same week: a mention of one kind of attack is not of an incident told only as the other. */
function kindFits(kind: AttackKind | null, incident: IncidentCluster): boolean {
  return !kind || incident.kinds.size === 0 || incident.kinds.has(kind);
}
