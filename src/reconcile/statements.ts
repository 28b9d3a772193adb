import type { Relation } from '../contracts/board.js';
import type { Period } from '../contracts/claim.js';
import { dayOfIso } from './days.js';
import { keepsNumberOf, shortHash, type Item } from './item.js';
import { runsToReport } from './running-periods.js';
import { citation, claimPhrase, outcomeWords, quoted, speakerName } from './phrases.js';
import { isUpdate, sameSpeaker, updateWhy } from './updates.js';
import { voiceOf } from './speakers.js';
import { toldAsEarlier } from './back-references.js';
import { narrowsGroup } from './narrower-groups.js';

/**
 * Within one origin, which claims report the same reading of the statement
 * (same-origin), which changed it in the retelling (drift), and which are
 * the speaker's own later number (update: a new statement). A claim
 * matches a statement already reported by another document when it reads
 * the same (outcome, number, bound, rate); failing that, it is a changed
 * retelling when it keeps the number but not what it counts ("over 1,000
 * killed or wounded" → "over 1,000 killed"), or keeps what it counts but not
 * the number. A document's own claims are always distinct statements.
 * Fields a retelling leaves out (the group, the place, the period) are taken
 * from the statement it repeats, so that it is placed on the same figure.
 *
 * Drift accuses an outlet of changing what someone said, so it needs
 * evidence that the two report one statement: the document is a copy of the
 * first report's, or the number is kept while what it counts changed, or the
 * number is one end of the statement's range. Another number from the same
 * speaker in a document of its own is the speaker's update; anything else
 * is left without a verdict.
 */
/** Matches every claim to its statement (Item.statement) and returns the same-origin and drift relations. */
export function matchStatements(items: readonly Item[]): Relation[] {
  const relations: Relation[] = [];
  const byOrigin = new Map<string, OriginStatements>();
  /**
   * By statement number, the last document that reported it. Items come in
   * publication order with each document's claims together, so a statement
   * already holds the current claim's document exactly when that document
   * is its last one.
   */
  const lastDocuments: string[] = [];
  const elsewhere = (first: Item, item: Item) => lastDocuments[first.statement] !== item.claim.doc;
  /** What each speaker has said before, by voice and reading: the origin that said it first. */
  const saidBefore = new Map<string, string>();
  for (const item of items) {
    const reading = readingKey(item);
    const said = item.speaker ? `${voiceOf(item.speaker)}\u0000${reading}` : null;
    const saidElsewhere = said === null ? undefined : saidBefore.get(said);
    if (said !== null && saidElsewhere === undefined) saidBefore.set(said, item.origin);
    let statements = byOrigin.get(item.origin);
    if (!statements) {
      statements = new OriginStatements();
      byOrigin.set(item.origin, statements);
    }
    const same = firstOf(statements.byReading, reading, (first) => elsewhere(first, item) && compatible(first, item));
    if (same) {
      item.statement = same.statement;
      item.origin = same.origin;
      lastDocuments[same.statement] = item.claim.doc;
      adopt(item, same);
      relations.push({ a: same.claim.id, b: item.claim.id, verdict: 'same-origin', why: repeatWhy(same, item) });
      continue;
    }
    const quantity = item.claim.quantity;
    let source = quantity
      ? (firstOf(statements.byNumber, quantity.value, (first) => elsewhere(first, item) && keepsNumber(first, item)) ??
        firstOf(statements.byCount, countKey(item), (first) => elsewhere(first, item) && keepsWhatItCounts(first, item)))
      : undefined;
    const earlierHere = quantity && !source ? earlierInDocument(statements, item) : undefined;
    item.statement = lastDocuments.length;
    lastDocuments.push(item.claim.doc);
    statements.add(item);
    let verdict = source ? retellingVerdict(source, item) : earlierHere ? 'update' : null;
    // A retelling that says what its speaker had said before, in a statement of its own, may recap that one: it is no one's distortion.
    if (verdict === 'drift' && saidElsewhere !== undefined && saidElsewhere !== item.origin) verdict = null;
    if (verdict === 'drift' && source && recalledRoundly(source, item)) verdict = null;
    // "17" retold as "at least 17": nothing a reader would be misled by changed, so it is the statement repeated.
    if (verdict === 'drift' && source && changes(source, item).length === 0) {
      item.origin = source.origin;
      adopt(item, source);
      relations.push({ a: source.claim.id, b: item.claim.id, verdict: 'same-origin', why: repeatWhy(source, item) });
      continue;
    }
    source ??= earlierHere;
    if (source && verdict === 'drift') {
      item.drifted = true;
      complete(item, source);
      relations.push({ a: source.claim.id, b: item.claim.id, verdict: 'drift', why: driftWhy(source, item) });
      const sibling = ownCountOfStatement(statements, source, item);
      if (sibling) relations.push({ a: sibling.claim.id, b: item.claim.id, verdict: 'drift', why: driftWhy(sibling, item) });
    } else if (source && verdict === 'update') {
      // A new statement: its own origin, which later reports of its number join through `same` above.
      item.origin = `o_${shortHash(`update|${item.claim.id}`)}`;
      item.updates = source;
      complete(item, source);
      relations.push({ a: source.claim.id, b: item.claim.id, verdict: 'update', why: updateWhy(source, item) });
    }
  }
  return relations;
}

