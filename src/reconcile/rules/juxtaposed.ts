import type { Relation } from '../../contracts/board.js';
import { isIncidentPart, type PlacedFigure } from '../figures.js';
import { documentRuns, type Item } from '../item.js';
import { described, outcomeWords, quoted } from '../phrases.js';
import { largestStated, rangeOf } from '../intervals.js';
import { kindsMeet, outcomeWithin, placesMeet } from '../related.js';

/**
 * Numbers a reader may take for one figure but that count different things:
 * two claims about the same group and place, set side by side in one
 * document, that differ in outcome ("killed" against "killed or wounded",
 * never "killed" against "wounded", which no one reads as one count),
 * in period ("in the last week" against the running total) or in being a
 * rate. Said once per pair of statements, with the reasons.
 */

export function juxtaposedRelations(items: readonly Item[], figures: ReadonlyMap<string, PlacedFigure>): Relation[] {
  const relations: Relation[] = [];
  /** Pairs of statements already related, as first × claim count + second (statement numbers are below the claim count). */
  const seen = new Set<number>();
  for (const run of documentRuns(items)) {
    const list = run.filter((item) => item.claim.quantity && item.claim.stance !== 'denied');
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as Item;
        const b = list[j] as Item;
        if (a.figure === b.figure) continue;
        const fa = figures.get(a.figure);
        const fb = figures.get(b.figure);
        if (!fa || !fb) continue;
        if (a.origin === b.origin && isIncidentPart(fa, fb) !== isIncidentPart(fb, fa)) {
          const given = incidentPartWithWhole(a, b, fa, fb);
          if (given) relations.push(given);
          continue;
        }
        if (a.origin !== b.origin && oneIncident(fa, fb)) {
          const pair = outcomePartAndWhole(a, b, fa, fb);
          if (pair) {
            const given = consistentPart(pair[0], pair[1], `${quoted(outcomeWords(pair[2].outcome))} is part of ${quoted(outcomeWords(pair[3].outcome))} of one incident, and the part does not exceed the whole`);
            if (given) relations.push(given);
            continue;
          }
        }
        if (!lookAlike(fa, fb)) continue;
        if (a.origin === b.origin) {
          const given = partGivenWithWhole(a, b, fa, fb);
          if (given) relations.push(given);
          continue;
        }
        const reasons = differences(a, b, fa, fb);
        if (reasons.length === 0 || partExceedsWhole(a, b, fa, fb)) continue;
        const [first, second] = a.statement < b.statement ? [a, b] : [b, a];
        const key = first.statement * items.length + second.statement;
        if (seen.has(key)) continue;
        seen.add(key);
        relations.push({ a: first.claim.id, b: second.claim.id, verdict: 'not-comparable', why: why(first, second, reasons) });
      }
    }
  }
  return relations;
}

/**
 * "More than 30,000 casualties, including about 9,000 killed": a part its
 * speaker gives with the whole, in one statement, that fits inside it is
 * consistent with it; one that does not fit is left without a verdict.
 */
function partGivenWithWhole(a: Item, b: Item, fa: PlacedFigure, fb: PlacedFigure): Relation | null {
  const pair = outcomePartAndWhole(a, b, fa, fb);
  if (!pair) return null;
  const [part, whole, partFigure, wholeFigure] = pair;
  return consistentPart(part, whole, `the speaker gives ${quoted(outcomeWords(partFigure.outcome))} as part of ${quoted(outcomeWords(wholeFigure.outcome))} in one statement`);
}

/** Two claims of one period and rate whose outcomes nest, as part, whole and their figures; null otherwise. */
function outcomePartAndWhole(a: Item, b: Item, fa: PlacedFigure, fb: PlacedFigure): [Item, Item, PlacedFigure, PlacedFigure] | null {
  if (fa.outcome === fb.outcome || !samePeriod(fa, fb) || fa.rate !== fb.rate) return null;
  if (outcomeWithin(fa.outcome, fb.outcome)) return [a, b, fa, fb];
  return outcomeWithin(fb.outcome, fa.outcome) ? [b, a, fb, fa] : null;
}

