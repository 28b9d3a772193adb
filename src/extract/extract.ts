import { createHash } from 'node:crypto';
import type { Claim, Outcome, Place, Period, Rate, Speaker, Span, Stance, Subject, SubjectKind } from '../contracts/claim.js';
import { findAttribution, findVia, localStance, type Attribution } from './attribution.js';
import { findCounts, type Count } from './counts.js';
import { findDenials, findZeros } from './denials.js';
import { linkCounts, type Link } from './link.js';
import { findNumbers } from './numbers.js';
import { findOutcomeCues, mayHoldClaim } from './outcomes.js';
import { findPeriods, findRates } from './periods.js';
import { findPlaces } from './places.js';
import { splitSentences } from './sentences.js';
import { findSides, sideOf } from './sides.js';

/**
 * The claim extractor: sentences, a cheap gate, then the recognisers
 * (numbers, outcome cues, counted groups, attribution, periods, rates,
 * places, denials) and the refiners that combine them into claims.md records.
 */
export interface ExtractInput {
  id: string;
  text: string;
  /** ISO date or date-time the document was published; relative periods resolve against it. */
  published: string | null;
}

/** What the extractor remembers across the sentences of one document. */
interface DocumentContext {
  /** Speakers named so far, for "Kirby" or "he" referring back. */
  speakers: Speaker[];
  /** The last group of people a claim counted, for denials and "others". */
  lastSubject: Subject | null;
  /** The last group said to be deployed, for "deny the deployment". */
  deployedSubject: Subject | null;
}

