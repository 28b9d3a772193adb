import type { Relation } from '../../contracts/board.js';
import type { PlacedFigure } from '../figures.js';
import { rangeOf } from '../intervals.js';
import type { Item } from '../item.js';
import { citation, described } from '../phrases.js';
import { originFirsts } from '../related.js';
import { isNarrowerGroup } from '../narrower-groups.js';
import { sameIncidentForSure } from '../sure-incidents.js';
import { countsPatients } from '../patients.js';
import { countsVerified } from '../verified-counts.js';
import { voiceOf } from '../speakers.js';
import { isUpdate, updateWhy } from '../updates.js';
import { linkRevisions } from '../revisions.js';
import { isRunningTotal } from '../running-periods.js';
import { disputedPlaceWhy, markDisputedPlaces, otherCountryWhy } from '../disputed-places.js';
import { markMixedSides, mixedSidesWhy } from '../mixed-sides.js';
import { isPartialCause } from '../../extract/cause-phrases.js';
import { isEarlierCountReadLater } from '../earlier-counts.js';
import { missingFoundSince } from '../missing-counts.js';

/**
 * Claims of independent origins on one figure, in publication order: each is
 * consistent with or in conflict with the one before it. A running total
 * does not shrink, so an earlier lower bound above a later upper bound is a
 * conflict; two counts of one dated period (or one rate) conflict when no
 * number satisfies both. Conflicts with any earlier claim, not only the one
 * just before, are found by keeping the highest floor (and the lowest
 * ceiling) seen so far.
 */
export function sameFigureRelations(figure: PlacedFigure): Relation[] {
  const running = isRunningTotal(figure.period) && figure.rate === null;
  markDisputedPlaces(figure);
  markMixedSides(figure);
  // A running total is read in time order: a claim whose document gives no date has no place in it.
  const firsts = running ? originFirsts(figure).filter((item) => item.dated) : originFirsts(figure);
  linkRevisions(firsts);
  const relations: Relation[] = [];
  let highestFloor: Item | undefined;
  let lowestCeiling: Item | undefined;
  const lastOfSpeaker = new Map<string, Item>();
  for (let i = 0; i < firsts.length; i++) {
    const current = firsts[i] as Item;
    const previous = firsts[i - 1];
    if (previous && current.updates !== previous) relations.push(relate(previous, current, running));
    // The speaker's own last number, with other sources' between: the update is still theirs.
    const own = current.speaker ? lastOfSpeaker.get(voiceOf(current.speaker)) : undefined;
    if (own && own !== previous && current.updates !== own && isUpdate(own, current)) relations.push(relate(own, current, running));
    const revised = current.revises;
    if (revised && revised !== previous && revised !== own) relations.push(relate(revised, current, running));
    if (current.speaker) lastOfSpeaker.set(voiceOf(current.speaker), current);
    if (highestFloor && highestFloor !== previous && !isUpdate(highestFloor, current) && conflicts(highestFloor, current, running)) relations.push(relate(highestFloor, current, running));
    if (!running && lowestCeiling && lowestCeiling !== previous && lowestCeiling !== highestFloor && !isUpdate(lowestCeiling, current) && conflicts(lowestCeiling, current, running)) {
      relations.push(relate(lowestCeiling, current, running));
    }
    if (raisesFloor(highestFloor, current)) highestFloor = current;
    if (!lowestCeiling || rangeOf(current).high < rangeOf(lowestCeiling).high || isUpdate(lowestCeiling, current)) lowestCeiling = current;
  }
  relations.push(...driftedConflicts(figure, firsts, running));
  return relations;
}

/**
 * A retelling that changed a number ("182 injured" retold as "182 killed")
 * speaks for no one on its figure, but it still says something a reader may
 * take up: where no number the figure's sources gave can be true beside it,
 * that is a conflict too (the drift says where it came from). Each drifted
 * claim is set against the highest floor before it; each claim after it
 * against the highest drifted floor before that claim; so the relations grow
 * with the claims, not with their pairs.
 */
function driftedConflicts(figure: PlacedFigure, firsts: readonly Item[], running: boolean): Relation[] {
  const drifted = figure.items.filter((item) => item.drifted && item.claim.quantity && item.claim.stance !== 'denied' && (item.dated || !running));
  if (drifted.length === 0) return [];
  const relations: Relation[] = [];
  const events = [...firsts.map((item) => ({ item, drifted: false })), ...drifted.map((item) => ({ item, drifted: true }))].sort((a, b) => a.item.order - b.item.order);
  let highestFloor: Item | undefined;
  let highestDrifted: Item | undefined;
  for (const { item, drifted: isDrifted } of events) {
    if (isDrifted) {
      if (highestFloor && conflicts(highestFloor, item, running)) pushDriftedConflict(relations, highestFloor, item, item, running);
      if (!highestDrifted || rangeOf(item).low > rangeOf(highestDrifted).low) highestDrifted = item;
      continue;
    }
    if (highestDrifted && conflicts(highestDrifted, item, running)) pushDriftedConflict(relations, highestDrifted, item, highestDrifted, running);
    if (raisesFloor(highestFloor, item)) highestFloor = item;
  }
  return relations;
}