/**
 * "more than 30,000 casualties …, including about 9,000 fighters killed",
 * retold as "more than 30,000 … killed": a retelling that moved a number to
 * another count also changed the number the same sentence of the statement's
 * first report gave for that count (the 9,000). A number of another
 * sentence may be of another list or another moment: it is left alone,
 * unless it states the very group, place and period the retelling does.
 */
function ownCountOfStatement(statements: OriginStatements, source: Item, item: Item): Item | undefined {
  if (source.claim.outcome === item.claim.outcome) return undefined;
  return statements.byCount
    .get(countKey(item))
    ?.find((other) => other !== item && (sameSentence(other, source) || (other.claim.doc === source.claim.doc && statesTheSameQuantity(other, item))) && keepsWhatItCounts(other, item));
}

/** Both name the side, the place and the period, and name the same ones. */
function statesTheSameQuantity(a: Item, b: Item): boolean {
  const [ca, cb] = [a.claim, b.claim];
  return (
    ca.subject.affiliation !== null &&
    ca.subject.affiliation === cb.subject.affiliation &&
    !!ca.location &&
    ca.location.name === cb.location?.name &&
    !!ca.period?.start &&
    ca.period.start === cb.period?.start &&
    ca.period.end === cb.period?.end
  );
}

function sameSentence(a: Item, b: Item): boolean {
  return a.claim.doc === b.claim.doc && a.claim.sentence.start === b.claim.sentence.start && a.claim.sentence.text === b.claim.sentence.text;
}

/** Words that tell a number as coming after the one before it in the same report: "later in the evening", "the toll then rose to". */
const LATER_CUE = /\b(?:later|subsequently|afterwards|overnight|hours\s+after|by\s+(?:the\s+)?(?:evening|morning|afternoon|night|nightfall|midday|noon)|(?:rose|risen|climbed|jumped|raised|revised|updated)\s+(?:it\s+|the\s+(?:toll|number|figure|count)\s+)?(?:to|up|down)\b)/i;

/**
 * "The ministry said hundreds had been killed. … Later in the evening the
 * ministry said at least 500 had died": a number the same speaker gives for
 * the same count further on in one report, told as coming later, is an
 * update of the one before it. Two numbers of one sentence stay one statement.
 */
function earlierInDocument(statements: OriginStatements, item: Item): Item | undefined {
  const earlier = statements.byCount.get(countKey(item));
  if (!earlier) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const first = earlier[i] as Item;
    if (first.claim.doc !== item.claim.doc) break;
    if (sameSentence(first, item)) continue;
    if (!keepsWhatItCounts(first, item) || !isUpdate(first, item)) continue;
    return LATER_CUE.test(item.claim.sentence.text) ? first : undefined;
  }
  return undefined;
}

/** Whether another reading of a statement is a changed retelling, the speaker's own later number, or neither (see above). */
function retellingVerdict(first: Item, item: Item): 'drift' | 'update' | null {
  if (!first.claim.quantity || !item.claim.quantity) return 'drift';
  // A copy reports the first story's occasion, unless its own words date the statement later (a wire story updated in place).
  if (item.source.origin === first.source.origin) return isUpdate(first, item) && saidLater(first, item) ? 'update' : 'drift';
  // Dated by its report to a day after the first report was published, it cannot be what that report told: a later statement.
  if (item.stated.start === item.stated.end && item.stated.start > first.published) return isUpdate(first, item) ? 'update' : null;
  if (keepsNumberOf(first, item)) return 'drift';
  return sameSpeaker(first, item) ? 'update' : null;
}

/**
 * An origin's statements (each its first claim), filed three ways so that a
 * claim looks only at the statements it could match: by how it reads, by
 * its number, and by what it counts. Each list is in the order the
 * statements were made, so the first match in a list is the first overall;
 * a single list of every statement made an origin with thousands of
 * statements quadratic.
 */
class OriginStatements {
  readonly byReading = new Map<string, Item[]>();
  readonly byNumber = new Map<number, Item[]>();
  readonly byCount = new Map<string, Item[]>();

