import type { Board, BoardClaim, Figure, FigurePeriod, Relation, Verdict } from '../contracts/board.js';
import type { Outcome, SubjectKind } from '../contracts/claim.js';
import { dayOfIso, spokenDay } from '../reconcile/days.js';
import { outcomeWords, rateWords } from '../reconcile/phrases.js';
import { sideName } from './side-names.js';

/**
 * Read-only views of a board shared by the brief, the timeline and the
 * exports. Every word here comes from a claim's fields or from a fixed
 * template; nothing is inferred.
 */

/** The claims placed on a figure, in the board's (publication) order. */
export function claimsOnFigure(board: Board, figure: Figure): BoardClaim[] {
  return figure.claims.map((id) => board.claims[id]).filter((claim): claim is BoardClaim => claim !== undefined);
}

export interface OriginGroup {
  origin: string;
  /** In publication order: the first is the report that carried the statement first. */
  claims: BoardClaim[];
}

/** Claims grouped by the statement they report, groups in order of their first report. */
export function groupByOrigin(claims: readonly BoardClaim[]): OriginGroup[] {
  const groups = new Map<string, OriginGroup>();
  for (const claim of claims) {
    const group = groups.get(claim.origin);
    if (group) group.claims.push(claim);
    else groups.set(claim.origin, { origin: claim.origin, claims: [claim] });
  }
  return [...groups.values()];
}

export interface SpeakerLabel {
  name: string;
  isOrg: boolean;
}

/** Who makes the claim: the canonical speaker reconcile resolved (aliases applied), else the words the claim names. */
export function speakerLabel(claim: BoardClaim): SpeakerLabel | null {
  if (claim.speaker_label) return { name: claim.speaker_label, isOrg: claim.speaker_kind === 'organisation' };
  const speaker = claim.speaker;
  if (!speaker) return null;
  if (speaker.name) return { name: speaker.name, isOrg: false };
  return { name: speaker.org ?? speaker.text, isOrg: true };
}

export function speakerWords(claim: BoardClaim): string | null {
  return speakerLabel(claim)?.name ?? null;
}

/** The claim that speaks for an origin: its first attributed claim, else its first claim (as reconcile chooses). */
export function voiceClaim(group: OriginGroup): BoardClaim {
  return group.claims.find((claim) => claim.speaker !== null) ?? group.claims[0]!;
}

/** Who an origin's statement is from, or the outlet on its own account. */
export function voiceOf(group: OriginGroup): string {
  const voice = voiceClaim(group);
  return speakerWords(voice) ?? `${outletOf(voice)} (unattributed)`;
}

/** The number as the source wrote it, or what stands in for none. */
export function numberAsWritten(claim: BoardClaim): string {
  if (claim.quantity) return claim.quantity.text;
  return claim.stance === 'denied' ? '(denial)' : '(no number)';
}

export function outletOf(claim: BoardClaim | undefined): string {
  return claim?.publisher ?? claim?.title ?? claim?.doc ?? 'an outlet';
}

/** "2024-12-27" → "27 Dec 2024"; null → "undated". */
export function dayWords(iso: string | null): string {
  return iso ? spokenDay(dayOfIso(iso)) : 'undated';
}

export function relationsTouching(board: Board, claimIds: ReadonlySet<string>): Relation[] {
  return board.relations.filter((relation) => claimIds.has(relation.a) || claimIds.has(relation.b));
}

const OUTCOME_ORDER: readonly Outcome[] = ['casualties', 'killed', 'wounded', 'captured', 'missing', 'surrendered', 'deployed'];

const KIND_WORDS: Record<SubjectKind, string> = { military: 'military', civilian: 'civilians', mixed: 'military and civilians' };

export function groupWords(figure: Figure): string {
  const kind = figure.subject.kind ? KIND_WORDS[figure.subject.kind] : 'people';
  return figure.subject.affiliation ? `${sideName(figure.subject.affiliation)} ${kind}` : `${kind}, side not stated`;
}

export function periodWords(period: FigurePeriod | null): string {
  if (!period) return 'running total';
  const { start, end } = period;
  if (start && end) return start === end ? dayWords(start) : `${dayWords(start)} to ${dayWords(end)}`;
  if (start) return `from ${dayWords(start)}`;
  if (end) return `until ${dayWords(end)}`;
  return period.text ? `“${period.text}” (dates not resolved)` : 'period not resolved';
}

/** "North Korean military — killed or wounded — Kursk Oblast — running total". */
export function figureTitle(figure: Figure): string {
  const outcome = outcomeWords(figure.outcome) + (figure.rate ? ` ${rateWords(figure.rate)}` : '');
  const when = figure.incident ? `toll of “${figure.incident}”` : periodWords(figure.period);
  return [groupWords(figure), outcome, figure.location ?? 'place not stated', when].join(' — ');
}

/** By side, then outcome (the whole before its parts), then place; within those, figures with more independent origins first. */
export function sortFigures(figures: readonly Figure[]): Figure[] {
  const side = (figure: Figure) => (figure.subject.affiliation ? sideName(figure.subject.affiliation) : '\uffff');
  const place = (figure: Figure) => figure.location ?? '\uffff';
  return [...figures].sort(
    (a, b) =>
      compareText(side(a), side(b)) ||
      OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome) ||
      compareText(place(a), place(b)) ||
      b.origins - a.origins ||
      compareText(a.first ?? '\uffff', b.first ?? '\uffff') ||
      compareText(a.id, b.id),
  );
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface ClaimRelation {
  verdict: Verdict;
  /** The other claim of the relation. */
  with: string;
  why: string;
}

/** Every claim's relations, from its side: claim id → the verdicts and the other claims. */
export function relationsByClaim(board: Board): Map<string, ClaimRelation[]> {
  const byClaim = new Map<string, ClaimRelation[]>();
  const add = (id: string, relation: ClaimRelation) => {
    const list = byClaim.get(id);
    if (list) list.push(relation);
    else byClaim.set(id, [relation]);
  };
  for (const { a, b, verdict, why } of board.relations) {
    add(a, { verdict, with: b, why });
    add(b, { verdict, with: a, why });
  }
  return byClaim;
}

/** The first claim (in the board's publication order) of each origin: where each statement first appeared. */
export function firstOfOrigins(board: Board): Map<string, BoardClaim> {
  const firsts = new Map<string, BoardClaim>();
  for (const claim of Object.values(board.claims)) if (!firsts.has(claim.origin)) firsts.set(claim.origin, claim);
  return firsts;
}
