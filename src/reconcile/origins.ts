import { overlaps, type DaySpan } from './days.js';
import { Interner } from './interner.js';
import { isBackReference, isRecalledStatement, toldAsEarlier } from './back-references.js';
import { documentRuns, keepsNumberOf, shortHash, type Item } from './item.js';
import { speaksForOrganisation, voiceOf, type CanonicalSpeaker } from './speakers.js';
import { oneState } from './state-voices.js';

/**
 * A claim's origin is the statement it reports. Documents are read in
 * publication order, each document's attributed claims before the others.
 *  0. Recalls: a number named as the one a new number replaces ("down to
 *     1,200 from more than 1,400") is the earlier statement that gave it.
 *  1. Copies: a claim in a near-duplicate document (a syndicated copy, a
 *     light rewrite) joins the origin of its cluster's earlier claim by the
 *     same speaker (or by no speaker).
 *  2. Occasions: an attributed claim joins the occasion on which the same
 *     canonical speaker was reported to speak, when their dates overlap (a
 *     day's slack, unless both are dated to the day). A date as loose as "in December" joins only an occasion
 *     that already carries the same number for the same outcome.
 *  3. Repetitions: a number already published (same outcome, number and
 *     bound, the same side if both name one) is the same statement when
 *     restated by its own speaker within REPEAT_WINDOW days, by an outlet
 *     with no attribution, by a speaker described but not identified ("a
 *     South Korean lawmaker"), or in a loosely dated recap.
 *  4. An attributed statement absorbs the unattributed lead that reported
 *     its number in the days before (an outlet's first line often states the
 *     number and attributes it later, or only in the next story).
 *  5. Otherwise an unattributed claim is the outlet's own report: one origin
 *     per near-duplicate cluster and number.
 */
const SLACK_DAYS = 1;
const LOOSE_SPAN_DAYS = 3;
const REPEAT_WINDOW = 31;
/** How long after a speaker's toll of one event its exact restatement is still read as the same statement. */
const RESTATED_TOLL_WINDOW = 366;
const DISTINCTIVE_NUMBER = 100;
const UNATTRIBUTED_LEAD_DAYS = 2;
const OUTLET = '\u0000outlet';
const REPEAT_LOOKBACK = 10_000;

interface Occasion {
  origin: string;
  /** Meaningless for an occasion first reported by an undated document: such occasions are joined only from the same story. */
  span: DaySpan;
  dated: boolean;
  /** Publication day of its first report; the span never ends after it. */
  first: number;
  items: Item[];
  /** True when the occasion took an earlier statement's origin (its first claim repeated a number given before): a recap, not a statement of its own. */
  adopted: boolean;
}

export function assignOrigins(items: readonly Item[]): void {
  const index = new OriginIndex(items);
  for (const document of documentRuns(items)) {
    const attributed = document.filter((item) => item.speaker);
    const unattributed = document.filter((item) => !item.speaker);
    const attributedHere = new Map<number, string>();
    for (const item of attributed) {
      item.origin = index.copiedOrigin(item) ?? index.recalledOrigin(item) ?? index.occasionOrigin(item);
      const key = index.numberKey(item);
      if (key >= 0 && !attributedHere.has(key)) attributedHere.set(key, item.origin);
      index.absorbUnattributedLead(item);
      index.remember(item);
    }
    for (const item of unattributed) {
      const key = index.numberKey(item);
      const repeated = item.dated ? index.repeatedOrigin(item, () => true) : null;
      item.origin = index.copiedOrigin(item) ?? index.recalledOrigin(item) ?? (key >= 0 ? attributedHere.get(key) : undefined) ?? repeated ?? index.outletOrigin(item);
      index.remember(item);
    }
  }
  for (const item of items) item.origin = index.resolve(item.origin);
}

/** A speaker known only by a description ("US officials", "an aid group"), not by a name. */
function isDescribed(item: Item): boolean {
  return !!item.speaker && item.speaker.described;
}

