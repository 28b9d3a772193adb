import { wholeWarPeriod } from './war-periods.js';
import type { Claim, Period, Place, Span, Stance, Subject } from '../contracts/claim.js';
import { findAttribution, findVia, type Attribution } from './attribution.js';
import { namesAttack } from './attack-context.js';
import { choosePlace, placeCandidates, type PlaceCandidate } from './claim-place.js';
import { type EmbeddedAttribution, embeddedAttributions } from './embedded-attribution.js';
import { chooseRate, SentencePeriods } from './claim-period.js';
import { namesDisaster, subjectOf } from './claim-subject.js';
import { isIncludedPart, periodOfWhole } from './included-parts.js';
import { claimStance } from './stance-cues.js';
import { deniedNumber } from './denied-numbers.js';
import { findCounts } from './counts.js';
import { shareHeads } from './shared-heads.js';
import { dropNonCounts } from './non-counts.js';
import { datelineEnd } from './datelines.js';
import { claimId } from './claim-id.js';
import { findDenials, findZeros } from './denials.js';
import { denialClaims, zeroClaims } from './denial-claims.js';
import { linkCounts, type Link } from './link.js';
import { findNumbers } from './numbers.js';
import { isDeployableGroup } from './deployments.js';
import { findOutcomeCues, mayHoldClaim } from './outcomes.js';
import { findRates } from './periods.js';
import { splitSentences } from './sentences.js';
import { forwardedSpeaker, namesThePostItself } from './post-speaker.js';
import { findSides } from './sides.js';
import { SpeakerMemory } from './speakers.js';
import { QuotedSpeakers } from './quoted-speakers.js';
import { mayFollowOn, trailingSpeakerOf } from './follow-on.js';
import { isListItem, lineBefore, startsParagraph } from './continuations.js';
import { ownCopy } from './chars.js';
import { mannerOf, weaponManner } from './weapon-manner.js';
import { incidentOf, shareSentenceIncident } from './incidents.js';
import { fillTotalBreakdowns } from './total-breakdowns.js';
import { unquoteCounts } from './quoted-counts.js';
import { findFabricatedFigures } from './fabricated-figures.js';

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
  /** The channel a forwarded post came from (a Telegram export's forwarded_from): the speaker of what the post does not attribute. */
  forwardedFrom?: string | null;
}

/** What the extractor remembers across the sentences of one document. */
interface DocumentContext {
  /** Speakers named so far, for "Kirby" or "he" referring back. */
  speakers: SpeakerMemory;
  /** The speakers of quotations, for the sentences inside them that name none. */
  quotes: QuotedSpeakers;
  /** The document's text and the sentence before the current one, for figures that go on with its speaker. */
  text: string;
  previous: Span | null;
  /** The last group of people a claim counted, for denials and "others". */
  lastSubject: Subject | null;
  /** The last group said to be deployed, for "deny the deployment". */
  deployedSubject: Subject | null;
  /** The last period a claim covered, for "over the same period". */
  lastPeriod: Period | null;
  /** Where the last claim counted, for a denial of "the figures" just given. */
  lastLocation: Place | null;
}

const CONFIDENCE: Record<Link['rule'], number> = { object: 0.8, subject: 0.75, chain: 0.7, toll: 0.75 };

/** A deployment counts soldiers; "seized" counts people only when people are named. */
function plausible(link: Link, sentence: string): boolean {
  const { cue, count } = link;
  if (cue.outcome === 'deployed') {
    return isDeployableGroup(count.group, sentence);
  }
  if (/^seized$/i.test(cue.text)) return count.group.head !== null;
  return true;
}

/** "Many deaths … rose to 99": when a cue has a number, the quantifier without one is not a second claim. */
function dropVagueDuplicates(links: readonly Link[]): Link[] {
  return links.filter((link) => link.count.quantity !== null || !links.some((other) => other !== link && other.cue === link.cue && other.count.quantity !== null));
}

/**
 * What is known about one sentence, computed only when a claim needs it:
 * most sentences that pass the gate hold no claim, and attribution, places
 * and periods are the expensive recognisers.
 */
class SentenceAnalysis {
  private attributionValue: Attribution | null | undefined;
  /** Whether the sentence names its own speaker (not one carried over from before). */
  namesSpeaker = false;
  private placesValue: PlaceCandidate[] | undefined;
  private ratesValue: ReturnType<typeof findRates> | undefined;
  private sidesValue: ReturnType<typeof findSides> | undefined;
  private weaponMannerValue: string | null | undefined;
  private namesDisasterValue: boolean | undefined;
  private namesAttackValue: boolean | undefined;
  readonly periods: SentencePeriods;