export function claimId(doc: string, start: number, end: number, outcome: Outcome, value: number | null, speaker: string | null): string {
  const key = `${doc}|${start}|${end}|${outcome}|${value ?? ''}|${speaker ?? ''}`;
  return `c_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

const PRONOUN = /^(?:he|she|they|the\s+(?:spokesman|spokeswoman|spokesperson|official|minister|president))$/i;

/** Resolves "Kirby" or "he" to the speaker named earlier in the document. */
function resolveSpeaker(speaker: Speaker, context: DocumentContext): Speaker {
  const text = speaker.text.trim();
  if (PRONOUN.test(text)) {
    const earlier = [...context.speakers].reverse();
    const last = (/^they$/i.test(text) ? earlier.find((s) => s.org !== null) : earlier.find((s) => s.name !== null)) ?? earlier[0];
    return last ? { ...last, text } : { ...speaker, name: null, org: null };
  }
  const single = speaker.name && !speaker.name.includes(' ') ? speaker.name : null;
  if (single) {
    const earlier = [...context.speakers].reverse().find((s) => s.name?.split(/\s+/).pop() === single && s.name !== single);
    if (earlier) return { ...earlier, text };
  }
  return speaker;
}

function rememberSpeaker(speaker: Speaker, context: DocumentContext): void {
  if (!PRONOUN.test(speaker.text) && (speaker.name?.includes(' ') || speaker.org)) context.speakers.push(speaker);
}

function subjectOf(link: Link, links: readonly Link[], sentence: string, exclude: Span | null, context: DocumentContext): Subject {
  const { count } = link;
  const group = count.group;
  let text = group.others ? sentence.slice(count.start, Math.max(count.end, group.end)) : group.text;
  let kind: SubjectKind | null = group.kind;
  let affiliation = sideOf(group.text);
  if (!group.head || group.others) {
    const sibling = links.find((l) => l !== link && l.count.group.head && !l.count.group.others);
    const donor = sibling?.count.group ?? null;
    if (donor) {
      if (!group.head) text = donor.text;
      kind ??= donor.kind;
      affiliation ??= sideOf(donor.text);
    } else if (group.others && context.lastSubject) {
      kind ??= context.lastSubject.kind;
      affiliation ??= context.lastSubject.affiliation;
    }
  }
  if (!affiliation) {
    const before = findSides(sentence.slice(0, count.start)).filter((s) => !exclude || s.end <= exclude.start || s.start >= exclude.end);
    affiliation = before.filter((s) => s.country !== null).pop()?.country ?? null;
  }
  if (!kind && !group.head && context.lastSubject) kind = context.lastSubject.kind;
  if (!kind && link.cue.outcome === 'deployed') kind = 'military';
  return { text, affiliation, kind };
}

function choosePeriod(sentence: string, at: number, published: Date | null): Period | null {
  const periods = findPeriods(sentence, published).filter((p) => !p.anchorOnly && (p.days !== null || p.startDate !== null));
  const near = periods.filter((p) => p.start >= at - 10 && p.start - at < 120);
  const chosen = near[0];
  return chosen ? { text: chosen.text, start: chosen.startDate, end: chosen.endDate } : null;
}

function chooseRate(sentence: string, countEnd: number): Rate | null {
  const rate = findRates(sentence).find((r) => r.start >= countEnd && r.start - countEnd < 40);
  return rate?.rate ?? null;
}

const LOCATIVE = /(?:^|\b)(?<!back\s|home\s)(?:in|near|at|across|around|outside|inside|throughout|on|of)\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu;
const PLACE_WINDOW = 160;

/**
 * The place a claim is about: a place introduced by a locative preposition
 * ("in the Kursk region", "near Ipi village"), near the claim and outside
 * the speaker's words; a region or city is preferred to the country around it.
 */
function choosePlace(sentence: string, claimStart: number, claimEnd: number, exclude: Span | null): Place | null {
  const places = findPlaces(sentence)
    .filter((p) => !exclude || p.end <= exclude.start || p.start >= exclude.end)
    .filter((p) => LOCATIVE.test(sentence.slice(Math.max(0, p.start - 60), p.start)))
    .filter((p) => (p.start >= claimEnd && p.start - claimEnd <= PLACE_WINDOW) || (p.end <= claimStart && claimStart - p.end <= PLACE_WINDOW));
  const after = places.filter((p) => p.start >= claimEnd);
  const pool = after.length > 0 ? after : places.slice(-1);
  const chosen = pool.find((p) => p.level !== 'country') ?? pool[0];
  return chosen ? { text: chosen.text, name: chosen.name, country: chosen.country } : null;
}

const DRONE = /\bdrones?\b|\bkamikaze\b|\bUAVs?\b/i;
const CHEMICAL = /\b(?:poison(?:ous)?\s+gas|chemical|chlorine|sarin|mustard\s+gas|nerve\s+agent|toxic\s+gas)\b/i;

function mannerOf(link: Link, sentence: string): string | null {
  if (link.cue.manner) return link.cue.manner;
  if (link.cue.outcome === 'deployed' || link.cue.outcome === 'captured' || link.cue.outcome === 'surrendered') return null;
  if (DRONE.test(sentence)) return 'drone strike';
  if (CHEMICAL.test(sentence)) return 'chemical attack';
  return null;
}

const CONFIDENCE: Record<Link['rule'], number> = { object: 0.8, subject: 0.75, chain: 0.7, toll: 0.75 };

/** A deployment counts soldiers; "seized" counts people only when people are named. */
function plausible(link: Link, sentence: string): boolean {
  const { cue, count } = link;
  if (cue.outcome === 'deployed') {
    return count.group.kind === 'military' || (count.group.head === null && /\b(?:troops|soldiers|forces|servicemen)\b/i.test(sentence));
  }
  if (/^seized$/i.test(cue.text)) return count.group.head !== null;
  return true;
}

/** "Many deaths … rose to 99": when a cue has a number, the quantifier without one is not a second claim. */
function dropVagueDuplicates(links: readonly Link[]): Link[] {
  return links.filter((link) => link.count.quantity !== null || !links.some((other) => other !== link && other.cue === link.cue && other.count.quantity !== null));
}

function sentenceSpan(text: string, span: Span): Span {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

export function extractClaims(doc: ExtractInput): Claim[] {
  const published = doc.published ? new Date(doc.published) : null;
  const reference = published && !Number.isNaN(published.getTime()) ? published : null;
  const context: DocumentContext = { speakers: [], lastSubject: null, deployedSubject: null };
  const claims: Claim[] = [];
  for (const span of splitSentences(doc.text)) {
    if (!mayHoldClaim(span.text)) continue;
    const sentence = span.text;
    const found = findAttribution(sentence);
    const attribution: Attribution | null = found ? { ...found, speaker: resolveSpeaker(found.speaker, context) } : null;
    if (attribution) rememberSpeaker(attribution.speaker, context);
    const speakerSpan: Span | null = attribution ? { start: attribution.start, end: attribution.end, text: attribution.speaker.text } : null;
    const via = findVia(sentence);
    const evidence = sentenceSpan(doc.text, span);

    const cues = findOutcomeCues(sentence);
    const counts = findCounts(sentence, findNumbers(sentence));
    const links = dropVagueDuplicates(linkCounts(sentence, counts, cues).filter((link) => plausible(link, sentence)));
    for (const link of links) {
      const subject = subjectOf(link, links, sentence, speakerSpan, context);
      const stance: Stance = localStance(sentence.slice(0, Math.min(link.count.start, link.cue.start))) ?? attribution?.stance ?? 'reported';
      const speaker = attribution?.speaker ?? null;
      const quantity = link.count.quantity;
      const claimStart = Math.min(link.count.start, link.cue.start);
      claims.push({
        id: claimId(doc.id, span.start + link.count.start, span.start + link.count.end, link.cue.outcome, quantity?.value ?? null, speaker?.text ?? null),
        doc: doc.id,
        sentence: evidence,
        outcome: link.cue.outcome,
        manner: mannerOf(link, sentence),
        subject,
        quantity,
        rate: chooseRate(sentence, link.count.end),
        period: choosePeriod(sentence, claimStart, reference),
        location: choosePlace(sentence, claimStart, Math.max(link.count.group.end, link.cue.end, link.count.end), speakerSpan),
        speaker,
        via,
        stance,
        confidence: Math.min(0.95, CONFIDENCE[link.rule] + (link.count.group.head ? 0.1 : 0) + (speaker ? 0.05 : 0)),
      });
      context.lastSubject = subject;
      if (link.cue.outcome === 'deployed') context.deployedSubject = subject;
    }
    claims.push(...denialClaims(doc, span, sentence, context));
    claims.push(...zeroClaims(doc, span, sentence, attribution, via));
  }
  return claims;
}

function denialClaims(doc: ExtractInput, span: Span, sentence: string, context: DocumentContext): Claim[] {
  return findDenials(sentence).flatMap((denial) =>
    denial.parties.map((party): Claim => {
      const speaker: Speaker = { text: party.text, name: null, org: party.text, country: sideOf(party.text) ?? findSides(party.text)[0]?.country ?? null };
      const subject: Subject = (denial.outcome === 'deployed' ? context.deployedSubject : context.lastSubject) ?? { text: '', affiliation: null, kind: null };
      return {
        id: claimId(doc.id, span.start + party.start, span.start + party.end, denial.outcome, null, party.text),
        doc: doc.id,
        sentence: sentenceSpan(doc.text, span),
        outcome: denial.outcome,
        manner: null,
        subject,
        quantity: null,
        rate: null,
        period: null,
        location: null,
        speaker,
        via: null,
        stance: 'denied',
        confidence: 0.7,
      };
    }),
  );
}

function zeroClaims(doc: ExtractInput, span: Span, sentence: string, attribution: Attribution | null, via: string | null): Claim[] {
  return findZeros(sentence).map((zero): Claim => ({
    id: claimId(doc.id, span.start + zero.start, span.start + zero.end, zero.outcome, 0, attribution?.speaker.text ?? null),
    doc: doc.id,
    sentence: sentenceSpan(doc.text, span),
    outcome: zero.outcome,
    manner: null,
    subject: { text: '', affiliation: null, kind: null },
    quantity: { text: zero.text, value: 0, min: 0, max: 0, bound: 'exact' },
    rate: null,
    period: null,
    location: choosePlace(sentence, zero.start, zero.end, null),
    speaker: attribution?.speaker ?? null,
    via,
    stance: attribution?.stance ?? 'reported',
    confidence: 0.6,
  }));
}
