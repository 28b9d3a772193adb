import { overlaps, type DaySpan } from './days.js';
import { shortHash, type Item } from './item.js';

/**
 * A claim's origin is the statement it reports. Rules, in order:
 *  1. A near-duplicate document (a syndicated copy, a light rewrite) repeats
 *     its cluster's earlier documents: a claim in it joins the origin of the
 *     cluster's earlier claim by the same speaker (or by no speaker).
 *  2. An attributed claim joins the occasion on which the same canonical
 *     speaker was reported to speak: their dates overlap (a day's slack).
 *     A date as loose as "in December" joins only an occasion that already
 *     carries the same number for the same outcome.
 *  3. A claim with no speaker, or with only a loose date, that repeats a number
 *     already published (same outcome, number and bound, the same group if
 *     both name one, within REPEAT_WINDOW days) is a repetition of that origin:
 *     outlets restating a figure are not independent sources.
 *  4. Otherwise a claim with no speaker is the outlet's own report: one origin
 *     per near-duplicate cluster.
 */
const SLACK_DAYS = 1;
const LOOSE_SPAN_DAYS = 3;
const REPEAT_WINDOW = 31;
const UNATTRIBUTED_LEAD_DAYS = 2;
const OUTLET = '\u0000outlet';

interface Occasion {
  origin: string;
  span: DaySpan;
  /** Publication day of its first report; the span never ends after it. */
  first: number;
  items: Item[];
}

interface Published {
  origin: string;
  day: number;
  affiliation: string | null;
}

export function assignOrigins(items: readonly Item[]): void {
  const byCluster = new Map<string, string>();
  const occasions = new Map<string, Occasion[]>();
  const published = new Map<string, Published[]>();
  const outletOrigins = new Map<string, string>();
  /** Who first stated each origin: a speaker id, or OUTLET for an outlet's own report. */
  const owners = new Map<string, string>();

  const remember = (item: Item) => {
    const key = numberKey(item);
    if (key === null) return;
    const list = published.get(key);
    const entry = { origin: item.origin, day: item.published, affiliation: item.claim.subject.affiliation };
    if (list) list.push(entry);
    else published.set(key, [entry]);
  };

  for (const document of documentsOf(items)) {
    const attributedHere = new Map<string, string>();
    // Attributed claims first: a lead that states a number the body then attributes is the attributed statement.
    for (const item of [...document.filter((i) => i.speaker), ...document.filter((i) => !i.speaker)]) {
      const clusterKey = `${item.source.origin}|${item.speaker?.id ?? ''}`;
      const copied = item.source.origin !== item.source.id ? byCluster.get(clusterKey) : undefined;
      const key = numberKey(item);
      if (copied) {
        item.origin = copied;
        joinOccasion(item, occasions);
      } else if (item.speaker) {
        item.origin = occasionOrigin(item, occasions, published, owners);
      } else {
        item.origin = (key !== null ? attributedHere.get(key) : undefined) ?? repeatedOrigin(item, published) ?? outletOrigin(item, outletOrigins, owners);
      }
      if (item.speaker && key !== null && !attributedHere.has(key)) attributedHere.set(key, item.origin);
      if (!byCluster.has(clusterKey)) byCluster.set(clusterKey, item.origin);
      remember(item);
    }
  }
}

/** Items grouped by document, documents in publication order. */
function documentsOf(items: readonly Item[]): Item[][] {
  const byDocument = new Map<string, Item[]>();
  for (const item of items) {
    const list = byDocument.get(item.claim.doc);
    if (list) list.push(item);
    else byDocument.set(item.claim.doc, [item]);
  }
  return [...byDocument.values()];
}

function numberKey(item: Item): string | null {
  const quantity = item.claim.quantity;
  if (!quantity || item.claim.stance === 'denied') return null;
  return `${item.claim.outcome}|${quantity.value}|${quantity.bound}`;
}

function repeatedOrigin(
  item: Item,
  published: ReadonlyMap<string, Published[]>,
  within: DaySpan | null = null,
  accept: (origin: string, day: number) => boolean = () => true,
): string | null {
  const key = numberKey(item);
  if (key === null) return null;
  const affiliation = item.claim.subject.affiliation;
  const list = published.get(key) ?? [];
  let found: string | null = null;
  // Items arrive in publication order, so the list is too: walk back to the window's start, keep the earliest match.
  for (let i = list.length - 1; i >= 0; i--) {
    const earlier = list[i] as Published;
    if (item.published - earlier.day > REPEAT_WINDOW) break;
    if (earlier.day > item.published) continue;
    if (affiliation && earlier.affiliation && affiliation !== earlier.affiliation) continue;
    if (within && !(earlier.day >= within.start - SLACK_DAYS && earlier.day <= within.end + LOOSE_SPAN_DAYS)) continue;
    if (!accept(earlier.origin, earlier.day)) continue;
    found = earlier.origin;
  }
  return found;
}