  add(item: Item): void {
    file(this.byReading, readingKey(item), item);
    const quantity = item.claim.quantity;
    if (!quantity) return;
    file(this.byNumber, quantity.value, item);
    file(this.byCount, countKey(item), item);
  }
}

/** The first statement filed under `key` that `accept` takes. */
function firstOf<K>(lists: Map<K, Item[]>, key: K, accept: (first: Item) => boolean): Item | undefined {
  return lists.get(key)?.find(accept);
}

function file<K>(lists: Map<K, Item[]>, key: K, item: Item): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** What readsTheSame compares, as one string: claims with equal keys read the same. */
function readingKey(item: Item): string {
  const { outcome, rate, stance, quantity } = item.claim;
  const reading = quantity ? `${quantity.value}|${quantity.bound}|${quantity.max}` : 'none';
  return `${outcome}|${rate}|${stance === 'denied'}|${reading}`;
}

function saidLater(first: Item, item: Item): boolean {
  return item.stated.start > first.stated.end;
}

/** What keepsWhatItCounts needs equal besides the number. */
function countKey(item: Item): string {
  return `${item.claim.outcome}|${item.claim.rate}`;
}

function readsTheSame(a: Item, b: Item): boolean {
  const qa = a.claim.quantity;
  const qb = b.claim.quantity;
  if (a.claim.outcome !== b.claim.outcome || a.claim.rate !== b.claim.rate || a.claim.stance === 'denied' !== (b.claim.stance === 'denied')) return false;
  if (!qa || !qb) return qa === qb;
  return qa.value === qb.value && qa.bound === qb.bound && qa.max === qb.max;
}

function otherGroup(a: Item, b: Item): boolean {
  const ga = a.claim.subject.affiliation;
  const gb = b.claim.subject.affiliation;
  return !!ga && !!gb && ga !== gb;
}

function otherPeriod(a: Item, b: Item): boolean {
  const pa = a.claim.period;
  const pb = b.claim.period;
  return !!pa?.start && !!pb?.start && !samePeriod(pa, pb) && !(pa.start === pb.start && runsToReport(a, pa) && runsToReport(b, pb)) && !datesOneEvent(a, pa, b, pb);
}

/** "The strike on the theatre in March killed …" and "the March 16 bombing killed …": the month and the day date one event, more or less closely; neither is a counting window. */
function datesOneEvent(a: Item, pa: Period, b: Item, pb: Period): boolean {
  return !!a.claim.incident && !!b.claim.incident && (within(pa, pb) || within(pb, pa));
}

function within(inner: Period, outer: Period): boolean {
  return !!inner.start && !!inner.end && !!outer.start && !!outer.end && inner.start >= outer.start && inner.end <= outer.end;
}

/** Both name a group or a dated period only when they name the same one. */
function compatible(a: Item, b: Item): boolean {
  return !otherGroup(a, b) && !otherPeriod(a, b) && !narrowedInRetelling(a, b);
}

/** A retelling, surely of the first report's statement, that names a part of the toll where the first named the whole. */
function narrowedInRetelling(first: Item, item: Item): boolean {
  return surelyRetells(first, item) && narrowsGroup(first, item);
}

/**
 * A copy of the first report's story, a report naming the same voice, or
 * one of the same place within days: sure enough of being one statement to
 * say the group changed. A number joined by chance months later is not.
 */
function surelyRetells(first: Item, item: Item): boolean {
  if (first.source.origin === item.source.origin) return true;
  if (first.speaker && item.speaker && voiceOf(first.speaker) === voiceOf(item.speaker)) return true;
  const [place, other] = [first.claim.location?.name, item.claim.location?.name];
  return !!place && !!other && placeBase(place) === placeBase(other) && first.dated && item.dated && Math.abs(item.published - first.published) <= RETOLD_WITHIN_DAYS;
}
const RETOLD_WITHIN_DAYS = 3;

/** "Pazigyi village" is Pazigyi. */
function placeBase(name: string): string {
  return name.replace(/\s+(?:village|town|city)$/i, '');
}

function keepsNumber(a: Item, b: Item): boolean {
  const qa = a.claim.quantity;
  const qb = b.claim.quantity;
  return !!qa && !!qb && qa.value === qb.value && (a.claim.outcome !== b.claim.outcome || qa.bound !== qb.bound || a.claim.rate !== b.claim.rate || !compatible(a, b));
}

/** Another number for the same count of the same people in the same place: a changed retelling, not a second count. */
function keepsWhatItCounts(a: Item, b: Item): boolean {
  const qa = a.claim.quantity;
  const qb = b.claim.quantity;
  const pa = a.claim.location?.name;
  const pb = b.claim.location?.name;
  return !!qa && !!qb && a.claim.outcome === b.claim.outcome && a.claim.rate === b.claim.rate && qa.value !== qb.value && compatible(a, b) && (!pa || !pb || pa === pb);
}

