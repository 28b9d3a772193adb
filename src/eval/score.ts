/**
 * Scores predicted claims against gold claims by the rules of ../shared/spec/gold.md.
 * Pure: the caller reads the files and runs the extractor.
 */
import type { Claim, Outcome, Span } from '../contracts/claim.js';
import type { GoldClaim, GoldDocument, GoldPeriod } from './gold.js';

export const ATTRIBUTES = ['bound', 'speaker', 'stance', 'subject_kind', 'location', 'period', 'rate'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface AttributeScore {
  right: number;
  total: number;
  /** right / total, or null when no matched claim was scored on this attribute. */
  accuracy: number | null;
}

export interface MissedClaim {
  evidence: string;
  outcome: Outcome;
  value: number | null;
  /** Predictions whose sentence covers the evidence but whose outcome or value differ: tells a labelling error from a miss. */
  overlapping: Array<{ outcome: Outcome; value: number | null }>;
}

export interface FalsePositive {
  sentence: string;
  start: number;
  outcome: Outcome;
  value: number | null;
  quantity: string | null;
}

export interface WrongAttribute {
  evidence: string;
  attribute: AttributeName;
  gold: string;
  predicted: string;
}

/** The counts every score carries, for one document or for all of them. */
export interface ClaimCounts {
  /** Required (non-optional) gold claims. */
  gold: number;
  optionalGold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  optionalMatched: number;
}

export interface DocumentScore extends ClaimCounts {
  doc: string;
  missed: MissedClaim[];
  falsePositives: FalsePositive[];
  wrongAttributes: WrongAttribute[];
}

export interface EvalReport extends ClaimCounts {
  documents: number;
  /** Predictions that are neither hits nor false positives: they match optional gold claims. */
  neutral: number;
  precision: number;
  recall: number;
  f1: number;
  attributes: Record<AttributeName, AttributeScore>;
  perDocument: DocumentScore[];
}

export interface ScoringInput {
  gold: GoldDocument;
  text: string;
  predicted: Claim[];
}

// ---------------------------------------------------------------- evidence

const QUOTES: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
};

interface NormalisedText {
  text: string;
  /** For each normalised UTF-16 unit, the source span it came from. */
  sourceStart: number[];
  sourceEnd: number[];
}

/** Lower case, one space for any run of white space, straight quotes; keeps a map back to source offsets. */
function normaliseWithOffsets(source: string): NormalisedText {
  const result: NormalisedText = { text: '', sourceStart: [], sourceEnd: [] };
  let offset = 0;
  let previousWasSpace = false;
  for (const character of source) {
    const start = offset;
    offset += character.length;
    const isSpace = /\s/u.test(character);
    if (isSpace && previousWasSpace) {
      result.sourceEnd[result.sourceEnd.length - 1] = offset;
      continue;
    }
    previousWasSpace = isSpace;
    const normalised = isSpace ? ' ' : (QUOTES[character] ?? character).toLowerCase();
    for (let unit = 0; unit < normalised.length; unit++) {
      result.sourceStart.push(start);
      result.sourceEnd.push(offset);
    }
    result.text += normalised;
  }
  return result;
}

export function normaliseForMatching(text: string): string {
  return normaliseWithOffsets(text).text.trim();
}

/** Every occurrence of the evidence in the text (overlapping ones too), as source offsets. */
export function findEvidence(text: string, evidence: string): Array<{ start: number; end: number }> {
  return findInNormalised(normaliseWithOffsets(text), evidence);
}

function findInNormalised(haystack: NormalisedText, evidence: string): Array<{ start: number; end: number }> {
  const needle = normaliseForMatching(evidence);
  if (needle === '') return [];
  const spans: Array<{ start: number; end: number }> = [];
  for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + 1)) {
    spans.push({ start: haystack.sourceStart[at] ?? 0, end: haystack.sourceEnd[at + needle.length - 1] ?? 0 });
  }
  return spans;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

interface LocatedGold {
  claim: GoldClaim;
  occurrences: Array<{ start: number; end: number }>;
  normalisedEvidence: string;
}

function locateGold(claim: GoldClaim, text: NormalisedText): LocatedGold {
  return { claim, occurrences: findInNormalised(text, claim.evidence), normalisedEvidence: normaliseForMatching(claim.evidence) };
}