/** Whether `item` becomes the highest floor so far: above it, or the update of its own speaker (a number its speaker has since revised is no one's word any more). */
function raisesFloor(floor: Item | undefined, item: Item): boolean {
  return !floor || rangeOf(item).low > rangeOf(floor).low || isUpdate(floor, item);
}

/** A retelling's number is no one's word: never its speaker's update, only what it printed against the figure's sources. */
function pushDriftedConflict(relations: Relation[], earlier: Item, later: Item, retelling: Item, running: boolean): void {
  const relation = relate(earlier, later, running);
  if (relation.verdict === 'update') return;
  if (relation.verdict !== 'conflict') relations.push(relation);
  else relations.push({ ...relation, why: `${relation.why} ${citation(retelling)} changed the number in the retelling (see its drift): the conflict is with what it printed, not with what its speaker said.` });
}


function conflicts(earlier: Item, later: Item, running: boolean): boolean {
  if (countsPatients(earlier) || countsPatients(later) || missingFoundSince(earlier, later)) return false;
  // "fewer than 20 were killed by shelling": those one cause killed are a part of the toll, whichever number is larger.
  if (isPartialCause(earlier.claim.manner) !== isPartialCause(later.claim.manner) || (isPartialCause(earlier.claim.manner) && earlier.claim.manner !== later.claim.manner)) return false;
  const a = rangeOf(earlier);
  const b = rangeOf(later);
  if (a.low > b.high) return !isNarrowerGroup(later, earlier) && !verifiedFloorOf(earlier, later) && !(running && isEarlierCountReadLater(earlier, later));
  return !running && b.low > a.high && !isNarrowerGroup(earlier, later) && !verifiedFloorOf(earlier, later);
}

/** Of two claims, the count of verified deaths below the other's toll, whichever came first: a floor its method sets, not a contradiction. */
function verifiedFloorOf(a: Item, b: Item): Item | null {
  if (countsVerified(b) && rangeOf(b).high < rangeOf(a).low) return b;
  if (countsVerified(a) && rangeOf(a).high < rangeOf(b).low) return a;
  return null;
}

/** A speaker's own later number is an update, whichever way it went; between sources, consistent or a conflict. */
function relate(earlier: Item, later: Item, running: boolean): Relation {
  if (isUpdate(earlier, later)) return { a: earlier.claim.id, b: later.claim.id, verdict: 'update', why: updateWhy(earlier, later) };
  const a = described(earlier);
  const b = described(later);
  const patients = countsPatients(earlier) ? a : countsPatients(later) ? b : null;
  if (patients) {
    return { a: earlier.claim.id, b: later.claim.id, verdict: 'not-comparable', why: `${patients} counts the people still in hospital that day, not everyone hurt: it falls as patients go home.` };
  }
  if (missingFoundSince(earlier, later)) {
    return { a: earlier.claim.id, b: later.claim.id, verdict: 'not-comparable', why: `${a} and ${b} count the missing on different days: the count falls as people are found.` };
  }
  const floor = verifiedFloorOf(earlier, later);
  if (floor) {
    const [verified, toll] = floor === later ? [b, a] : [a, b];
    return { a: earlier.claim.id, b: later.claim.id, verdict: 'not-comparable', why: `${verified} counts only the deaths verified so far, a floor below the full toll that ${toll} reports.` };
  }
  const conflicting = conflicts(earlier, later, running);
  if (conflicting && !sameIncidentForSure(earlier, later)) {
    return { a: earlier.claim.id, b: later.claim.id, verdict: 'not-comparable', why: `${a} and ${b} may be tolls of two different events: neither names the place or the event the other does.` };
  }
  const disputed = conflicting ? (disputedPlaceWhy(earlier, later, a, b) ?? mixedSidesWhy(earlier, later, a, b) ?? otherCountryWhy(earlier, later, a, b)) : null;
  if (disputed) return { a: earlier.claim.id, b: later.claim.id, verdict: 'not-comparable', why: `${disputed.charAt(0).toUpperCase()}${disputed.slice(1)}` };
  if (conflicting) {
    const why = running
      ? `${b} is below ${a}, but a running total cannot shrink.`
      : `${a} and ${b} cannot both be true of the same ${later.claim.rate ? 'rate' : 'period'}.`;
    return { a: earlier.claim.id, b: later.claim.id, verdict: 'conflict', why };
  }
  const [low, high] = rangeOf(later).high < rangeOf(earlier).low ? [later, earlier] : [earlier, later];
  const reason =
    running && isEarlierCountReadLater(earlier, later) ? `${b} is a count its report tells as given earlier, before ${a}: a total that grew`
    : rangeOf(low).high < rangeOf(high).low ? `${described(low)} counts a narrower group, which may be smaller than the whole`
    : running ? 'the later total is not below the earlier one'
    : 'their ranges overlap';
  return { a: earlier.claim.id, b: later.claim.id, verdict: 'consistent', why: `${a} and ${b} can both be true: ${reason}.` };
}
