import type { Board, BoardClaim, Figure, Relation } from '../contracts/board.js';
import { dayOfIso, isoOfDay } from './days.js';
import { placeOnFigures, type PlacedFigure } from './figures.js';
import { dayOf, type SourcedClaim } from './input.js';
import { isDenial, type Item } from './item.js';
import { statedSpan } from './occasions.js';
import { assignOrigins } from './origins.js';
import { resolveEnemies } from './enemies.js';
import { figureRange } from './ranges.js';
import { PartIndex } from './related.js';
import { denialConflicts, sidelessDenialConflicts } from './rules/denials.js';
import { juxtaposedRelations } from './rules/juxtaposed.js';
import { partWholeConflicts } from './rules/part-whole.js';
import { sameFigureRelations } from './rules/same-figure.js';
import { defaultSpeakerTable, speakersInOrder, type SpeakerTable } from './speakers.js';
import { matchStatements } from './statements.js';
import { sameNumberRelations } from './rules/same-number.js';
import { outletSeriesApart } from './outlet-series.js';

/**
 * Reconcile: claims from many documents → figures, origins and the relations
 * between claims (../shared/spec/board.md). A pure function of its input.
 * Relations are computed within a figure, within the figures of one group
 * (its side), and within a document, never across all pairs of claims.
 */
export interface ReconcileOptions {
  speakers?: SpeakerTable;
}

export function reconcile(input: readonly SourcedClaim[], options: ReconcileOptions = {}): Board {
  const items = toItems(input, options.speakers ?? defaultSpeakerTable());
  resolveEnemies(items);
  assignOrigins(items);
  assignVoices(items);
  const relations: Relation[] = matchStatements(items);
  const figures = placeOnFigures(items);
  const byId = new Map(figures.map((figure) => [figure.id, figure]));
  for (const figure of figures) relations.push(...sameFigureRelations(figure));
  const denials: Relation[] = [];
  for (const family of families(figures)) {
    const index = new PartIndex(family);
    relations.push(...partWholeConflicts(family, index));
    denials.push(...denialConflicts(family, index));
  }
  for (const family of sidelessPlaces(figures)) denials.push(...sidelessDenialConflicts(family));
  // A denial of no side is in both kinds of family: each pair once.
  const paired = new Set<string>();
  for (const relation of denials) if (!paired.has(`${relation.a}|${relation.b}`) && paired.add(`${relation.a}|${relation.b}`)) relations.push(relation);
  relations.push(...juxtaposedRelations(items, byId));
  for (const relation of sameNumberRelations(figures)) relations.push(relation);
  return assemble(items, figures, relations);
}

function toItems(input: readonly SourcedClaim[], speakers: SpeakerTable): Item[] {
  const sorted = inPublicationOrderOf(outletSeriesApart(input));
  const canonical = speakersInOrder(sorted, speakers);
  const items = new Array<Item>(sorted.length);
  for (let order = 0; order < sorted.length; order++) {
    const { claim, source } = sorted[order] as SourcedClaim;
    const published = dayOfIso(dayOf(source));
    items[order] = {
      claim,
      source,
      order,
      published,
      dated: source.published !== null,
      speaker: canonical[order] ?? null,
      stated: statedSpan(claim, published),
      origin: '',
      voice: null,
      drifted: false,
      statement: -1,
      subject: claim.subject,
      location: claim.location,
      period: claim.period,
      figure: '',
      numberKey: undefined,
      range: undefined,
      phrase: undefined,
      cited: undefined,
      described: undefined,
      repeated: undefined,
    };
  }
  return items;
}

function assignVoices(items: readonly Item[]): void {
  const voices = new Map<string, Item>();
  for (const item of items) {
    const voice = voices.get(item.origin);
    if (!voice || (!voice.speaker && item.speaker)) voices.set(item.origin, item);
  }
  for (const item of items) item.voice = voices.get(item.origin) ?? item;
}

/**
 * Claims in publication order: the document's timestamp, then the document,
 * then the position in it. Documents are sorted once each (timestamps parsed
 * once), then each document's claims among themselves: a million claims
 * come from a few hundred thousand documents of a handful of claims.
 */
