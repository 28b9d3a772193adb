import type { Claim, Outcome, Place, Period, Rate, Speaker, Span, Stance, Subject, SubjectKind } from '../contracts/claim.js';
import { findAttribution, findVia, localStance, type Attribution } from './attribution.js';
import { findCounts } from './counts.js';
import { datelineEnd } from './datelines.js';
import { KeyHash } from './key-hash.js';
import { isWhereSpoken } from './speech-places.js';
import { losingSide } from './losing-side.js';
import { findDenials, findZeros, type Denial } from './denials.js';
import { linkCounts, type Link } from './link.js';
import { findNumbers } from './numbers.js';
import { findOutcomeCues, mayHoldClaim } from './outcomes.js';
import { findPeriods, findRates } from './periods.js';
import { findPlaces } from './places.js';
import { splitSentences } from './sentences.js';
import { findSides, sideOf } from './sides.js';
import { kindOfNoun } from './groups.js';
import { SpeakerMemory } from './speakers.js';
import { isListItem, lineBefore, startsParagraph } from './continuations.js';

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
  speakers: SpeakerMemory;
  /** The last group of people a claim counted, for denials and "others". */
  lastSubject: Subject | null;
  /** The last group said to be deployed, for "deny the deployment". */
  deployedSubject: Subject | null;
}

/**
 * Stable claim id: the same document, span and reading always give the same
 * id. A 64-bit FNV-1a over the key `doc|start|end|outcome|value|speaker` is
 * enough to tell a document's claims apart and costs a fraction of SHA-256;
 * the key is hashed piece by piece rather than built.
 */
export function claimId(doc: string, start: number, end: number, outcome: Outcome, value: number | null, speaker: string | null): string {
  const hash = new KeyHash().add(doc).add('|').add(String(start)).add('|').add(String(end)).add('|').add(outcome).add('|');
  return `c_${hash.add(String(value ?? '')).add('|').add(speaker ?? '').hex()}`;
}

function subjectOf(link: Link, links: readonly Link[], analysis: SentenceAnalysis, exclude: Span | null, context: DocumentContext): Subject {
  const sentence = analysis.text;
  const { count } = link;
  const group = count.group;
  let text = group.others ? sentence.slice(count.start, Math.max(count.end, group.end)) : group.text;
  let kind: SubjectKind | null = group.kind;
  let affiliation = sideOf(group.text);
  if (!group.head || group.others) {
    const sibling = links
      .filter((l) => l !== link && l.count.group.head && !l.count.group.others)
      .sort((a, b) => Math.abs(a.count.start - count.start) - Math.abs(b.count.start - count.start))[0];
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
    const before = analysis.sides.filter((s) => s.end <= count.start && (!exclude || s.end <= exclude.start || s.start >= exclude.end));
    affiliation = before.filter((s) => s.country !== null).pop()?.country ?? losingSide(sentence, count.start);
  }
  // "people" killed in an attack may include fighters; in a flood or a crash they are civilians.
  if (group.head && /^(?:people|persons?)$/i.test(group.head)) kind = analysis.namesDisaster ? 'civilian' : null;
  if (!kind && !group.head && context.lastSubject) kind = context.lastSubject.kind;
  if (!kind && !group.head && analysis.namesDisaster) kind = 'civilian';
  if (!kind && link.cue.outcome === 'deployed') kind = 'military';
  return { text, affiliation, kind };
}

const PERIOD_WINDOW = 50;
const RELATIVE = /\b(?:last|past|previous|over|in|during|within)\b.*\b(?:days?|weeks?|months?|hours?)\b/i;

function anchored(analysis: SentenceAnalysis, period: Period | null): Period | null {
  return period ? analysis.anchorPeriod(period) : null;
}
/** Words without which no period can be near a claim: checked before the period recogniser runs. */
const PERIOD_HINT = /\b(?:since|yesterday|today|tonight|weekend|overnight|daily|weeks?|months?|years?|days?|hours?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}-\d{2})\b/i;