  constructor(
    readonly text: string,
    private readonly context: DocumentContext,
    reference: Date | null,
    /** Where the sentence starts in its document. */
    private readonly at = 0,
  ) {
    this.periods = new SentencePeriods(text, reference);
  }

  get attribution(): Attribution | null {
    if (this.attributionValue === undefined) {
      // findAttribution gives a fresh object: its speaker is resolved in place.
      const found = findAttribution(this.text);
      const speaker = found ? this.context.speakers.resolve(found.speaker) : null;
      if (found && speaker) {
        found.speaker = speaker;
        if (found.relay) found.relay = this.context.speakers.resolve(found.relay);
        this.context.speakers.remember(speaker, found, this.text);
        this.namesSpeaker = true;
      }
      this.attributionValue =
        found && speaker
          ? found
          : (this.context.quotes.around(this.at, this.at + this.text.length) ?? this.context.speakers.carriedAttribution(this.text) ?? this.followOn());
    }
    return this.attributionValue;
  }

  /** The speaker named at the end of the sentence just before, when this one goes on with its figures (follow-on.ts). */
  private followOn(): Attribution | null {
    const previous = this.context.previous;
    if (!previous || previous.end > this.at) return null;
    const before = this.context.text.slice(previous.start, previous.end);
    if (!mayFollowOn(before, this.text, this.context.text.slice(previous.end, this.at))) return null;
    const found = trailingSpeakerOf(before);
    const speaker = found ? this.context.speakers.resolve(found.speaker) : null;
    return found && speaker ? { ...found, speaker, start: 0, end: 0 } : null;
  }

  /** Reads the sentence's attribution; whether it names its own speaker. */
  readsSpeaker(): boolean {
    void this.attribution;
    return this.namesSpeaker;
  }

  get speakerSpan(): Span | null {
    const a = this.attribution;
    return a ? { start: a.start, end: a.end, text: a.speaker.text } : null;
  }

  private clauseValue: Attribution | null | undefined;

  /**
   * "X said they had killed 50, while Y said around 100 had been killed":
   * a claim after a contrasting clause that opens with its own speaker and
   * speech verb is that clause’s speaker’s, not the sentence’s.
   */
  attributionAt(position: number): Attribution | null {
    const main = this.attribution;
    if (this.clauseValue === undefined) {
      const clause = CONTRAST_CLAUSE.exec(this.text);
      const start = clause ? clause.index + clause[0].length : -1;
      const found = clause && (!main || main.end <= clause.index) ? findAttribution(this.text.slice(start)) : null;
      const speaker = found && found.start === 0 && found.speaker.text !== main?.speaker.text ? this.context.speakers.resolve(found.speaker) : null;
      if (found && speaker) {
        found.speaker = speaker;
        this.clauseValue = { ...found, start: found.start + start, end: found.end + start };
      } else this.clauseValue = null;
    }
    if (this.clauseValue && position >= this.clauseValue.end) return this.clauseValue;
    // "… bodies of 62 soldiers …, but relatives say few have been identified": a speaker opening a later contrasting clause speaks for that clause only.
    if (main && position < main.start) {
      const opening = CLAUSE_OPENING.exec(this.text.slice(Math.max(0, main.start - 16), main.start));
      if (opening) return this.beforeClause(main.start - opening[0].length);
    }
    return main;
  }

  private readonly beforeClauseValues = new Map<number, Attribution | null>();

  /** The speaker of the words before a contrasting clause ("Officials said 40 were killed, but the army said 12"), or null. */
  private beforeClause(end: number): Attribution | null {
    let before = this.beforeClauseValues.get(end);
    if (before === undefined) {
      const found = findAttribution(this.text.slice(0, end));
      const speaker = found ? this.context.speakers.resolve(found.speaker) : null;
      before = found && speaker ? { ...found, speaker } : null;
      this.beforeClauseValues.set(end, before);
    }
    return before;
  }

  private embeddedValue: EmbeddedAttribution[] | undefined;

  /**
   * The attribution of the claim whose count spans `count`: a speaker in a
   * relative clause on a count ("including 33 the military says are dead")
   * gives that count and no other, which keep the words before it.
   */
  attributionOfCount(count: { start: number; end: number }, position: number): Attribution | null {
    this.embeddedValue ??= embeddedAttributions(this.text);
    const embedded = this.embeddedValue;
    if (embedded.length === 0) return this.attributionAt(position);
    const own = embedded.find((e) => e.numberStart >= count.start && e.numberEnd <= count.end);
    if (own) {
      const speaker = this.context.speakers.resolve(own.attribution.speaker);
      return speaker ? { ...own.attribution, speaker } : null;
    }
    const main = this.attributionAt(position);
    const inside = main && embedded.find((e) => e.attribution.start < main.end && main.start < e.attribution.end);
    return inside ? this.beforeClause((embedded[0] as EmbeddedAttribution).numberStart) : main;
  }

