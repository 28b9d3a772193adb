import type { Place, Span } from '../contracts/claim.js';
import { isActorPlace } from './place-actors.js';
import { endsWithPhrase } from './place-phrases.js';
import { distancePlaces, isFarLandmark } from './place-distances.js';
import { findTypedPlaces } from './place-types.js';
import { findPlaces, type PlaceMention } from './places.js';
import { findSides } from './sides.js';
import { isWhereSpoken } from './speech-places.js';

/**
 * Where a claim happened: a place introduced by a locative preposition ("in
 * the Kursk region", "near Ipi village") or by its type ("the village of
 * Plekhovo"), from the gazetteer or a capitalised name, near the claim and
 * outside the speaker's words; never a state or city used as an actor ("the
 * DPRK army", "the government in Tehran"). A deployment's destination ("sent
 * 11,000 troops to Russia") is its place.
 */
/**
 * A locative preposition, then up to three words that modify the place ("in the war-torn northern", "near the"), none that ends the phrase.
 * Global only to be tried from a start (endsWithPhrase); it spans at most LOCATIVE_RUNS runs of white space.
 */
const LOCATIVE = /(?:^|\b)(?<!back\s|home\s)(?:in|near|at|across|around|outside|inside|throughout|through|along|on|of|targeting|targetting|shelled|bombed|stormed|raided|struck|attacked|(?:battle|struggle|(?<=\bthe\s)fight)\s+for)\s+(?:the\s+)?(?:(?!(?:with|by|to|from|for|against|after|before|during|and|or|but|which|that|who|when|where|while|as|then)\s)[\p{L}'’.-]+\s+){0,3}$/giu;
const LOCATIVE_RUNS = 5;
/** Where a deployment goes: "sent troops to Russia", "deployed into the Kursk region". */
const DESTINATION = /\b(?:to|into)\s+(?:the\s+)?(?:(?!(?:with|by|from|for|and|or|but|which|that|who|when|while|as)\s)[\p{L}'’.-]+\s+){0,2}$/giu;
const DESTINATION_RUNS = 4;
/** A capitalised name after a locative preposition: places the gazetteer does not know ("in Kaya", "at Jameela fruit market", "in southern Zaliztsi"). */
const NAMED_PLACE =
  /\b(?<!back\s|home\s)(in|near|at|outside|around|across|inside|through|along|to|into|(?<=^\W*)(?:At|Near|Outside|Inside)|(?:strikes?|attacks?|assault|raids?|shelling|bombing|offensive|ambush)\s+on|(?:battle|struggle|(?<=\bthe\s)fight)\s+for|targeting|targetting|shelled|bombed|stormed|raided|struck|attacked)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central|remote|coastal|restive|war-torn|besieged|occupied|embattled|frontline|rural)\s+)?(?:[\p{L}-]+['’]s\s+)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}[\p{L}'’-]+|of|de|al|el|(?:fruit|market|square|camp|village|town|city|district|province|region|state|county|area|island|islands)(?:['’]s)?))*)/gu;
/** "in northern nigeria", "in south senegal": a place written in lower case, known by the gazetteer once capitalised. */
const LOWER_CASE_PLACE = /\b(?:in|near|across|outside)\s+(?:the\s+)?(?:north|south|east|west|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|central)\s+(\p{Ll}[\p{L}-]{2,})\b/gu;
/** Words without which LOWER_CASE_PLACE cannot match. */
const DIRECTION_WORD = /north|south|east|west|central/;
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|A|An|His|Her|Their|Its|Islamic|Al|Reuters|AFP|AP|Telegram|Twitter|Facebook)\b/u;
const ATTACK_VERB = /^(?:shelled|bombed|stormed|raided|struck|attacked)$/i;
const GROUP_AFTER = /^\s+(?:[\p{Ll}-]+\s+)?(?:fighters|troops|soldiers|forces|positions|militants|units|convoys?|vehicles|tanks|boats?|ships?|aircraft|bases?|headquarters|members|supporters|leaders?|targets?)\b/u;
const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const DAY_AFTER = /^\.?\s+\d{1,2}\b/;
/** A capitalised modifier saying who holds or runs a place ("Russian-controlled", "Hamas-run", "Kurdish-held"), and the space after it. */
const HELD_BY = /^\p{Lu}[\p{L}'’]*-(?:controlled|held|occupied|run|led|backed|administered|annexed)(?:\s+|$)/u;
const PLACE_WINDOW = 160;
/** After the claims a place may stand further off, past the circumstances: "… when a truck bomb … detonated at X". */
const AFTER_WINDOW = 200;

export interface PlaceCandidate {
  start: number;
  end: number;
  place: Place;
  specific: boolean;
  /** Only the place a deployment went to ("to Russia"), no other claim's. */
  destination: boolean;
  /** Whether it is where a statement was made (isWhereSpoken), once a claim has asked. */
  spoken: boolean | undefined;
}

/** What choosePlace reads of a sentence. */
export interface PlaceEvidence {
  readonly text: string;
  readonly places: PlaceCandidate[];
  /** Where the sentence's dateline ends, 0 when it has none. */
  readonly datelineEnd: number;
  /** Where the last claim of the sentence ends: "12 were killed and 30 wounded … in X" places both. */
  readonly claimsEnd?: number;
}

function named(text: string, start: number, destination: boolean): PlaceCandidate {
  return { start, end: start + text.length, place: { text, name: text, country: null }, specific: true, destination, spoken: undefined };
}

const CONNECTOR_END = /(?:\s+(?:of|in|de|al|el))+$/u;
const POSSESSIVE_START = /^['’]s\s+/u;

/**
 * The parts of a capitalised run that the gazetteer does not cover: "Tehsil
 * Shabqadar" in "Tehsil Shabqadar of Pakistan's …", "Cintamaju" in "Sagaing
 * Region's Cintamaju"; the gazetteer's own mentions are candidates already.
 */
function uncoveredParts(text: string, start: number, known: readonly PlaceMention[]): Array<[string, number]> {
  const end = start + text.length;
  const inside = known.filter((k) => k.start < end && start < k.end);
  if (inside.length === 0) return [[text, start]];
  const parts: Array<[string, number]> = [];
  let from = start;
  for (const k of [...inside, { start: end, end }]) {
    if (k.start > from) {
      const raw = text.slice(from - start, k.start - start);
      // Only a name joined to the gazetteer's by "of", "in" or "'s" is a place of its own: "North" of "North Kordofan" is not.
      const possessive = from > start ? POSSESSIVE_START.exec(raw) : null;
      const connector = k.start < end ? CONNECTOR_END.exec(raw.trimEnd()) : null;
      const joined = (from === start || possessive) && (k.start === end || connector);
      const lead = possessive?.[0].length ?? 0;
      const piece = raw.trimEnd().slice(lead, raw.trimEnd().length - (connector?.[0].length ?? 0)).trimEnd();
      if (joined && /^\p{Lu}/u.test(piece)) parts.push([piece, from + lead]);
    }
    from = Math.max(from, k.end);
  }
  return parts;
}

function namedPlaces(sentence: string, known: readonly PlaceMention[]): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  NAMED_PLACE.lastIndex = 0;
  for (let m = NAMED_PLACE.exec(sentence); m; m = NAMED_PLACE.exec(sentence)) {
    const run = (m[2] ?? '').replace(/\s+(?:of|de|al|el)$/, '');
    const destination = /^(?:to|into)$/i.test(m[1] ?? '');
    // "shelled Russian positions", "attacked Wagner fighters": the object of an attack verb is a place only when no group follows it.
    if (ATTACK_VERB.test(m[1] ?? '') && GROUP_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const runStart = m.index + m[0].length - (m[2] ?? '').length;
    for (const [part, partStart] of uncoveredParts(run, runStart, known)) {
      // "Russian-controlled Olenivka", "the Israeli-occupied": who holds a place is no part of its name.
      const held = HELD_BY.exec(part)?.[0].length ?? 0;
      const [text, start] = [part.slice(held), partStart + held];
      // A possessive ("Russia's", "the Rapid Support Forces'") names whose attack it was, not where.
      if (text === '' || NOT_PLACES.test(text) || /['’]s?$/.test(text) || /^\p{Lu}{1,4}$/u.test(text) || findSides(text)[0]?.start === 0) continue;
      // "in the Oct. 7 attack", "in the Sept 11 attacks": a month written short before its day is a date.
      if (SHORT_MONTH.test(text) && DAY_AFTER.test(sentence.slice(start + text.length, start + text.length + 6))) continue;
      found.push(named(text, start, destination));
    }
  }
  return found;
}

function lowerCasePlaces(sentence: string): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  LOWER_CASE_PLACE.lastIndex = 0;
  for (let m = LOWER_CASE_PLACE.exec(sentence); m; m = LOWER_CASE_PLACE.exec(sentence)) {
    const word = m[1] ?? '';
    const known = findPlaces(word.charAt(0).toUpperCase() + word.slice(1))[0];
    if (!known || known.end !== word.length || known.level === 'area') continue;
    const start = m.index + m[0].length - word.length;
    found.push({ start, end: start + word.length, place: { text: word, name: known.name, country: known.country }, specific: known.level !== 'country', destination: false, spoken: undefined });
  }
  return found;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The places a sentence names as where something happened, left to right:
 * gazetteer places after a locative preposition or inside a typed name,
 * names the text types ("the city of X"), and capitalised names after a
 * locative preposition; a state or city used as an actor is none of them.
 */
export function placeCandidates(sentence: string): PlaceCandidate[] {
  const gazetteer = findPlaces(sentence);
  const typed = findTypedPlaces(sentence);
  const known: PlaceCandidate[] = [];
  for (const p of gazetteer) {
    const before = sentence.slice(Math.max(0, p.start - 80), p.start);
    const locative = endsWithPhrase(LOCATIVE, LOCATIVE_RUNS, before) || typed.some((t) => overlaps(t, p));
    const destination = !locative && endsWithPhrase(DESTINATION, DESTINATION_RUNS, before);
    if ((!locative && !destination) || isFarLandmark(before)) continue;
    known.push({ start: p.start, end: p.end, place: { text: p.text, name: p.name, country: p.country }, specific: p.level !== 'country', destination, spoken: undefined });
  }
  const typedNames = typed.filter((t) => !gazetteer.some((k) => overlaps(k, t))).map((t) => named(t.text, t.start, false));
  const names = namedPlaces(sentence, gazetteer).filter((n) => !typedNames.some((t) => overlaps(t, n)));
  const lower = DIRECTION_WORD.test(sentence) ? lowerCasePlaces(sentence) : [];
  const near = distancePlaces(sentence)
    .filter((d) => !known.some((k) => overlaps(k, d)) && !names.some((n) => overlaps(n, d)))
    .map((d): PlaceCandidate => {
      const mention = gazetteer.find((g) => g.start === d.start && g.end === d.end);
      const place = mention ? { text: mention.text, name: mention.name, country: mention.country } : d.place;
      return { start: d.start, end: d.end, place, specific: mention ? mention.level !== 'country' : true, destination: false, spoken: undefined };
    });
  return [...known, ...typedNames, ...names, ...lower, ...near].filter((p) => !isActorPlace(sentence, p.start, p.end)).sort((a, b) => a.start - b.start);
}

/** "Turkey's southeastern province of Sirnak", "Mexico's Gulf coast state of Veracruz", "Sagaing Region's Cintamaju": the next place is inside this one. */
const INNER_NEXT =
  /^(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:(?:city|town|village|region|province|state|district|county|oblast|governorate|area|island|islands)\s+of\s+)?|\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|village|region|province|state|district|county|oblast|governorate|area|island|islands)\s+of\s+)$/u;
/** "Rada district in Yemen", "Tehsil Shabqadar of …", "Baiji, Salahudin", "Abu Shouk, another camp on the edge of El Fasher": the next place holds this one. */
/** The most text between two places of one run (an apposition that says where the first lies). */
const MAX_GAP = 60;
const OUTER_NEXT = /^(?:\s+(?:[\p{Ll}-]+\s+){0,2}(?:in|of|near)\s+(?:the\s+)?|\s*,\s*)(?:[\p{Ll}-]+\s+){0,2}$|^\s*,\s+(?:a|an|another|the)\s+(?:[\p{Ll}-]+\s+){1,5}(?:in|of|near|outside|on|at)\s+(?:the\s+)?$/u;

/**
 * The most specific place of the run of places that starts with `first`
 * ("the town of Baiji near … in Salahudin province" → Baiji; "Turkey's
 * province of Sirnak" → Sirnak).
 */
function innermost(sentence: string, pool: readonly PlaceCandidate[], first: PlaceCandidate): PlaceCandidate {
  let chosen = first;
  let last = first;
  for (const next of pool) {
    if (next.start < last.end) continue;
    const gap = sentence.slice(last.end, next.start);
    if (gap.length > MAX_GAP) break;
    const inner = next.specific && INNER_NEXT.test(gap);
    if (inner && last === chosen) chosen = next;
    else if (!inner && !OUTER_NEXT.test(gap)) break;
    last = next;
  }
  if (chosen.specific) return chosen;
  // "Indonesia's Sunda Strait", "in China on Sunday when a depot exploded in the northern Hebei province": the specific place
  // after its country, in the same clause and not in another country.
  const inside = pool.find(
    (p) => p.specific && p.start >= chosen.end && (p.place.country === null || p.place.country === chosen.place.country) && !/[,;:()]/.test(sentence.slice(chosen.end, p.start)),
  );
  return inside ?? chosen;
}

/** Where the run of places that ends the list starts ("in Azza Community in Lapai … of Niger state" → Azza Community). */
function runStart(sentence: string, places: readonly PlaceCandidate[]): number {
  let i = places.length - 1;
  while (i > 0) {
    const gap = sentence.slice((places[i - 1] as PlaceCandidate).end, (places[i] as PlaceCandidate).start);
    if (gap.length > MAX_GAP || !(OUTER_NEXT.test(gap) || INNER_NEXT.test(gap))) break;
    i--;
  }
  return Math.max(0, i);
}

/** ", among them hostages whose deaths in Gaza …", ", including a commander who had served in Bakhmut": a clause about some of the counted, not where they were counted. */
const PART_CLAUSE = /,\s+(?:among\s+them|among\s+whom|including)\s+(?:[\p{L}\d'’-]+\s+){1,5}?(?:who|whose|whom)\s/iu;

/**
 * The place of a claim: the first named after it, else one inside it ("the
 * number killed in the strike on Kramatorsk has risen to 52"), else the last
 * before it; never one in a dateline, in the speaker's words, or where the
 * statement was made ("told reporters in Seoul"). Of a run of places, the
 * most specific; only a deployment (`deployed`) takes its destination.
 */
export function choosePlace(analysis: PlaceEvidence, claimStart: number, claimEnd: number, exclude: Span | null, deployed = false): Place | null {
  const { places, text: sentence } = analysis;
  const dateline = places.length > 0 ? analysis.datelineEnd : 0;
  const reach = Math.max(claimEnd, analysis.claimsEnd ?? 0) + AFTER_WINDOW;
  const candidates = places
    .filter((p) => (deployed || !p.destination) && p.start >= dateline && (!exclude || p.end <= exclude.start || p.start >= exclude.end))
    .filter((p) => (p.start >= claimStart && p.start <= reach) || (p.end <= claimStart && claimStart - p.end <= PLACE_WINDOW))
    .filter((p) => !(p.spoken ??= isWhereSpoken(sentence, p.start)));
  const after = candidates.filter((p) => p.start >= claimEnd && !PART_CLAUSE.test(sentence.slice(claimEnd, p.start)));
  const within = candidates.filter((p) => p.start >= claimStart && p.start < claimEnd);
  const before = candidates.filter((p) => p.end <= claimStart);
  const pool = after.length > 0 ? after : within.length > 0 ? within : before.slice(runStart(sentence, before));
  const first = pool[0];
  return first ? innermost(sentence, pool, first).place : null;
}