/** The sentence overlaps an occurrence of the evidence; when the evidence is not in the text verbatim, the sentence's own text must contain it. */
function sentenceCoversEvidence(sentence: Span, gold: LocatedGold): boolean {
  if (gold.occurrences.length > 0) return gold.occurrences.some((occurrence) => overlaps(sentence, occurrence));
  return normaliseForMatching(sentence.text).includes(gold.normalisedEvidence);
}

// ---------------------------------------------------------------- matching

export function predictedValue(claim: Claim): number | null {
  return claim.quantity?.value ?? null;
}

function isMatch(gold: LocatedGold, predicted: Claim): boolean {
  return (
    predicted.outcome === gold.claim.outcome &&
    predictedValue(predicted) === gold.claim.value &&
    sentenceCoversEvidence(predicted.sentence, gold)
  );
}

/**
 * One-to-one assignment of predictions to gold claims (index of the prediction per gold claim, or null).
 * Required gold claims are served first and each takes its best-scoring free prediction; when none is free,
 * an augmenting path (Kuhn's algorithm) moves earlier assignments, so the number of matches is maximal.
 */
export function assignPredictions(candidates: readonly number[][], order: readonly number[]): Array<number | null> {
  const ownerOfPrediction = new Map<number, number>();
  const tryAssign = (goldIndex: number, visited: Set<number>): boolean => {
    for (const predictionIndex of candidates[goldIndex] ?? []) {
      if (visited.has(predictionIndex)) continue;
      visited.add(predictionIndex);
      const owner = ownerOfPrediction.get(predictionIndex);
      if (owner === undefined || tryAssign(owner, visited)) {
        ownerOfPrediction.set(predictionIndex, goldIndex);
        return true;
      }
    }
    return false;
  };
  for (const goldIndex of order) {
    const free = (candidates[goldIndex] ?? []).find((predictionIndex) => !ownerOfPrediction.has(predictionIndex));
    if (free !== undefined) ownerOfPrediction.set(free, goldIndex);
    else tryAssign(goldIndex, new Set());
  }
  const assignment: Array<number | null> = candidates.map(() => null);
  for (const [predictionIndex, goldIndex] of ownerOfPrediction) assignment[goldIndex] = predictionIndex;
  return assignment;
}

// ---------------------------------------------------------------- attributes

export function speakerRight(speakerKey: string | null, speaker: Claim['speaker']): boolean {
  if (speakerKey === null || speaker === null) return speakerKey === null && speaker === null;
  const key = speakerKey.toLowerCase();
  return [speaker.text, speaker.name, speaker.org].some((field) => field !== null && field.toLowerCase().includes(key));
}

/** Whether the claim's sentence holds the evidence, or the evidence holds the sentence (scenarios.md: "contains the evidence, or overlaps it"). */
export function covers(claim: Claim, evidence: string): boolean {
  const sentence = normaliseForMatching(claim.sentence.text);
  const wanted = normaliseForMatching(evidence);
  return sentence.includes(wanted) || wanted.includes(sentence);
}

/** A named claim's `speaker` key (a token, a list of tokens any of which is right, or null) against a speaker. */
export function speakerMatches(expected: string | string[] | null, speaker: Claim['speaker']): boolean {
  if (Array.isArray(expected)) return expected.some((key) => speakerRight(key, speaker));
  return speakerRight(expected, speaker);
}

// Shared words such as "province" say nothing about whether two places are the same.
const GENERIC_PLACE_WORDS = new Set([
  'region', 'province', 'district', 'state', 'city', 'town', 'village', 'area', 'county', 'oblast', 'governorate',
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'capital',
]);

function placeWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.filter((word) => !GENERIC_PLACE_WORDS.has(word)));
}

/**
 * "Overlaps" read as: one text contains the other (case-insensitive, white space normalised), or both share
 * a distinctive word of 4+ letters ("Kursk region" ~ "Kursk Oblast"; "Hama province" ≁ "Idlib province").
 */
export function locationRight(goldText: string | null, predictedText: string | null): boolean {
  if (goldText === null || predictedText === null) return goldText === null && predictedText === null;
  const gold = normaliseForMatching(goldText);
  const predicted = normaliseForMatching(predictedText);
  if (gold.includes(predicted) || predicted.includes(gold)) return true;
  const goldWords = placeWords(gold);
  return [...placeWords(predicted)].some((word) => goldWords.has(word));
}

const DAY_MS = 86_400_000;

function calendarDay(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time / DAY_MS;
}