  get sides(): ReturnType<typeof findSides> {
    this.sidesValue ??= findSides(this.text);
    return this.sidesValue;
  }

  private datelineValue: number | undefined;

  /** Where the sentence's last claim ends. */
  get claimsEnd(): number {
    return this.periods.claimExtent[1];
  }

  /** Where the sentence's dateline ends ("SEOUL —"), 0 when it has none. */
  get datelineEnd(): number {
    this.datelineValue ??= datelineEnd(this.text);
    return this.datelineValue;
  }

  get places(): PlaceCandidate[] {
    this.placesValue ??= placeCandidates(this.text);
    return this.placesValue;
  }

  get rates(): ReturnType<typeof findRates> {
    this.ratesValue ??= findRates(this.text);
    return this.ratesValue;
  }

  get weaponManner(): string | null {
    if (this.weaponMannerValue === undefined) this.weaponMannerValue = weaponManner(this.text);
    return this.weaponMannerValue;
  }

  /** A flood, a crash, a fire: the people it counts are civilians. */
  get namesDisaster(): boolean {
    this.namesDisasterValue ??= namesDisaster(this.text);
    return this.namesDisasterValue;
  }

  /** A strike, shelling, a bomb, gunmen, and no battle: the people it counts are civilians. */
  get namesAttack(): boolean {
    this.namesAttackValue ??= namesAttack(this.text);
    return this.namesAttackValue;
  }
}