function choosePeriod(periods: ReturnType<typeof findPeriods>, claimStart: number, claimEnd: number): Period | null {
  // The period a number covers follows it closely or sits inside the claim; a date before it is usually when it was said.
  const chosen = periods.find((p) => !p.anchorOnly && (p.days !== null || p.startDate !== null) && p.start >= claimStart - 10 && p.start - claimEnd <= PERIOD_WINDOW);
  return chosen ? { text: chosen.text, start: chosen.startDate, end: chosen.endDate } : null;
}

function chooseRate(rates: ReturnType<typeof findRates>, countEnd: number): Rate | null {
  return rates.find((r) => r.start >= countEnd && r.start - countEnd < 40)?.rate ?? null;
}

const LOCATIVE = /(?:^|\b)(?<!back\s|home\s)(?:in|near|at|across|around|outside|inside|throughout|on|of)\s+(?:the\s+)?(?:(?!(?:with|by|to|from|for|against|after|before|during)\s)[\p{L}'’.-]+\s+){0,3}$/iu;
/** A capitalised name after a locative preposition: places the gazetteer does not know ("in Kaya", "at Jameela fruit market"). */
const NAMED_PLACE = /\b(?<!back\s|home\s)(?:in|near|at|outside|around|across|inside)\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’-]+|of|de|al|el|fruit|market|square|camp|village|town|city|district|province|region|state|county|area|island|islands))*)/gu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|A|An|His|Her|Their|Its|Islamic|Al|Reuters|AFP|AP|Telegram|Twitter|Facebook)\b/u;
const PLACE_WINDOW = 160;

interface PlaceCandidate {
  start: number;
  end: number;
  place: Place;
  specific: boolean;
  /** Whether it is where a statement was made (isWhereSpoken), once a claim has asked. */
  spoken: boolean | undefined;
}