/** A part given beside its whole: consistent, for `reason`, when it fits inside what the whole's words state, else no verdict. */
function consistentPart(part: Item, whole: Item, reason: string): Relation | null {
  // "Hundreds" never makes a conflict, but 2,000 dead do not fit inside it either.
  const ceiling = largestStated(whole.claim.quantity!);
  if (exceeds(part, whole) || (!ceiling.open && rangeOf(part).low > ceiling.value)) return null;
  const [first, second] = part.statement <= whole.statement ? [part, whole] : [whole, part];
  return { a: first.claim.id, b: second.claim.id, verdict: 'consistent', why: `${described(part)} and ${described(whole)} can both be true: ${reason}.` };
}

/**
 * "93 killed" by one source beside "hundreds killed or wounded" by another, in
 * one report of one attack: the tolls of a single incident are no different
 * counts a reader might confuse but a part and its whole, which can both be
 * true while the part fits.
 */
function oneIncident(a: PlacedFigure, b: PlacedFigure): boolean {
  return !!a.incident && a.incident === b.incident;
}

/**
 * "More than 100 people, including 20 children and nine aid workers, have
 * been killed": a part of an incident's toll its speaker gives with the whole,
 * in one statement, that fits inside it is consistent with it.
 */
function incidentPartWithWhole(a: Item, b: Item, fa: PlacedFigure, fb: PlacedFigure): Relation | null {
  const [part, whole] = isIncidentPart(fa, fb) ? [a, b] : [b, a];
  return consistentPart(part, whole, 'the speaker gives the part with the whole toll in one statement');
}

function lookAlike(a: PlacedFigure, b: PlacedFigure): boolean {
  if (a.affiliation === null || a.affiliation !== b.affiliation || !kindsMeet(a, b) || !placesMeet(a, b)) return false;
  // "Killed" beside "wounded" reads as two counts; "killed" beside "killed or wounded" reads as one.
  return outcomeWithin(a.outcome, b.outcome) || outcomeWithin(b.outcome, a.outcome);
}

/**
 * "274 killed" beside "under 100 killed or wounded", of one period: the part
 * above its whole is no different count but a contradiction (part-whole.ts
 * says so where it does); "not comparable" would tell the reader otherwise.
 */
function partExceedsWhole(a: Item, b: Item, fa: PlacedFigure, fb: PlacedFigure): boolean {
  const pair = outcomePartAndWhole(a, b, fa, fb);
  return !!pair && exceeds(pair[0], pair[1]);
}

/** A part whose floor is above its whole's ceiling: no state of the world has both. */
function exceeds(part: Item, whole: Item): boolean {
  return rangeOf(part).low > rangeOf(whole).high;
}

function samePeriod(a: PlacedFigure, b: PlacedFigure): boolean {
  return JSON.stringify(a.period) === JSON.stringify(b.period);
}

function periodWords(item: Item): string {
  return item.period ? quoted(item.period.text) : 'the running total';
}

/** What two figures count differently, in words, for claims `a` and `b` placed on them. */
export function differences(a: Item, b: Item, fa: PlacedFigure, fb: PlacedFigure): string[] {
  const reasons: string[] = [];
  if (fa.outcome !== fb.outcome) {
    const nested = outcomeWithin(fa.outcome, fb.outcome) || outcomeWithin(fb.outcome, fa.outcome);
    const [part, whole] = outcomeWithin(fa.outcome, fb.outcome) ? [fa, fb] : [fb, fa];
    reasons.push(
      nested ? `${quoted(outcomeWords(part.outcome))} is only part of ${quoted(outcomeWords(whole.outcome))}` : `${quoted(outcomeWords(fa.outcome))} and ${quoted(outcomeWords(fb.outcome))} are different counts`,
    );
  }
  if (!samePeriod(fa, fb)) reasons.push(`${periodWords(a)} and ${periodWords(b)} are different periods`);
  if (fa.rate !== fb.rate) reasons.push('a rate is not a total');
  return reasons;
}

export function why(a: Item, b: Item, reasons: readonly string[]): string {
  return (
    `${described(a)} and ${described(b)} ` +
    `count different things: ${reasons.join('; ')}.`
  );
}
