import type { Claim, Period, Place, Subject } from '../contracts/claim.js';
import { KeyHash } from '../extract/key-hash.js';
import type { DaySpan } from './days.js';
import type { ValueRange } from './intervals.js';
import type { ClaimSource } from './input.js';
import type { CanonicalSpeaker } from './speakers.js';

/**
 * A claim as reconcile works on it: where and when it was published, who
 * said it after aliases, when it was said, and the fields it is placed by,
 * completed from other reports of the same statement where the sentence
 * left them out. The claim record itself is never changed.
 */
export interface Item {
  claim: Claim;
  source: ClaimSource;
  /** Position in publication order. */
  order: number;
  /** Publication day (day number); for an undated document, the day it was read. */
  published: number;
  /** False when the document gives no publication date. */
  dated: boolean;
  speaker: CanonicalSpeaker | null;
  stated: DaySpan;
  origin: string;
  /** The claim that speaks for the origin: its first attributed claim, else its first claim. */
  voice: Item | null;
  /** A retelling that changed its origin's statement: shown, but no one's word on a figure. */
  drifted: boolean;
  /** Set by statements.ts: the earlier statement this claim's speaker updated with it. */
  updates?: Item;
  /** Made once by revisions.ts: the number the claim's sentence says it replaced ("revised down to 1,200 from 1,400"), or null. */
  revisedFrom?: number | null;
  /** Set by revisions.ts: the earlier statement on its figure that the claim's report says it revised. */
  revises?: Item;
  /** Index of the statement (one sentence's worth of reading) within all statements. */
  statement: number;
  subject: Subject;
  location: Place | null;
  period: Period | null;
  figure: string;
  /** Set by incidents.ts for a toll of an incident: the names that tie it to the incident ("crocus", "olenivka"). */
  incidentNames?: string[];
  /** Set by incidents.ts: the day (day number) its bare "the attack" took from a mention of its report that names the event by its date. */
  eventDayNamed?: number;
  /** Made once by origins.ts: outcome, number and bound interned to a number, or -1 for a denial or no number. */
  numberKey?: number;
  /** Made once by intervals.ts: the values the wording allows. */
  range?: ValueRange;
  /** Set by mixed-sides.ts: the sides its figure's claims name, when they name more than one. */
  sidesOnFigure?: string[];
  /** Set by disputed-places.ts: the places its statement's reports name, when they name more than one. */
  disputedPlaces?: string[];
  /** Made once by patients.ts: whether the number counts people still in hospital. */
  patients?: boolean;
  /** Made once by verified-counts.ts: whether the number counts only deaths a monitor verified. */
  verified?: boolean;
  /** Made once for the `why` sentences (phrases.ts). */
  phrase?: string;
  cited?: string;
  described?: string;
  /** Made once by statements.ts: what every copy's `why` says of the statement it repeats. */
  repeated?: string;
}

/** 16 hex digits of the claims' 64-bit FNV-1a: stable ids for origins and figures. */
export function shortHash(text: string): string {
  return new KeyHash().add(text).hex();
}

/** Whether `later` states `earlier`'s number, whatever it counts, or one end of its range ("100 to 300" → "300"). */
export function keepsNumberOf(earlier: Item, later: Item): boolean {
  const [qa, qb] = [earlier.claim.quantity, later.claim.quantity];
  return !!qa && !!qb && (qa.value === qb.value || (qa.max !== null && qa.max !== qa.value && qa.max === qb.value));
}

/** The sentence's words just before and just after the claim's number as written, or null when the number is not found in it. */
export function textAroundNumber(item: Item, before: number, after: number): { before: string; after: string } | null {
  const quantity = item.claim.quantity;
  if (!quantity) return null;
  const sentence = item.claim.sentence.text;
  const at = sentence.indexOf(quantity.text);
  if (at < 0) return null;
  const end = at + quantity.text.length;
  return { before: sentence.slice(Math.max(0, at - before), at), after: sentence.slice(end, end + after) };
}

export function isDenial(item: Item): boolean {
  return item.claim.stance === 'denied';
}

/** Items in publication order keep each document's claims together: its runs are the documents, in order. */
export function documentRuns<T extends { claim: { doc: string } }>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const item of items) {
    if (run.length > 0 && run[0]!.claim.doc !== item.claim.doc) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