function inPublicationOrderOf(input: readonly SourcedClaim[]): SourcedClaim[] {
  const documentOf = new Map<string, number>();
  const documents: Array<{ id: string; time: number; claims: SourcedClaim[] }> = [];
  for (const sourced of input) {
    let index = documentOf.get(sourced.source.id);
    if (index === undefined) {
      index = documents.length;
      documentOf.set(sourced.source.id, index);
      const time = Date.parse(sourced.source.published ?? sourced.source.retrieved);
      documents.push({ id: sourced.source.id, time: Number.isNaN(time) ? 0 : time, claims: [] });
    }
    documents[index]!.claims.push(sourced);
  }
  documents.sort((a, b) => a.time - b.time || compare(a.id, b.id));
  const sorted: SourcedClaim[] = [];
  for (const { claims } of documents) {
    if (claims.length > 1) claims.sort(byPositionInDocument);
    for (const sourced of claims) sorted.push(sourced);
  }
  return sorted;
}

function byPositionInDocument(a: SourcedClaim, b: SourcedClaim): number {
  return a.claim.sentence.start - b.claim.sentence.start || compare(a.claim.id, b.claim.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Figures of one side: the only ones whose claims can bear on each other. Unknown sides are not compared. */
function families(figures: readonly PlacedFigure[]): PlacedFigure[][] {
  const bySide = new Map<string, PlacedFigure[]>();
  for (const figure of figures) {
    if (!figure.affiliation) continue;
    const family = bySide.get(figure.affiliation);
    if (family) family.push(figure);
    else bySide.set(figure.affiliation, [figure]);
  }
  return [...bySide.values()];
}

/**
 * Figures of no side, by their place, where a denial stands among them
 * (rules/denials.ts sets it against the tolls there it answers).
 */
function sidelessPlaces(figures: readonly PlacedFigure[]): PlacedFigure[][] {
  const byPlace = new Map<string, PlacedFigure[]>();
  for (const figure of figures) {
    if (figure.affiliation || !figure.location) continue;
    const family = byPlace.get(figure.location);
    if (family) family.push(figure);
    else byPlace.set(figure.location, [figure]);
  }
  return [...byPlace.values()].filter((family) => family.some((figure) => figure.items.some(isDenial)));
}

function assemble(items: readonly Item[], figures: readonly PlacedFigure[], relations: Relation[]): Board {
  const itemById = new Map<string, Item>();
  for (const item of items) itemById.set(item.claim.id, item);
  const contradicted = new Set<string>();
  const conflictsOf = new Map<string, { count: number; denied: boolean }>();
  for (const relation of relations) {
    if (relation.verdict !== 'conflict') continue;
    const a = itemById.get(relation.a);
    const b = itemById.get(relation.b);
    const denial = (a && isDenial(a)) || (b && isDenial(b));
    if (!denial) {
      contradicted.add(relation.a);
      contradicted.add(relation.b);
    }
    const figureA = a?.figure;
    const figureB = b?.figure;
    if (figureA) markConflict(conflictsOf, figureA, !!denial);
    if (figureB && figureB !== figureA) markConflict(conflictsOf, figureB, !!denial);
  }
  const originCounts = new Map(figures.map((figure) => [figure.id, originCount(figure)]));
  const boardFigures = inBoardOrder(figures, originCounts).map((figure): Figure => {
    let first = Infinity;
    let latest = -Infinity;
    for (const item of figure.items) {
      if (!item.dated) continue;
      first = Math.min(first, item.published);
      latest = Math.max(latest, item.published);
    }
    const range = figureRange(figure, contradicted);
    const marks = conflictsOf.get(figure.id);
    return {
      id: figure.id,
      subject: { affiliation: figure.affiliation, kind: figure.kind },
      outcome: figure.outcome,
      location: figure.location,
      period: figure.period,
      rate: figure.rate,
      claims: figure.items.map((item) => item.claim.id),
      origins: originCounts.get(figure.id) ?? 0,
      ...range,
      first: first === Infinity ? null : isoOfDay(first),
      latest: latest === -Infinity ? null : isoOfDay(latest),
      conflicts: marks?.count ?? 0,
      denied: marks?.denied ?? false,
      ...(figure.incident ? { incident: figure.incident } : {}),
    };
  });
  const claims: Record<string, BoardClaim> = {};
  for (const item of items) claims[item.claim.id] = boardClaim(item);
  const latest = items.reduce((max, item) => (item.dated ? Math.max(max, item.published) : max), -Infinity);
  return {
    as_of: latest === -Infinity ? null : isoOfDay(latest),
    figures: boardFigures,
    relations: inPublicationOrder(relations, itemById),
    claims,
  };
}

function markConflict(conflictsOf: Map<string, { count: number; denied: boolean }>, figure: string, denial: boolean): void {
  const entry = conflictsOf.get(figure);
  if (entry) {
    entry.count++;
    entry.denied ||= denial;
  } else conflictsOf.set(figure, { count: 1, denied: denial });
}

/** How many independent origins speak on a figure: denials and changed retellings speak for no one. */
function originCount(figure: PlacedFigure): number {
  const origins = new Set<string>();
  for (const item of figure.items) if (!isDenial(item) && !item.drifted) origins.add(item.origin);
  return origins.size;
}

/** Relations in the order their later claim was published. */
function inPublicationOrder(relations: readonly Relation[], itemById: ReadonlyMap<string, Item>): Relation[] {
  // (order of b, position found) packed into one number: a native numeric sort of millions of relations, stable.
  const keys = new Float64Array(relations.length);
  relations.forEach((relation, i) => {
    keys[i] = (itemById.get(relation.b)?.order ?? 0) * RELATIONS_LIMIT + i;
  });
  keys.sort();
  return Array.from(keys, (key) => relations[key % RELATIONS_LIMIT] as Relation);
}

/** More relations than this in one board would break the packed sort key; far above what the rules produce per claim. */
const RELATIONS_LIMIT = 2 ** 26;

const OUTCOME_ORDER = ['casualties', 'killed', 'wounded', 'captured', 'missing', 'surrendered', 'deployed'];

/** Known sides first, by side, outcome and place; within those, the most independently sourced first. Keys built once. */
function inBoardOrder(figures: readonly PlacedFigure[], originCounts: ReadonlyMap<string, number>): PlacedFigure[] {
  const keyed = figures.map((figure) => ({
    figure,
    key: `${figure.affiliation === null ? 1 : 0}${figure.affiliation ?? ''}\u0000${OUTCOME_ORDER.indexOf(figure.outcome)}${figure.location === null ? 1 : 0}${figure.location ?? ''}\u0000`,
    origins: originCounts.get(figure.id) ?? 0,
  }));
  keyed.sort((a, b) => compare(a.key, b.key) || b.origins - a.origins || compare(a.figure.id, b.figure.id));
  return keyed.map(({ figure }) => figure);
}

function boardClaim(item: Item): BoardClaim {
  const { claim } = item;
  // Written out field by field: a spread of the claim is several times slower over a million claims.
  return {
    id: claim.id,
    doc: claim.doc,
    sentence: claim.sentence,
    outcome: claim.outcome,
    manner: claim.manner,
    subject: claim.subject,
    quantity: claim.quantity,
    rate: claim.rate,
    period: claim.period,
    location: claim.location,
    speaker: claim.speaker,
    via: claim.via,
    // Records stored before relay was added lack it.
    relay: claim.relay ?? null,
    incident: claim.incident ?? null,
    stance: claim.stance,
    confidence: claim.confidence,
    url: item.source.url,
    published: item.dated ? isoOfDay(item.published) : null,
    publisher: item.source.publisher,
    origin: item.origin,
    figure: item.figure,
    speaker_id: item.speaker?.id ?? null,
    speaker_label: item.speaker?.label ?? null,
    speaker_kind: item.speaker ? (item.speaker.isOrg ? 'organisation' : 'person') : null,
    stated: isoOfDay(item.stated.start),
    title: item.source.title,
  };
}
