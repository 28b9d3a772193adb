import type { Place } from '../contracts/claim.js';

/**
 * A place given by a short distance from it: "25 kilometres (15 miles) from
 * Gorgadji", "10 km north of Kaya", "some 20 miles outside Mosul". Close by,
 * the named place is where it happened; far off ("120 km north of the
 * capital") it is only a landmark, so beyond MAX_KM the phrase names no place.
 */
const DISTANCE =
  /\b(\d{1,3}(?:[.,]\d+)?)\s*(km|kms|kilometres?|kilometers?|miles?)\s*(?:\([^)]{0,30}\)\s*)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|from|outside|off)\s+(?:the\s+(?:town|village|city)\s+of\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
const MAX_KM = 50;
/** Words without which no distance can match: tested first, as most sentences have none. */
const UNIT_WORD = /km|kilomet|mile/i;
const KM_PER_MILE = 1.609;

export interface DistancePlace {
  start: number;
  end: number;
  place: Place;
}

function kilometres(value: string, unit: string): number {
  const n = Number(value.replace(',', '.'));
  return /^mile/i.test(unit) ? n * KM_PER_MILE : n;
}

/** The places a sentence locates something near by a short distance from them. */
export function distancePlaces(sentence: string): DistancePlace[] {
  const found: DistancePlace[] = [];
  if (!UNIT_WORD.test(sentence)) return found;
  DISTANCE.lastIndex = 0;
  for (let m = DISTANCE.exec(sentence); m; m = DISTANCE.exec(sentence)) {
    if (kilometres(m[1] ?? '', m[2] ?? '') > MAX_KM) continue;
    const text = m[3] ?? '';
    const start = m.index + m[0].length - text.length;
    found.push({ start, end: start + text.length, place: { text, name: text, country: null } });
  }
  return found;
}

const FAR_BEFORE =
  /\b(\d{1,4}(?:[.,]\d+)?)\s*(km|kms|kilometres?|kilometers?|miles?)\s*(?:\([^)]{0,30}\)\s*)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|from|outside|off)\s+(?:the\s+(?:town|village|city)\s+of\s+)?$/u;

/** "150 kilometres north of Bamako": the place after is only a landmark far from where it happened. */
export function isFarLandmark(textBefore: string): boolean {
  const m = UNIT_WORD.test(textBefore) ? FAR_BEFORE.exec(textBefore) : null;
  return m !== null && kilometres(m[1] ?? '', m[2] ?? '') > MAX_KM;
}
