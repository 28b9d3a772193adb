import type { Stance } from '../../contracts/claim.js';
import type { Relation } from '../../contracts/board.js';
import type { PlacedFigure } from '../figures.js';
import { isDenial, type Item } from '../item.js';
import { citation, claimPhrase, outcomeWords, speakerName } from '../phrases.js';
import { PartIndex, originFirsts } from '../related.js';

/**
 * A denial ("Russia and North Korea deny the deployment") conflicts with
 * every figure that puts a number on what it denies: its own figure and the
 * figures inside it (the same group, an outcome inside the denied one, a
 * place inside the denied place, or anywhere when it names none). One relation per denying origin
 * and figure, against the figure's largest claim: the figure is marked
 * `denied`, and its claims are listed on it.
 */
const VERB: Record<Stance, string> = {
  confirmed: 'confirmed',
  asserted: 'said',
  estimated: 'estimated',
  alleged: 'alleged',
  denied: 'denied',
  reported: 'reported',
};

export function denialConflicts(family: readonly PlacedFigure[], index: PartIndex = new PartIndex(family)): Relation[] {
  const relations: Relation[] = [];
  for (const denied of family) {
    const denials = firstOfEachOrigin(denied.items.filter(isDenial));
    if (denials.length === 0) continue;
    const figures = [denied, ...index.partsOf(denied)];
    for (const figure of figures) for (const denial of denials) pushDenialOf(relations, denial, figure);
    for (const denial of denials) for (const whole of deniedCountryWhole(denial, denied, family, figures)) pushDenialOf(relations, denial, whole);
  }
  return relations;
}

/** How long before a denial of a toll of no side the tolls it answers were given. */
const ANSWERS_WITHIN_DAYS = 31;

/**
 * "The RSF said the figures were fabricated", of the civilians killed in El
 * Geneina: a denial of a toll of no side answers the tolls at its place given
 * in the month before it (or in its own story), not every toll ever counted
 * there; figures of no side may count anyone.
 */
export function sidelessDenialConflicts(family: readonly PlacedFigure[]): Relation[] {
  const relations: Relation[] = [];
  const index = new PartIndex(family);
  for (const denied of family) {
    // Only a denial that the toll exists: one that denies a number ("denied that nine of its soldiers were captured") says nothing of others' numbers.
    const denials = firstOfEachOrigin(denied.items.filter((item) => isDenial(item) && item.claim.quantity === null));
    for (const figure of denials.length > 0 ? [denied, ...index.partsOf(denied)] : []) for (const denial of denials) pushDenialOf(relations, denial, figure, answers);
  }
  return relations;
}

function answers(denial: Item, claim: Item): boolean {
  if (denial.claim.doc === claim.claim.doc) return true;
  return denial.dated && claim.dated && claim.published <= denial.published && denial.published - claim.published <= ANSWERS_WITHIN_DAYS;
}

/**
 * "denies that any North Korean troops are fighting in Russia", placed on the
 * one place in Russia its group has (Kursk): the figure for the whole country
 * it names is denied too, though it holds the place rather than lying in it.
 */
function deniedCountryWhole(denial: Item, denied: PlacedFigure, family: readonly PlacedFigure[], done: readonly PlacedFigure[]): PlacedFigure[] {
  const country = denial.claim.location?.name;
  if (!country || country === denied.location) return [];
  return family.filter(
    (figure) =>
      figure.countryLevel &&
      figure.location === country &&
      figure.outcome === denied.outcome &&
      figure.rate === denied.rate &&
      (figure.kind === null || denied.kind === null || figure.kind === denied.kind) &&
      !done.includes(figure),
  );
}

/** The denial against the figure's largest claim, when it has one (and the denial answers it). */
function pushDenialOf(relations: Relation[], denial: Item, figure: PlacedFigure, answering: (denial: Item, claim: Item) => boolean = () => true): void {
  const largest = largestClaim(figure);
  if (largest && answering(denial, largest)) relations.push({ a: denial.claim.id, b: largest.claim.id, verdict: 'conflict', why: why(denial, largest) });
}

function firstOfEachOrigin(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.origin) && seen.add(item.origin));
}

/** Made once per figure: every denial of a whole is set against each of its parts. */
function largestClaim(figure: PlacedFigure): Item | undefined {
  if (figure.largest === undefined) {
    let largest: Item | null = null;
    for (const item of originFirsts(figure)) {
      if ((item.claim.quantity?.value ?? 0) > (largest?.claim.quantity?.value ?? 0)) largest = item;
    }
    figure.largest = largest;
  }
  return figure.largest ?? undefined;
}

/** "denies that any North Korean troops were deployed in Russia", "denies the figures on Russian losses". */
function denied(denial: Item): string {
  const place = denial.location ? ` in ${denial.location.name}` : '';
  const group = denial.subject.text;
  if (denial.claim.outcome === 'deployed') return `denies that any ${group || 'troops'} were deployed${place}`;
  return group ? `denies the figures on ${group}${place}` : `denies any ${outcomeWords(denial.claim.outcome)}${place}`;
}

function why(denial: Item, claim: Item): string {
  return `${speakerName(denial)} ${denied(denial)} (${citation(denial)}); ${speakerName(claim)} ${VERB[claim.claim.stance]} ${claimPhrase(claim)} (${citation(claim)}).`;
}