/** Inclusive length of a resolved period in calendar days, or null when it is open or unparseable. */
export function periodDays(period: { start: string | null; end: string | null }): number | null {
  if (period.start === null || period.end === null) return null;
  const start = calendarDay(period.start);
  const end = calendarDay(period.end);
  return start === null || end === null ? null : end - start + 1;
}

export function periodRight(goldPeriod: GoldPeriod | null, predicted: Claim['period']): boolean {
  if (goldPeriod === null || predicted === null) return goldPeriod === null && predicted === null;
  const days = periodDays(predicted);
  return days !== null && Math.abs(days - goldPeriod.days) <= 1;
}

/**
 * The contract cannot carry a vague quantity without a number ("many others were wounded" has quantity null),
 * so a gold bound "vague" with a null value is right against a null quantity.
 */
function boundRight(gold: GoldClaim, predicted: Claim): boolean {
  const predictedBound = predicted.quantity?.bound ?? null;
  if (predictedBound === gold.bound) return true;
  return predicted.quantity === null && gold.value === null && gold.bound === 'vague';
}

type Verdicts = Partial<Record<AttributeName, boolean>>;

/** Right or wrong per attribute; attributes the gold claim leaves out (period, rate) are not scored. */
export function judgeAttributes(gold: GoldClaim, predicted: Claim): Verdicts {
  const verdicts: Verdicts = {
    bound: boundRight(gold, predicted),
    speaker: speakerRight(gold.speaker_key, predicted.speaker),
    stance: gold.stance === predicted.stance,
    subject_kind: gold.subject_kind === predicted.subject.kind,
    location: locationRight(gold.location_text, predicted.location?.text ?? null),
  };
  if (gold.period !== undefined) verdicts.period = periodRight(gold.period, predicted.period);
  if (gold.rate !== undefined) verdicts.rate = gold.rate === predicted.rate;
  return verdicts;
}

function countRight(verdicts: Verdicts): number {
  return Object.values(verdicts).filter(Boolean).length;
}

function describeGoldAttribute(gold: GoldClaim, attribute: AttributeName): string {
  switch (attribute) {
    case 'bound': return String(gold.bound);
    case 'speaker': return String(gold.speaker_key);
    case 'stance': return gold.stance;
    case 'subject_kind': return String(gold.subject_kind);
    case 'location': return String(gold.location_text);
    case 'period': return gold.period ? `${gold.period.text} (${gold.period.days} days)` : 'null';
    case 'rate': return String(gold.rate ?? null);
  }
}

function describePredictedAttribute(claim: Claim, attribute: AttributeName): string {
  switch (attribute) {
    case 'bound': return String(claim.quantity?.bound ?? null);
    case 'speaker': return claim.speaker ? claim.speaker.text : 'null';
    case 'stance': return claim.stance;
    case 'subject_kind': return String(claim.subject.kind);
    case 'location': return claim.location ? claim.location.text : 'null';
    case 'period': {
      if (!claim.period) return 'null';
      const days = periodDays(claim.period);
      return `${claim.period.text} (${days === null ? 'open' : `${days} days`})`;
    }
    case 'rate': return String(claim.rate);
  }
}

// ---------------------------------------------------------------- counting

function emptyTally(): Record<AttributeName, { right: number; total: number }> {
  return Object.fromEntries(ATTRIBUTES.map((name) => [name, { right: 0, total: 0 }])) as Record<AttributeName, { right: number; total: number }>;
}