export function extractClaims(doc: ExtractInput): Claim[] {
  const published = doc.published ? new Date(doc.published) : null;
  const reference = published && !Number.isNaN(published.getTime()) ? published : null;
  const speakers = new SpeakerMemory();
  const sentences = splitSentences(doc.text);
  const quotes = new QuotedSpeakers(doc.text, sentences, (speaker) => speakers.resolve(speaker));
  const context: DocumentContext = { speakers, quotes, text: doc.text, previous: null, lastSubject: null, deployedSubject: null, lastPeriod: null, lastLocation: null };
  const postSpeaker = forwardedSpeaker(doc.text, doc.forwardedFrom);
  if (postSpeaker) context.speakers.remember(postSpeaker);
  const claims: Claim[] = [];
  let previousEnd = -1;
  let previousSpan: Span | null = null;
  for (const span of sentences) {
    context.previous = previousSpan;
    previousSpan = span;
    context.speakers.next(previousEnd >= 0 && startsParagraph(doc.text, previousEnd, span.start), () => isListItem(span.text, lineBefore(doc.text, span.start)), span.text);
    previousEnd = span.end;
    if (!mayHoldClaim(span.text)) {
      rememberSentence(span.text, context, reference);
      continue;
    }
    // The recognisers read a claim sentence dozens of times: a flat copy of the slice pays for itself.
    const sentence = unquoteCounts(maskUrls(ownCopy(span.text)));
    const cues = findOutcomeCues(sentence);
    const denials = [...findDenials(sentence), ...findFabricatedFigures(sentence)];
    const zeros = findZeros(sentence);
    if (cues.length === 0 && denials.length === 0 && zeros.length === 0) {
      rememberSentence(sentence, context, reference, false);
      continue;
    }
    const counts = cues.length > 0 ? shareHeads(sentence, dropNonCounts(sentence, findCounts(sentence, findNumbers(sentence)))) : [];
    const links = dropVagueDuplicates(linkCounts(sentence, counts, cues).filter((link) => plausible(link, sentence)));
    const analysis = new SentenceAnalysis(sentence, context, reference, span.start);
    if (links.length > 0) {
      analysis.periods.claimExtent = [
        Math.min(...links.map((l) => Math.min(l.count.start, l.cue.start))),
        Math.max(...links.map((l) => Math.max(l.count.group.end, l.cue.end, l.count.end))),
      ];
    }
    if (links.length === 0 && denials.length === 0 && zeros.length === 0) {
      // No claim here, but a speaker named here may be referred to later ("…, she reported").
      if (!SPEECH_HINT.test(sentence)) context.speakers.rememberSentence(sentence);
      else if (!analysis.readsSpeaker()) context.speakers.rememberSentence(sentence, false);
      continue;
    }
    // splitSentences gives spans of the document's own text: the evidence is the span itself.
    const evidence = span;
    const via = findVia(sentence);
    const sentenceFirst = claims.length;
    for (const link of links) {
      const denied = deniedNumber(sentence, link.count.start);
      const attribution = analysis.attributionOfCount(link.count, Math.min(link.count.start, link.cue.start)) ?? denied?.denier ?? null;
      // "Two doctors and a nurse in Mekelle said they could not say how many were killed": the speakers are no count of victims.
      if (attribution && link.count.start >= attribution.start && link.count.end <= attribution.end) continue;
      const speakerSpan = attribution ? { start: attribution.start, end: attribution.end, text: attribution.speaker.text } : null;
      const subject = subjectOf(link, links, analysis, speakerSpan, context.lastSubject);
      const claimStart = Math.min(link.count.start, link.cue.start);
      const claimEnd = Math.max(link.count.group.end, link.cue.end, link.count.end);
      const own = attribution && !(postSpeaker && namesThePostItself(attribution.speaker)) ? attribution : null;
      const stance: Stance = denied ? 'denied' : (claimStance(sentence, claimStart, claimEnd) ?? own?.stance ?? (postSpeaker ? 'asserted' : 'reported'));
      const speaker = own?.speaker ?? postSpeaker;
      const quantity = link.count.quantity;
      // A part set inside its total ("…, including five in the city on Wednesday") is dated by its own words, else by its total's.
      const periodFrom = isIncludedPart(sentence, link.count.start) ? link.count.start : claimStart;
      const period = analysis.periods.of(periodFrom, claimEnd, context.lastPeriod) ?? periodOfWhole(sentence, periodFrom, claims.slice(sentenceFirst)) ?? wholeWarPeriod(sentence, claimStart, claimEnd, link.count.start);
      if (period) context.lastPeriod = period;
      claims.push({
        id: claimId(doc.id, span.start + link.count.start, span.start + link.count.end, link.cue.outcome, quantity?.value ?? null, speaker?.text ?? null),
        doc: doc.id,
        sentence: evidence,
        outcome: link.cue.outcome,
        manner: mannerOf(link, sentence, () => analysis.weaponManner),
        subject,
        quantity,
        rate: chooseRate(analysis.rates, link.count.end),
        period,
        location: choosePlace(analysis, claimStart, claimEnd, speakerSpan, link.cue.outcome === 'deployed'),
        speaker,
        via,
        relay: attribution?.relay ?? null,
        incident: link.cue.outcome === 'deployed' ? null : incidentOf(sentence, claimStart, claimEnd, reference),
        stance,
        confidence: Math.min(0.95, CONFIDENCE[link.rule] + (link.count.group.head ? 0.1 : 0) + (speaker ? 0.05 : 0)),
      });
      context.lastSubject = subject;
      context.lastLocation = (claims[claims.length - 1] as Claim).location;
      if (link.cue.outcome === 'deployed') context.deployedSubject = subject;
    }
    shareSentenceIncident(claims.slice(sentenceFirst));
    claims.push(...denialClaims(doc, span, denials, analysis, context));
    claims.push(...zeroClaims(doc, span, zeros, analysis, via, postSpeaker));
  }
  fillTotalBreakdowns(claims);
  return claims;
}


/**
 * A sentence without claims, remembered for the references back to it. One
 * that introduces what follows with a colon ("The army said in a statement:")
 * is read now: its speaker carries over to the list after it.
 */
function rememberSentence(sentence: string, context: DocumentContext, reference: Date | null, people = true): void {
  if (endsWithColon(sentence) && new SentenceAnalysis(sentence, context, reference).readsSpeaker()) return;
  context.speakers.rememberSentence(sentence, people);
}

/** Whether the sentence ends on a colon (before closing quotes or spaces). */
function endsWithColon(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && /[\s"“”'‘’]/.test(sentence[end - 1] as string)) end--;
  return sentence.charCodeAt(end - 1) === 58;
}

const CONTRAST_CLAUSE = /,\s+(?:while|whereas)\s+|;\s+/;
/** What opens a contrasting clause right before its speaker: ", but", ", although", "; ". */
const CLAUSE_OPENING = /(?:,\s+(?:but|although|though|whereas|while)|;)\s+(?:the\s+|some\s+|many\s+)?$/i;
const SPEECH_HINT = /\b(?:said|says|told|stated|announced|reported|according)\b/;

/** Numbers inside links ("…/2024/12/27/…") are not claims: URLs are blanked, offsets kept. */
function maskUrls(sentence: string): string {
  return sentence.includes('://') || sentence.includes('www.') ? sentence.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length)) : sentence;
}