function outletOrigin(item: Item, outletOrigins: Map<string, string>, owners: Map<string, string>): string {
  let origin = outletOrigins.get(item.source.origin);
  if (!origin) {
    origin = `o_${shortHash(`outlet|${item.source.origin}`)}`;
    outletOrigins.set(item.source.origin, origin);
    owners.set(origin, OUTLET);
  }
  return origin;
}

function sameNumber(a: Item, b: Item): boolean {
  return a.claim.outcome === b.claim.outcome && a.claim.quantity?.value === b.claim.quantity?.value;
}

function occasionOrigin(
  item: Item,
  occasions: Map<string, Occasion[]>,
  published: ReadonlyMap<string, Published[]>,
  owners: Map<string, string>,
): string {
  const speakerId = item.speaker?.id ?? '';
  const list = occasions.get(speakerId) ?? [];
  const loose = item.stated.end - item.stated.start > LOOSE_SPAN_DAYS;
  const candidates: Occasion[] = [];
  // Occasions are listed by first report and end by it: stop at the first that ends before this one starts.
  for (let i = list.length - 1; i >= 0; i--) {
    const occasion = list[i] as Occasion;
    if (occasion.first < item.stated.start - SLACK_DAYS) break;
    if (overlaps(occasion.span, item.stated, SLACK_DAYS)) candidates.push(occasion);
  }
  const carrying = candidates.find((occasion) => occasion.items.some((other) => sameNumber(other, item)));
  const chosen = carrying ?? (loose ? undefined : closest(candidates, item.stated));
  if (chosen) {
    addTo(chosen, item);
    return chosen.origin;
  }
  const origin = repeatedBy(item, published, owners, loose) ?? `o_${shortHash(`statement|${item.claim.id}`)}`;
  if (!owners.has(origin)) owners.set(origin, speakerId);
  const occasion = { origin, span: { ...item.stated }, first: item.published, items: [item] };
  list.push(occasion);
  occasions.set(speakerId, list);
  return origin;
}

/**
 * A new occasion may still be a statement already published: the same
 * speaker's number restated later ("four days after Zelenskyy said more
 * than 3,000"), an outlet's unattributed report of it in the days before,
 * or, for a loosely dated recap, anyone's report of that number then.
 */
function repeatedBy(
  item: Item,
  published: ReadonlyMap<string, Published[]>,
  owners: ReadonlyMap<string, string>,
  loose: boolean,
): string | null {
  if (loose) return repeatedOrigin(item, published, item.stated);
  const speaker = item.speaker?.id;
  return repeatedOrigin(item, published, null, (origin, day) => {
    const owner = owners.get(origin);
    return owner === speaker || (owner === OUTLET && item.published - day <= UNATTRIBUTED_LEAD_DAYS);
  });
}

/** A copy's claim joins its origin's occasion so that later reports of the same occasion find it. */
function joinOccasion(item: Item, occasions: Map<string, Occasion[]>): void {
  if (!item.speaker) return;
  const occasion = occasions.get(item.speaker.id)?.find((candidate) => candidate.origin === item.origin);
  if (occasion) occasion.items.push(item);
}

function closest(candidates: readonly Occasion[], span: DaySpan): Occasion | undefined {
  let best: Occasion | undefined;
  let bestDistance = Infinity;
  for (const occasion of candidates) {
    const distance = Math.abs(occasion.span.start + occasion.span.end - span.start - span.end);
    if (distance < bestDistance) {
      best = occasion;
      bestDistance = distance;
    }
  }
  return best;
}

/** Narrows an occasion to the tighter date a new report gives ("on Friday" inside "in the last two days"). */
function addTo(occasion: Occasion, item: Item): void {
  occasion.items.push(item);
  const start = Math.max(occasion.span.start, item.stated.start);
  const end = Math.min(occasion.span.end, item.stated.end);
  if (start <= end) occasion.span = { start, end };
}