/** A ratio where 0/0 is 1: no predictions means no wrong ones; no gold means nothing missed. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function snippet(text: string, max = 200): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

interface DocumentResult {
  score: DocumentScore;
  tally: Record<AttributeName, { right: number; total: number }>;
}

function scoreDocument({ gold, text, predicted }: ScoringInput): DocumentResult {
  const normalisedText = normaliseWithOffsets(text);
  const located = gold.claims.map((claim) => locateGold(claim, normalisedText));
  const verdicts = located.map((g) => predicted.map((p) => (isMatch(g, p) ? judgeAttributes(g.claim, p) : null)));
  // Per gold claim, matching predictions best first (most attributes right, then earliest).
  const candidates = verdicts.map((row) =>
    row
      .map((verdict, index) => ({ index, right: verdict === null ? -1 : countRight(verdict) }))
      .filter((entry) => entry.right >= 0)
      .sort((a, b) => b.right - a.right || a.index - b.index)
      .map((entry) => entry.index),
  );
  const isOptional = (index: number) => gold.claims[index]?.optional === true;
  const indices = gold.claims.map((_, index) => index);
  const order = [...indices.filter((i) => !isOptional(i)), ...indices.filter(isOptional)];
  const assignment = assignPredictions(candidates, order);

  const tally = emptyTally();
  const wrongAttributes: WrongAttribute[] = [];
  const missed: MissedClaim[] = [];
  const assignedPredictions = new Set<number>();
  let tp = 0;
  let optionalMatched = 0;
  assignment.forEach((predictionIndex, goldIndex) => {
    const goldClaim = gold.claims[goldIndex]!;
    if (predictionIndex === null) {
      if (!goldClaim.optional) missed.push(describeMiss(located[goldIndex]!, predicted));
      return;
    }
    assignedPredictions.add(predictionIndex);
    if (goldClaim.optional) optionalMatched++;
    else tp++;
    // Matched optional claims count here too: gold.md scores attributes "on matched claims".
    const claimVerdicts = verdicts[goldIndex]?.[predictionIndex] ?? {};
    for (const attribute of ATTRIBUTES) {
      const right = claimVerdicts[attribute];
      if (right === undefined) continue;
      tally[attribute].total++;
      if (right) tally[attribute].right++;
      else wrongAttributes.push(describeWrong(goldClaim, predicted[predictionIndex]!, attribute));
    }
  });

  // An unassigned prediction that matches an optional gold claim is a repeat of a vague mention: not penalised.
  const matchesOptionalGold = (predictionIndex: number) => verdicts.some((row, goldIndex) => isOptional(goldIndex) && row[predictionIndex] !== null);
  const falsePositives = predicted
    .map((claim, index) => ({ claim, index }))
    .filter(({ index }) => !assignedPredictions.has(index) && !matchesOptionalGold(index))
    .map(({ claim }) => describeFalsePositive(claim));

  const optionalGold = gold.claims.filter((claim) => claim.optional).length;
  return {
    tally,
    score: {
      doc: gold.doc,
      gold: gold.claims.length - optionalGold,
      optionalGold,
      predicted: predicted.length,
      tp,
      fp: falsePositives.length,
      fn: missed.length,
      optionalMatched,
      missed,
      falsePositives,
      wrongAttributes,
    },
  };
}

function describeMiss(gold: LocatedGold, predicted: readonly Claim[]): MissedClaim {
  return {
    evidence: gold.claim.evidence,
    outcome: gold.claim.outcome,
    value: gold.claim.value,
    overlapping: predicted
      .filter((claim) => sentenceCoversEvidence(claim.sentence, gold))
      .map((claim) => ({ outcome: claim.outcome, value: predictedValue(claim) })),
  };
}

function describeFalsePositive(claim: Claim): FalsePositive {
  return {
    sentence: snippet(claim.sentence.text),
    start: claim.sentence.start,
    outcome: claim.outcome,
    value: predictedValue(claim),
    quantity: claim.quantity?.text ?? null,
  };
}

function describeWrong(gold: GoldClaim, predicted: Claim, attribute: AttributeName): WrongAttribute {
  return {
    evidence: gold.evidence,
    attribute,
    gold: describeGoldAttribute(gold, attribute),
    predicted: describePredictedAttribute(predicted, attribute),
  };
}

export function scoreDocuments(pairs: readonly ScoringInput[]): EvalReport {
  const results = pairs.map(scoreDocument);
  const sum = (pick: (score: DocumentScore) => number) => results.reduce((total, { score }) => total + pick(score), 0);
  const tp = sum((s) => s.tp);
  const fp = sum((s) => s.fp);
  const fn = sum((s) => s.fn);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  const tally = emptyTally();
  for (const result of results) {
    for (const attribute of ATTRIBUTES) {
      tally[attribute].right += result.tally[attribute].right;
      tally[attribute].total += result.tally[attribute].total;
    }
  }
  const attributes = Object.fromEntries(
    ATTRIBUTES.map((name) => {
      const { right, total } = tally[name];
      return [name, { right, total, accuracy: total === 0 ? null : right / total }];
    }),
  ) as Record<AttributeName, AttributeScore>;

  const predicted = sum((s) => s.predicted);
  return {
    documents: pairs.length,
    gold: sum((s) => s.gold),
    optionalGold: sum((s) => s.optionalGold),
    predicted,
    tp,
    fp,
    fn,
    optionalMatched: sum((s) => s.optionalMatched),
    neutral: predicted - tp - fp,
    precision,
    recall,
    f1,
    attributes,
    perDocument: results.map((result) => result.score),
  };
}