class OriginIndex {
  /** (near-duplicate cluster, speaker or none) → the origin its first claim took; the pair packed into one number. */
  private readonly byCluster = new Map<number, string>();
  /** Each claim's (cluster, speaker) pair as that number, by publication order: numbered once, up front. */
  private readonly clusterKeys: Float64Array;
  private readonly occasions = new Map<string, Occasion[]>();
  /** Speaker id → origin → that speaker's first occasion with it: a copy finds its occasion without a walk through the speaker's list. */
  private readonly firstOccasions = new Map<string, Map<string, Occasion>>();
  /**
   * Number key → the claims that published it, in publication order. A claim's
   * origin, day and side do not change while origins are assigned, so the
   * claims themselves are the record (no second object per claim).
   */
  private readonly published: Item[][] = [];
  private readonly numberKeys = new Interner();
  /** Who first stated each origin: a speaker id, or OUTLET for an outlet's own report. */
  private readonly owners = new Map<string, string>();
  /** The speaker who first stated each attributed origin. */
  private readonly ownerSpeakers = new Map<string, CanonicalSpeaker>();
  /** Origins merged into another (an unattributed lead into the statement it reported). */
  private readonly mergedInto = new Map<string, string>();

  constructor(items: readonly Item[]) {
    const clusters = new Interner();
    const speakers = new Interner();
    const clusterNumbers = items.map((item) => clusters.numberOf(item.source.origin));
    const speakerNumbers = items.map((item) => speakers.numberOf(voiceKey(item)));
    this.clusterKeys = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) this.clusterKeys[i] = (clusterNumbers[i] as number) * speakers.size + (speakerNumbers[i] as number);
  }

  private clusterKey(item: Item): number {
    return this.clusterKeys[item.order] as number;
  }

  /** The origin a merged one ended in; the chain walked is pointed straight at it, so no chain is walked twice. */
  resolve(origin: string): string {
    let root = origin;
    for (let next = this.mergedInto.get(root); next !== undefined; next = this.mergedInto.get(root)) root = next;
    for (let current = origin, next = this.mergedInto.get(current); next !== undefined && next !== root; current = next, next = this.mergedInto.get(current)) {
      this.mergedInto.set(current, root);
    }
    return root;
  }

  /** What a repetition must share: outcome, number and bound, as a number (-1 for a denial or no number); made once per claim. */
  numberKey(item: Item): number {
    if (item.numberKey === undefined) {
      const quantity = item.claim.quantity;
      item.numberKey = !quantity || item.claim.stance === 'denied' ? -1 : this.numberKeys.numberOf(`${item.claim.outcome}|${quantity.value}|${quantity.bound}`);
    }
    return item.numberKey;
  }

  remember(item: Item): void {
    const clusterKey = this.clusterKey(item);
    if (!this.byCluster.has(clusterKey)) this.byCluster.set(clusterKey, item.origin);
    const key = this.numberKey(item);
    if (key < 0) return;
    const list = this.published[key];
    if (list) list.push(item);
    else this.published[key] = [item];
  }

  copiedOrigin(item: Item): string | undefined {
    if (item.source.origin === item.source.id) return undefined;
    const origin = this.byCluster.get(this.clusterKey(item));
    if (origin && item.speaker) this.occasionOf(voiceKey(item), origin)?.items.push(item);
    return origin;
  }

  occasionOrigin(item: Item): string {
    const speakerId = voiceKey(item);
    const list = this.occasions.get(speakerId) ?? [];
    const loose = item.stated.end - item.stated.start > LOOSE_SPAN_DAYS;
    const candidates = item.dated ? this.overlapping(list, item.stated) : [];
    // An undated document cannot be placed beside anyone's occasion except in its own story.
    if (!item.dated) for (const occasion of list) if (occasion.items.some((other) => other.claim.doc === item.claim.doc)) candidates.push(occasion);
    // The occasion that carries the number: the same count, or the same number counting something else (a retelling that changed what it counts or cut a range).
    const carrying =
      candidates.find((occasion) => occasion.items.some((other) => sameNumber(other, item))) ??
      candidates.find((occasion) => occasion.items.some((other) => keepsNumberOf(other, item)));
    // The same speaker quoted twice in one story without a date of its own: the occasion the story already dated.
    const sameStory = candidates.find((occasion) => occasion.items.some((other) => other.claim.doc === item.claim.doc));
    // Another number from the speaker on a nearby day in another story is another statement (an update), unless the speaker restated it exactly.
    // A story that recaps an earlier statement (its occasion adopted that statement's origin) may recap others too: its other numbers are not that statement's.
    // The story's own occasion, dated to a day after the carrying one was first reported ("said on Friday", after Thursday's story), is the one its other numbers belong to.
    const storyIsLater =
      !!sameStory && !!carrying && sameStory !== carrying && !sameStory.adopted && sameStory.span.start === sameStory.span.end && sameStory.span.start > carrying.first && !toldAsEarlier(item);
    const chosen = storyIsLater ? sameStory : (carrying ?? (sameStory?.adopted ? undefined : sameStory));
    if (chosen) {
      narrow(chosen, item);
      if (!chosen.adopted) this.joinRepeatedStatement(item, chosen.origin);
      return chosen.origin;
    }
    const repeated = this.repeatedBy(item, loose);
    const origin = repeated ?? `o_${shortHash(`statement|${item.claim.id}`)}`;
    if (!this.owners.has(origin)) {
      this.owners.set(origin, speakerId);
      if (item.speaker) this.ownerSpeakers.set(origin, item.speaker);
    }
    const occasion: Occasion = { origin, span: { ...item.stated }, dated: item.dated, first: item.published, items: [item], adopted: repeated !== null };
    list.push(occasion);
    this.occasions.set(speakerId, list);
    let firsts = this.firstOccasions.get(speakerId);
    if (!firsts) {
      firsts = new Map();
      this.firstOccasions.set(speakerId, firsts);
    }
    if (!firsts.has(origin)) firsts.set(origin, occasion);
    return origin;
  }

  /**
   * Rule 3 for an attributed claim on a new occasion. An undated document is
   * placed beside nothing but a speaker we know by name restating a number.
   */
  private repeatedBy(item: Item, loose: boolean): string | null {
    const speaker = voiceKey(item);
    if (!item.dated) return isDescribed(item) ? null : this.repeatedOrigin(item, (origin) => this.owners.get(origin) === speaker);
    if (loose || isDescribed(item)) return this.repeatedOrigin(item, () => true, item.stated) ?? this.restatedToll(item, () => true);
    const ownOrSpokenFor = (origin: string) => this.owners.get(origin) === speaker || this.spokenFor(origin, item);
    return this.repeatedOrigin(item, ownOrSpokenFor) ?? this.restatedToll(item, ownOrSpokenFor);
  }

  /**
   * "The Gaza health ministry reported that 471 people were killed in the
   * blast", five weeks after it gave 471 for the blast at the hospital: a
   * speaker's toll of one event at one place, given again exactly, is their
   * statement restated however long after; a toll does not come back to a
   * number it left behind.
   */
  private restatedToll(item: Item, accept: (origin: string) => boolean): string | null {
    const place = item.location?.name;
    // With no place of its own, only a number too large to recur by chance ("471", not "12") ties it to the earlier toll.
    if (!item.claim.incident || (!place && (item.claim.quantity?.value ?? 0) < DISTINCTIVE_NUMBER)) return null;
    return this.repeatedOrigin(item, (origin, _day, earlier) => !!earlier.claim.incident && (!place || earlier.location?.name === place) && accept(origin), null, RESTATED_TOLL_WINDOW);
  }

  /**
   * Whether the origin was first stated by a person who speaks for the item's
   * organisation (Kirby's briefing, reported as "the White House said"), or
   * by the organisation the item's person speaks for (the White House's
   * statement, then "Kirby: …").
   */
  private spokenFor(origin: string, item: Item): boolean {
    const owner = this.ownerSpeakers.get(origin);
    return !!owner && !!item.speaker && (speaksForOrganisation(owner, item.speaker) || speaksForOrganisation(item.speaker, owner) || oneState(owner, item.speaker));
  }

  /**
   * A speaker known only by a description ("US officials") whose occasion
   * turns out to repeat a number someone gave then is that someone's
   * statement, and so is an organisation repeating what the person who
   * speaks for it said ("the White House" after Kirby's briefing): the
   * occasion joins it (rule 3, found on its second claim). A named
   * organisation never joins another's statement for giving the same number.
   */
  private joinRepeatedStatement(item: Item, origin: string): void {
    if (!item.dated || !item.speaker?.isOrg) return;
    const described = isDescribed(item);
    const repeated = this.repeatedOrigin(item, (candidate) => candidate !== this.resolve(origin) && (described || this.spokenFor(candidate, item)), item.stated);
    if (repeated !== null && this.resolve(repeated) !== this.resolve(origin)) this.mergedInto.set(this.resolve(origin), this.resolve(repeated));
  }

  /**
   * Rule 0: a number recalled as the one a new number replaces ("down to
   * 1,200 from more than 1,400") is the earlier statement that gave it, else
   * a statement of its own: never the sentence's new one.
   */
  recalledOrigin(item: Item): string | undefined {
    if (isRecalledStatement(item)) {
      // Told as said back then: the speaker's own earlier statement of the number, however long ago.
      const speaker = voiceKey(item);
      const own = speaker === '' ? null : this.repeatedOrigin(item, (origin) => this.owners.get(origin) === speaker, null, Infinity);
      if (own !== null) return own;
    }
    if (!isBackReference(item)) return undefined;
    const earlier = item.dated ? this.repeatedOrigin(item, () => true) : null;
    if (earlier !== null) return earlier;
    const origin = `o_${shortHash(`recalled|${voiceKey(item)}|${this.numberKeys.valueOf(this.numberKey(item)) ?? item.claim.id}`)}`;
    if (!this.owners.has(origin)) this.owners.set(origin, voiceKey(item));
    return origin;
  }

  /** Rule 4: the outlet's unattributed report of this number in the days before becomes this statement. */
  absorbUnattributedLead(item: Item): void {
    if (!item.dated) return;
    const lead = this.repeatedOrigin(item, (origin, day) => this.owners.get(origin) === OUTLET && item.published - day <= UNATTRIBUTED_LEAD_DAYS);
    if (lead !== null && this.resolve(lead) !== this.resolve(item.origin)) this.mergedInto.set(this.resolve(lead), this.resolve(item.origin));
  }

  /** The earliest origin that published the same number within the window and passes `accept`. */
  repeatedOrigin(item: Item, accept: (origin: string, day: number, earlier: Item) => boolean, within: DaySpan | null = null, windowDays = REPEAT_WINDOW): string | null {
    const key = this.numberKey(item);
    if (key < 0) return null;
    const affiliation = item.claim.subject.affiliation;
    const list = this.published[key] ?? [];
    let found: string | null = null;
    // The list is in publication order: walk back to the window’s start, and never past REPEAT_LOOKBACK reports (an undated document has no window).
    for (let i = list.length - 1, seen = 0; i >= 0 && seen < REPEAT_LOOKBACK; i--, seen++) {
      const earlier = list[i] as Item;
      const day = earlier.published;
      if (item.dated && item.published - day > windowDays) break;
      if (item.dated && (day > item.published || !earlier.dated)) continue;
      const earlierAffiliation = earlier.claim.subject.affiliation;
      if (affiliation && earlierAffiliation && affiliation !== earlierAffiliation) continue;
      if (within && !(day >= within.start - SLACK_DAYS && day <= within.end + LOOSE_SPAN_DAYS)) continue;
      const origin = this.resolve(earlier.origin);
      if (origin !== item.origin && accept(origin, day, earlier)) found = origin;
    }
    return found;
  }

  outletOrigin(item: Item): string {
    const origin = `o_${shortHash(`outlet|${item.source.origin}|${this.numberKeys.valueOf(this.numberKey(item)) ?? item.claim.id}`)}`;
    if (!this.owners.has(origin)) this.owners.set(origin, OUTLET);
    return origin;
  }

  private occasionOf(speakerId: string, origin: string): Occasion | undefined {
    return this.firstOccasions.get(speakerId)?.get(origin);
  }

  /** Occasions are listed by first report and end by it: stop at the first that ends before this span starts. */
  private overlapping(list: readonly Occasion[], span: DaySpan): Occasion[] {
    const found: Occasion[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const occasion = list[i] as Occasion;
      if (occasion.first < span.start - SLACK_DAYS) break;
      if (!occasion.dated) continue;
      // A statement its report dates to a day after the occasion's first report was published is a later one ("said on Friday" after Thursday's story).
      if (span.start === span.end && span.start > occasion.first) continue;
      // Two statements dated to the day are one occasion only on the same day ("on Friday" and "on Saturday" are two).
      const slack = occasion.span.start === occasion.span.end && span.start === span.end ? 0 : SLACK_DAYS;
      if (overlaps(occasion.span, span, slack)) found.push(occasion);
    }
    return found;
  }
}

/** Whose statement a claim reports: its speaker's, a spokesperson's being their organisation's; '' for none. */
function voiceKey(item: Item): string {
  return item.speaker ? voiceOf(item.speaker) : '';
}

function sameNumber(a: Item, b: Item): boolean {
  return a.claim.outcome === b.claim.outcome && a.claim.quantity?.value === b.claim.quantity?.value;
}

/** Narrows an occasion to the tighter date a new report gives ("on Friday" inside "in the last two days"). */
function narrow(occasion: Occasion, item: Item): void {
  occasion.items.push(item);
  const start = Math.max(occasion.span.start, item.stated.start);
  const end = Math.min(occasion.span.end, item.stated.end);
  if (start <= end) occasion.span = { start, end };
}
