import type { Place, Span } from '../contracts/claim.js';
import { findPlaces } from './places.js';
import { findSides } from './sides.js';
import { isWhereSpoken } from './speech-places.js';

/**
 * Where a claim happened: a place introduced by a locative preposition ("in
 * the Kursk region", "near Ipi village"), from the gazetteer or a capitalised
 * name, near the claim and outside the speaker's words.
 */
const LOCATIVE = /(?:^|\b)(?<!back\s|home\s)(?:in|near|at|across|around|outside|inside|throughout|on|of)\s+(?:the\s+)?(?:(?!(?:with|by|to|from|for|against|after|before|during)\s)[\p{L}'’.-]+\s+){0,3}$/iu;
/** A capitalised name after a locative preposition: places the gazetteer does not know ("in Kaya", "at Jameela fruit market"). */
const NAMED_PLACE = /\b(?<!back\s|home\s)(?:in|near|at|outside|around|across|inside)\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’-]+|of|de|al|el|fruit|market|square|camp|village|town|city|district|province|region|state|county|area|island|islands))*)/gu;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|A|An|His|Her|Their|Its|Islamic|Al|Reuters|AFP|AP|Telegram|Twitter|Facebook)\b/u;
const PLACE_WINDOW = 160;

export interface PlaceCandidate {
  start: number;
  end: number;
  place: Place;
  specific: boolean;
  /** Whether it is where a statement was made (isWhereSpoken), once a claim has asked. */
  spoken: boolean | undefined;
}

/** What choosePlace reads of a sentence. */
export interface PlaceEvidence {
  readonly text: string;
  readonly places: PlaceCandidate[];
  /** Where the sentence's dateline ends, 0 when it has none. */
  readonly datelineEnd: number;
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
 * The places a sentence names as where something happened: gazetteer places
 * after a locative preposition, and capitalised names after one that the
 * gazetteer does not know; left to right.
 */
export function placeCandidates(sentence: string): PlaceCandidate[] {
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
 * statement was made ("told reporters in Seoul"). A region or town is
 * preferred to the country around it.
 */
export function choosePlace(analysis: PlaceEvidence, claimStart: number, claimEnd: number, exclude: Span | null): Place | null {
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