function namedPlaces(sentence: string): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  NAMED_PLACE.lastIndex = 0;
  for (let m = NAMED_PLACE.exec(sentence); m; m = NAMED_PLACE.exec(sentence)) {
    const text = (m[1] ?? '').replace(/\s+(?:of|de|al|el)$/, '');
    if (NOT_PLACES.test(text) || findSides(text)[0]?.start === 0 || /['’]s$/.test(text) || /^\p{Lu}{1,4}$/u.test(text)) continue;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    found.push({ start, end: start + text.length, place: { text, name: text, country: null }, specific: true, spoken: undefined });
  }
  return found;
}

/**
 * The place a claim is about: a place introduced by a locative preposition
 * ("in the Kursk region", "near Ipi village"), from the gazetteer or a
 * capitalised name, near the claim and outside the speaker's words; the first
 * after the claim, a region or town preferred to the country around it.
 */
function placeCandidates(sentence: string): PlaceCandidate[] {
  const gazetteer = findPlaces(sentence);
  const known: PlaceCandidate[] = gazetteer
    .filter((p) => LOCATIVE.test(sentence.slice(Math.max(0, p.start - 80), p.start)))
    .map((p) => ({ start: p.start, end: p.end, place: { text: p.text, name: p.name, country: p.country }, specific: p.level !== 'country', spoken: undefined }));
  const named = namedPlaces(sentence).filter((n) => !gazetteer.some((k) => k.start < n.end && n.start < k.end));
  return [...known, ...named].sort((a, b) => a.start - b.start);
}

/**
 * The place of a claim: the first named after it, else one inside it ("the
 * number killed in the strike on Kramatorsk has risen to 52"), else the last
 * before it; never one in a dateline, in the speaker's words, or where the
 * statement was made ("told reporters in Seoul").
 */
function choosePlace(analysis: SentenceAnalysis, claimStart: number, claimEnd: number, exclude: Span | null): Place | null {
  const { places, text: sentence } = analysis;
  const dateline = places.length > 0 ? analysis.datelineEnd : 0;
  const candidates = places
    .filter((p) => p.start >= dateline && (!exclude || p.end <= exclude.start || p.start >= exclude.end) && !(p.spoken ??= isWhereSpoken(sentence, p.start)))
    .filter((p) => (p.start >= claimStart && p.start - claimEnd <= PLACE_WINDOW) || (p.end <= claimStart && claimStart - p.end <= PLACE_WINDOW));
  const after = candidates.filter((p) => p.start >= claimEnd);
  const within = candidates.filter((p) => p.start >= claimStart && p.start < claimEnd);
  const pool = after.length > 0 ? after : within.length > 0 ? within : candidates.slice(-1);
  const first = pool[0];
  if (!first) return null;
  // "Indonesia's Sunda Strait", "Turkey's southeastern province of Sirnak": the specific place after its country.
  const inside = pool.find((p) => p.specific && p.start >= first.end && p.start - first.end <= 60);
  const chosen = !first.specific && inside ? inside : first;
  return chosen.place;
}

const DISASTER = /\b(?:floods?|flooding|flash\s+floods|tsunami|earthquake|quake|eruption|volcan\w*|landslides?|mudslides?|storms?|cyclone|typhoon|hurricane|tornado|avalanche|heatwave|crash(?:ed)?|collision|derail\w*|capsized|sank|fire|blaze|spill|leak|poisoning|adulterated|toxins?|stampede|collapse[ds]?|fireworks|accident|rains)\b/i;
const DRONE = /\bdrones?\b|\bkamikaze\b|\bUAVs?\b/i;
const CHEMICAL = /\b(?:poison(?:ous)?\s+gas|chemical|chlorine|sarin|mustard\s+gas|nerve\s+agent|toxic\s+gas)\b/i;

/** Words without which neither DRONE nor CHEMICAL can match (both ignore ASCII case only). */
const WEAPON_WORDS = ['drone', 'kamikaze', 'uav', 'gas', 'chemical', 'chlorine', 'sarin', 'nerve'];

/** The manner a sentence's weapon gives its killings and woundings: "drone strike", "chemical attack". */
function weaponManner(sentence: string): string | null {
  const lower = sentence.toLowerCase();
  if (!WEAPON_WORDS.some((word) => lower.includes(word))) return null;
  if (DRONE.test(sentence)) return 'drone strike';
  if (CHEMICAL.test(sentence)) return 'chemical attack';
  return null;
}

function mannerOf(link: Link, analysis: SentenceAnalysis): string | null {
  if (link.cue.manner) return link.cue.manner;
  if (link.cue.outcome === 'deployed' || link.cue.outcome === 'captured' || link.cue.outcome === 'surrendered') return null;
  return analysis.weaponManner;
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
  private periodsValue: ReturnType<typeof findPeriods> | undefined;
  private weaponMannerValue: string | null | undefined;
  private namesDisasterValue: boolean | undefined;
  /** From the start of the first claim to the end of the last, where periods can be. */
  claimExtent: readonly [number, number] = [0, 0];
  private statementDate: string | undefined;

  constructor(
    readonly text: string,
    private readonly context: DocumentContext,
    private readonly reference: Date | null,
  ) {}

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
      this.attributionValue = found && speaker ? found : this.context.speakers.carriedAttribution(this.text);
    }
    return this.attributionValue;
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
    return this.clauseValue && position >= this.clauseValue.end ? this.clauseValue : main;
  }

  /**
   * Periods near one claim. The period a number covers starts right after it
   * or inside the claim, so the date recogniser (the costliest one) runs only
   * when a time word stands there.
   */
  periodsNear(claimStart: number, claimEnd: number): ReturnType<typeof findPeriods> {
    if (!PERIOD_HINT.test(this.text.slice(Math.max(0, claimStart - 10), Math.min(this.text.length, claimEnd + PERIOD_WINDOW + 30)))) return [];
    if (!this.periodsValue) {
      // One read of the words around all of the sentence's claims; offsets are shifted back into the sentence.
      const [first, last] = this.claimExtent;
      const from = Math.max(0, first - 25);
      const to = Math.min(this.text.length, last + PERIOD_WINDOW + 40);
      this.periodsValue = findPeriods(this.text.slice(from, to), this.reference).map((p) => ({ ...p, start: p.start + from, end: p.end + from }));
    }
    return this.periodsValue;
  }

  /**
   * The day a statement was made when the sentence says so ("said on
   * December 22 that …"): a relative period ("over three days") counts back
   * from it, not from the publication date.
   */
  anchorPeriod(period: Period): Period {
    if (!this.reference || !period.start || !period.end || !RELATIVE.test(period.text)) return period;
    const published = this.reference.toISOString().slice(0, 10);
    if (period.end !== published) return period;
    this.statementDate ??= findPeriods(this.text, this.reference).find((p) => p.anchorOnly && p.startDate)?.startDate ?? '';
    if (!this.statementDate || this.statementDate >= published) return period;
    const days = Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000);
    const end = new Date(Date.parse(this.statementDate));
    const start = new Date(end.getTime() - days * 86_400_000);
    return { text: period.text, start: start.toISOString().slice(0, 10), end: this.statementDate };
  }

  get sides(): ReturnType<typeof findSides> {
    this.sidesValue ??= findSides(this.text);
    return this.sidesValue;
  }

  private datelineValue: number | undefined;

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
    this.namesDisasterValue ??= DISASTER.test(this.text);
    return this.namesDisasterValue;
  }
}