/**
 * "Zelenskiy had earlier put the toll at 51", of his "at least 51": a
 * statement recalled in passing, its floor or its "about" left out, is that
 * statement told roundly, not changed. A ceiling made exact ("up to 300" as
 * "300") still is.
 */
function recalledRoundly(source: Item, item: Item): boolean {
  const [from, to] = [source.claim.quantity?.bound, item.claim.quantity?.bound];
  return (from === 'lower' || from === 'approx') && to === 'exact' && changes(source, item).length === 1 && toldAsEarlier(item);
}

/**
 * "17" told as "at least 17" or "about 17": a floor or an "about" added to the same number claims no more than the
 * statement did, so no reader is misled. Dropping one ("more than 400" as "400") makes a floor look like a count,
 * and a ceiling ("up to 300") or a range changed is a change.
 */
function isFloorOrRounding(from: string, to: string): boolean {
  return from === 'exact' && (to === 'lower' || to === 'approx');
}

/** What a retelling changed, in words; only fields both state are compared. */
export function changes(a: Item, b: Item): string[] {
  const found: string[] = [];
  const ca = a.claim;
  const cb = b.claim;
  if (ca.outcome !== cb.outcome) found.push(`the outcome (${outcomeWords(ca.outcome)} → ${outcomeWords(cb.outcome)})`);
  if (ca.quantity && cb.quantity) {
    if (ca.quantity.value !== cb.quantity.value) found.push(`the number (${ca.quantity.text} → ${cb.quantity.text})`);
    else if (ca.quantity.bound !== cb.quantity.bound && !isFloorOrRounding(ca.quantity.bound, cb.quantity.bound)) found.push(`the bound (${quoted(ca.quantity.text)} → ${quoted(cb.quantity.text)})`);
  }
  if (ca.rate !== cb.rate) found.push(`the rate (${ca.rate ?? 'a total'} → ${cb.rate ?? 'a total'})`);
  if (otherGroup(a, b) || narrowedInRetelling(a, b)) found.push(`the group (${ca.subject.text} → ${cb.subject.text})`);
  if (otherPeriod(a, b)) found.push(`the period (${ca.period?.text} → ${cb.period?.text})`);
  return found;
}

const DATED_WORDING = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * The same period, or the same length of time where one side only says
 * how long ("in two days"): a duration is anchored to its own document's
 * date, so a copy published a day later lands on other days.
 */
function samePeriod(a: Period, b: Period): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  if (!a.start || !a.end || !b.start || !b.end) return false;
  const length = (p: Period) => dayOfIso(p.end ?? '') - dayOfIso(p.start ?? '');
  return length(a) === length(b) && (!DATED_WORDING.test(a.text) || !DATED_WORDING.test(b.text));
}

/**
 * A repetition is about the statement's figure: the first report's group,
 * place and period stand, and the repetition only fills what the first
 * report left out. A one-day "period" in a repetition is mostly the day the
 * statement was made ("the count Zelenskyy gave on December 23").
 */
function adopt(item: Item, from: Item): void {
  // Subjects are never changed in place, so the statement's own is shared whenever it already says all there is.
  if (from.subject.affiliation) {
    const kind = from.subject.kind ?? item.subject.kind;
    item.subject = kind === from.subject.kind ? from.subject : { ...from.subject, kind };
  }
  item.location = from.location ?? item.location;
  item.period = from.period;
}

/** A retelling that changed the statement keeps what it says, and fills what it left out from the statement. */
function complete(item: Item, from: Item): void {
  if (!item.subject.affiliation && from.subject.affiliation) item.subject = from.subject;
  else if (!item.subject.kind && from.subject.kind && item.subject.affiliation === from.subject.affiliation) item.subject = { ...item.subject, kind: from.subject.kind };
  item.location ??= from.location;
  const period = item.period;
  const earlier = from.period;
  if (earlier?.start && (!period?.start || samePeriod(period, earlier))) item.period = earlier;
}

/** Every copy of a statement says the same of it: the words after "repeats" are made once per statement and shared. */
function repeatWhy(first: Item, copy: Item): string {
  first.repeated ??= `${speakerName(first)}’s statement first reported by ${citation(first)}: ${quoted(claimPhrase(first))}; not an independent source.`;
  return `${citation(copy)} repeats ${first.repeated}`;
}

function driftWhy(first: Item, copy: Item): string {
  const changed = changes(first, copy);
  const what = changed.length > 0 ? changed.join(' and ') : 'the wording';
  return `${citation(copy)} retells ${speakerName(first)}’s statement first reported by ${citation(first)} but changes ${what}: ${quoted(claimPhrase(first))} became ${quoted(claimPhrase(copy))}.`;
}
