import type { Stance, SubjectKind } from '../../contracts/claim.js';
import type { Relation } from '../../contracts/board.js';
import { isIncidentPart, isOfIncident, type PlacedFigure } from '../figures.js';
import { isDenial, type Item } from '../item.js';
import { citation, claimPhrase, outcomeWords, speakerName } from '../phrases.js';
import { PartIndex, originFirsts } from '../related.js';

/**
 * A denial ("Russia and North Korea deny the deployment") conflicts with
 * every figure that puts a number on what it denies: its own figure and the
 * figures inside it (the same group, an outcome inside the denied one, a
 * place inside the denied place, or anywhere when it names none). One relation per denying origin
 * and independent count on each figure (the first report of each origin, largest first, at most
 * ANSWERED_PER_FIGURE): the figure is marked `denied`, and its claims are listed on it. A denial
 * of one kind of people answers only the counts of that kind (answersKind).
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
    const figures = [denied, ...deniedParts(denied, index), ...incidentWholeOf(denied, family)];
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
    if (denials.length === 0) continue;
    for (const figure of [denied, ...deniedParts(denied, index)]) for (const denial of denials) pushDenialOf(relations, denial, figure, denied.incident ? undefined : answers);
    // A denial of an incident's toll answers every toll of that incident, told before or after it.
    for (const figure of incidentWholeOf(denied, family)) for (const denial of denials) pushDenialOf(relations, denial, figure);
  }
  return relations;
}

/**
 * The figures inside a denied one. Inside an incident's figure are only the
 * same incident's: "not a single civilian died in the theatre" says nothing
 * of the city's toll over the whole siege, though that toll is of civilians in
 * the same city.
 */
function deniedParts(denied: PlacedFigure, index: PartIndex): PlacedFigure[] {
  const parts = index.partsOf(denied);
  const incident = denied.incident;
  return incident === undefined ? parts : parts.filter((part) => isOfIncident(part, incident));
}

/**
 * "Not a single serviceman was among the dead", on the café strike's figure of
 * servicemen: the incident's whole toll counts them too, so the denial
 * answers it (pushDenialOf keeps to the claims of the denied kind).
 */
function incidentWholeOf(denied: PlacedFigure, family: readonly PlacedFigure[]): PlacedFigure[] {
  return denied.incident ? family.filter((figure) => isIncidentPart(denied, figure) && figure.rate === denied.rate) : [];
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

/** How many of a figure's independent counts one denial is set against, largest first: enough for a reader, linear in the denials. */
const ANSWERED_PER_FIGURE = 8;

/** The denial against each independent count on the figure of the kind it denies (and that it answers), largest first; its copies say the same. */
function pushDenialOf(relations: Relation[], denial: Item, figure: PlacedFigure, answering: (denial: Item, claim: Item) => boolean = () => true): void {
  const kind = denial.subject.kind;
  const counts = kind === null || kind === 'mixed' ? largestFirsts(figure) : largestFirsts(figure).filter((item) => answersKind(kind, item.subject.kind));
  let pushed = 0;
  for (const claim of counts) {
    if (pushed === ANSWERED_PER_FIGURE) break;
    if (!answering(denial, claim)) continue;
    relations.push({ a: denial.claim.id, b: claim.claim.id, verdict: 'conflict', why: why(denial, claim) });
    pushed++;
  }
}

/**
 * Which counts a denial of one kind of people answers. "Not a single civilian
 * died" answers counts of civilians and of people (a strike's toll of people
 * is read as its victims); "not a single serviceman was among the dead"
 * answers only counts of soldiers: a count of children, or of people killed
 * at a café, agrees with it.
 */
function answersKind(denied: SubjectKind, counted: SubjectKind | null): boolean {
  if (counted === 'mixed' || counted === denied) return true;
  return counted === null && denied === 'civilian';
}

function firstOfEachOrigin(items: readonly Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.origin) && seen.add(item.origin));
}

/** Made once per figure: the first claim of each origin that states a number, largest first. */
function largestFirsts(figure: PlacedFigure): Item[] {
  figure.largestFirst ??= originFirsts(figure)
    .filter((item) => (item.claim.quantity?.value ?? 0) > 0)
    .sort((a, b) => (b.claim.quantity?.value ?? 0) - (a.claim.quantity?.value ?? 0) || a.order - b.order);
  return figure.largestFirst;
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