export function extractClaims(doc: ExtractInput): Claim[] {
  const published = doc.published ? new Date(doc.published) : null;
  const reference = published && !Number.isNaN(published.getTime()) ? published : null;
  const context: DocumentContext = { speakers: new SpeakerMemory(), lastSubject: null, deployedSubject: null };
  const claims: Claim[] = [];
  let previousEnd = -1;
  for (const span of splitSentences(doc.text)) {
    context.speakers.next(previousEnd >= 0 && startsParagraph(doc.text, previousEnd, span.start), () => isListItem(span.text, lineBefore(doc.text, span.start)));
    previousEnd = span.end;
    if (!mayHoldClaim(span.text)) {
      rememberSentence(span.text, context, reference);
      continue;
    }
    const sentence = maskUrls(ownCopy(span.text));
    const cues = findOutcomeCues(sentence);
    const denials = findDenials(sentence);
    const zeros = findZeros(sentence);
    if (cues.length === 0 && denials.length === 0) {
      rememberSentence(sentence, context, reference, false);
      continue;
    }
    const counts = cues.length > 0 ? findCounts(sentence, findNumbers(sentence)) : [];
    const links = dropVagueDuplicates(linkCounts(sentence, counts, cues).filter((link) => plausible(link, sentence)));
    const analysis = new SentenceAnalysis(sentence, context, reference);
    if (links.length > 0) {
      analysis.claimExtent = [
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
    for (const link of links) {
      const attribution = analysis.attributionAt(Math.min(link.count.start, link.cue.start));
      const speakerSpan = attribution ? { start: attribution.start, end: attribution.end, text: attribution.speaker.text } : null;
      const subject = subjectOf(link, links, analysis, speakerSpan, context);
      const stance: Stance = localStance(sentence.slice(0, Math.min(link.count.start, link.cue.start))) ?? attribution?.stance ?? 'reported';
      const speaker = attribution?.speaker ?? null;
      const quantity = link.count.quantity;
      const claimStart = Math.min(link.count.start, link.cue.start);
      const claimEnd = Math.max(link.count.group.end, link.cue.end, link.count.end);
      claims.push({
        id: claimId(doc.id, span.start + link.count.start, span.start + link.count.end, link.cue.outcome, quantity?.value ?? null, speaker?.text ?? null),
        doc: doc.id,
        sentence: evidence,
        outcome: link.cue.outcome,
        manner: mannerOf(link, analysis),
        subject,
        quantity,
        rate: chooseRate(analysis.rates, link.count.end),
        period: anchored(analysis, choosePeriod(analysis.periodsNear(claimStart, claimEnd), claimStart, claimEnd)),
        location: choosePlace(analysis, claimStart, claimEnd, speakerSpan),
        speaker,
        via,
        relay: attribution?.relay ?? null,
        stance,
        confidence: Math.min(0.95, CONFIDENCE[link.rule] + (link.count.group.head ? 0.1 : 0) + (speaker ? 0.05 : 0)),
      });
      context.lastSubject = subject;
      if (link.cue.outcome === 'deployed') context.deployedSubject = subject;
    }
    claims.push(...denialClaims(doc, span, denials, analysis, context));
    claims.push(...zeroClaims(doc, span, zeros, analysis, via));
  }
  return claims;
}

/**
 * The sentence as a string of its own. A sentence from splitSentences is a
 * slice of the document, and V8 reads a sliced string markedly slower than a
 * flat one in every regular expression and character test; the recognisers
 * read a claim sentence dozens of times, so one copy pays for itself.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
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
const SPEECH_HINT = /\b(?:said|says|told|stated|announced|reported|according)\b/;

/** Numbers inside links ("…/2024/12/27/…") are not claims: URLs are blanked, offsets kept. */
function maskUrls(sentence: string): string {
  return sentence.includes('://') || sentence.includes('www.') ? sentence.replace(/\b(?:https?:\/\/|www\.)\S+/g, (url) => ' '.repeat(url.length)) : sentence;
}

/**
 * Who a denial is about: the side named in what is denied ("that any North
 * Korean troops are there"), else the group the document last counted.
 */
function deniedSubject(denial: Denial, context: DocumentContext): Subject {
  // The side nearest the denied noun: "the US figures on Russian losses" is about Russians.
  const side = findSides(denial.object.text).filter((mention) => mention.country !== null).pop();
  const earlier = denial.outcome === 'deployed' ? context.deployedSubject : context.lastSubject;
  if (!side) return earlier ?? { text: '', affiliation: null, kind: null };
  const noun = /[\p{L}-]+$/u.exec(denial.object.text)?.[0] ?? '';
  const kind = kindOfNoun(noun) ?? (denial.outcome === 'deployed' ? 'military' : null);
  return { text: denial.object.text.slice(side.start), affiliation: side.country, kind };
}

function denialClaims(doc: ExtractInput, span: Span, denials: readonly Denial[], analysis: SentenceAnalysis, context: DocumentContext): Claim[] {
  return denials.flatMap((denial) =>
    denial.parties.map((party): Claim => {
      const speaker: Speaker = { text: party.text, name: null, org: party.text, country: sideOf(party.text) };
      const subject = deniedSubject(denial, context);
      return {
        id: claimId(doc.id, span.start + party.start, span.start + party.end, denial.outcome, null, party.text),
        doc: doc.id,
        sentence: span,
        outcome: denial.outcome,
        manner: null,
        subject,
        quantity: null,
        rate: null,
        period: null,
        location: choosePlace(analysis, denial.object.end, denial.object.end, denial.object),
        speaker,
        via: null,
        relay: null,
        stance: 'denied',
        confidence: 0.7,
      };
    }),
  );
}

function zeroClaims(doc: ExtractInput, span: Span, zeros: ReturnType<typeof findZeros>, analysis: SentenceAnalysis, via: string | null): Claim[] {
  if (zeros.length === 0) return [];
  const attribution = analysis.attribution;
  return zeros.map((zero): Claim => ({
    id: claimId(doc.id, span.start + zero.start, span.start + zero.end, zero.outcome, 0, attribution?.speaker.text ?? null),
    doc: doc.id,
    sentence: span,
    outcome: zero.outcome,
    manner: null,
    subject: { text: '', affiliation: null, kind: null },
    quantity: { text: zero.text, value: 0, min: 0, max: 0, bound: 'exact' },
    rate: null,
    period: null,
    location: choosePlace(analysis, zero.start, zero.end, null),
    speaker: attribution?.speaker ?? null,
    via,
    relay: attribution?.relay ?? null,
    stance: attribution?.stance ?? 'reported',
    confidence: 0.6,
  }));
}
