import type { Speaker } from '../contracts/claim.js';
import { isPersonName, isRole } from './appositions.js';
import { memoByText } from './memo-by-text.js';
import { type SideMention, findSides } from './sides.js';
import { findPlaces, type PlaceMention } from './places.js';
import { withoutRankOrHonorific } from './ranks.js';

/**
 * Parsing a speaker phrase into person, organisation and country: "White
 * House National Security Council spokesperson John Kirby" is John Kirby of
 * the White House National Security Council, US.
 */
export const TITLE = 'President|Prime\\s+Minister|Minister|Foreign\\s+Minister|Defen[cs]e\\s+Minister|spokesperson|spokesman|spokeswoman|Secretary|General|Gen\\.|Lt\\.|Col\\.|Capt\\.|Maj\\.|Colonel|Commander|commander|Chief|chief|head|lawmaker|MP|Senator|Sen\\.|Rep\\.|Governor|Gov\\.|Mayor|Ambassador|envoy|official|adviser|advisor|analyst|director|Director|Admiral|Adm\\.';
const ORG_WORDS = /\b(?:Council|Ministry|ministry|Service|Agency|agency|Forces|forces|Army|army|Police|police|Observatory|Committee|Office|Department|Command|House|Government|government|Kremlin|Pentagon|Intelligence|intelligence|Directorate|Staff|Guard|Corps|Commission|Institute|Organi[sz]ation|Mission|Media|media|TV|Television|Radio|News|news|Press|Agency|Tribune|Times|Post|Authority|authorities|Authorities|military|Military|sources|Sources|officials|Officials|witnesses|Witnesses|group|Group|operations|Operations|Brigade|Battalion|Navy|Party|Front|Network|Monitor|Center|Centre|Bureau|Union|Alliance|International|Watch|Borders|Fronti[eè]res|Red\s+(?:Cross|Crescent)|Rescue|Relief|Fund|Foundation|Society|Association|Federation|Programme|Program|Initiative|Project|Coalition|Movement|Airwars)\b/;

/** "AFP", "HRW", "ICRC": a word in capitals alone is an organisation's initials, never a person's name. */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** Each title with either case of its first letter: a speaker phrase writes "regional governor Oleh Marchenko" as often as "Governor". */
const TITLE_EITHER_CASE = TITLE.split('|')
  .map((title) => `[${title[0]?.toUpperCase()}${title[0]?.toLowerCase()}]${title.slice(1)}`)
  .join('|');
/** A name's word: capitalised, or a particle before a capitalised part ("al-Motawakel", "bin Salman", "van der Berg"). */
const NAME_WORD = String.raw`(?:(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|de|da|di|van|von|der|la|le|du|dos|das)[\s-])*[\p{Lu}][\p{L}'’.-]+`;
const TITLED_SPEAKER = new RegExp(`^(.*?)\\s*\\b(?:${TITLE_EITHER_CASE})\\s+((?:${NAME_WORD}\\s*){1,4})$`, 'u');
/**
 * "Minister of Public Health Dr. Taha al-Mutawakkil", "Secretary of State Antony Blinken": a title of an office,
 * then the holder's name (the last two name words, after an honorific where there is one).
 */
const OFFICE_THEN_NAME = new RegExp(
  String.raw`^((?:the\s+)?(?:(?:Deputy|Vice|Acting)\s+)?(?:Minister|Secretary|Head|Director|Chairman|Chairwoman|President|Governor|Commissioner|Chief|Commander)(?:-General)?\s+(?:of|for)\s+.+?)\s+(?:(?:Dr|Mr|Mrs|Ms|Gen|Col|Maj|Capt|Prof|Sheikh|General|Colonel)\.?\s+)?(${NAME_WORD}\s+${NAME_WORD})$`,
  'u',
);

const knownSpeaker = memoByText(parseNewSpeaker);

/** Splits "White House National Security Council spokesperson John Kirby" into organisation and person (a fresh object). */
export function parseSpeaker(text: string): Speaker {
  return { ...knownSpeaker(text) };
}

function parseNewSpeaker(text: string): Speaker {
  // The sides named in the text, found at most once: both the name test and the country read them.
  let sides: SideMention[] | undefined;
  const sidesOfText = (): SideMention[] => (sides ??= findSides(text));
  // The places named in the text, found at most once: the name test and the country read them too.
  let places: PlaceMention[] | undefined;
  const placesOfText = (): PlaceMention[] => (places ??= findPlaces(text));
  const titled = TITLED_SPEAKER.exec(text);
  const roleFirst = /^(.+?),\s+(.+)$/.exec(text);
  let name: string | null = null;
  let org: string | null = null;
  let officeThenName: RegExpExecArray | null = null;
  if (roleFirst && isRole(roleFirst[1] ?? '') && isPersonName(roleFirst[2] ?? '')) {
    // "the head of Russia's Investigative Committee, Alexander Bastrykin"; "Israel's military spokesman, Rear Admiral Daniel Hagari" (a rank is no part of the name).
    name = withoutRankOrHonorific((roleFirst[2] ?? '').trim());
    org = cleanOrg(organisationOfRole((roleFirst[1] ?? '').replace(/^(?:the|a|an)\s+/i, '')));
  } else if (!titled && (officeThenName = OFFICE_THEN_NAME.exec(text)) && !ORG_WORDS.test(officeThenName[2] ?? '') && !isPlaceName(officeThenName[2] ?? '', () => findPlaces(officeThenName?.[2] ?? ''))) {
    name = (officeThenName[2] ?? '').trim();
    org = cleanOrg(officeOfTitle(officeThenName[1] ?? ''));
  } else if (titled) {
    // "commander Col. Amara Diallo": a rank between the title and the name is no part of the name.
    name = (titled[2] ?? '').replace(/^(?:(?:Col|Gen|Lt|Capt|Maj|Sen|Rep|Gov|Adm|Sgt|Dr)\.\s*)+/, '').trim() || null;
    org = cleanOrg(titled[1] ?? '');
  } else if (/^(?:[\p{Lu}][\p{L}'’.-]+)(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}$/u.test(text) && !ORG_WORDS.test(text) && !/^The\s/.test(text) && !ACRONYM.test(text) && !isSideName(text, sidesOfText) && !isPlaceName(text, placesOfText)) {
    name = text;
  } else {
    const apposition = /^(.+?),\s+(?:the\s+|a\s+)?(.+)$/.exec(text);
    if (apposition && /^[\p{Lu}]/u.test(apposition[1] ?? '') && !ORG_WORDS.test(apposition[1] ?? '')) {
      name = apposition[1] ?? null;
      org = cleanOrg(organisationOfRole(apposition[2] ?? ''));
    } else {
      org = cleanOrg(text);
    }
  }
  return { text, name, org, country: countryOfSpeaker(text, sidesOfText, placesOfText) };
}

/** "Minister of Public Health" → "Ministry of Public Health", "Head of the Red Crescent" → "the Red Crescent": the office a title holds. */
function officeOfTitle(title: string): string {
  const minister = /^(?:the\s+)?(?:(?:Deputy|Vice|Acting)\s+)?Minister\s+of\s+(.+)$/u.exec(title);
  if (minister) return `Ministry of ${minister[1]}`;
  const of = /^(?:the\s+)?(?:(?:Deputy|Vice|Acting)\s+)?(?:Head|Director|Chairman|Chairwoman|President|Governor|Commissioner|Chief|Commander)(?:-General)?\s+(?:of|for)\s+(.+)$/u.exec(title);
  return of ? (of[1] as string) : title;
}

/** "head of the Norwegian Refugee Council" → "the Norwegian Refugee Council": the organisation a role belongs to, when named. */
function organisationOfRole(role: string): string {
  const of = /^[\p{Ll}\s-]{2,40}?\s(?:of|for|at)\s+((?:the\s+)?\p{Lu}.*)$/u.exec(role);
  if (of) return of[1] ?? role;
  // "spokesman for the health ministry": an organisation not capitalised is one still when its words name a body.
  const lower = /^[\p{Ll}\s-]{2,40}?\s(?:of|for|at)\s+((?:the\s+)?.+)$/u.exec(role);
  return lower && ORG_WORDS.test(lower[1] ?? '') ? (lower[1] ?? role) : role;
}

/** Whether the text, without a leading "the", is the name of a side; `sidesOfText` gives the sides of the whole text. */
function isSideName(text: string, sidesOfText: () => SideMention[]): boolean {
  const bare = text.replace(/^the\s+/i, '');
  const sides = bare === text ? sidesOfText() : findSides(bare);
  return sides.length > 0 && sides[0]?.start === 0 && sides[0].end === bare.length;
}

/** "Israel says …", "Kyiv said …": a country or a city named as the speaker is its government, not a person. */
function isPlaceName(text: string, placesOfText: () => PlaceMention[]): boolean {
  const place = wholePlace(text, placesOfText);
  return !!place && (place.level === 'country' || place.level === 'city');
}

/** The place the whole text names, if it is one. */
function wholePlace(text: string, placesOfText: () => PlaceMention[]): PlaceMention | undefined {
  const place = placesOfText()[0];
  return place && place.start === 0 && place.end === text.length ? place : undefined;
}

function cleanOrg(text: string): string | null {
  const trimmed = text.replace(/^(?:the|a|an)\s+/i, '').replace(/['’]s$/, '').trim();
  return trimmed === '' ? null : trimmed;
}

const KNOWN_SPEAKER_COUNTRIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/White\s+House|Pentagon|State\s+Department|Washington|\bU\.S\.|\bUS\b|United\s+States|Kirby|Austin|Blinken|Biden/, 'US'],
  [/Kremlin|Moscow|Peskov|Putin|Lavrov|Shoigu/, 'RU'],
  [/Kyiv|Kiev|Zelensk|HUR|SBU|General\s+Staff|Syrskyi|Budanov/, 'UA'],
  [/Seoul|NIS|National\s+Intelligence\s+Service|Yoon|Lee\s+Seong-kweun|JCS/, 'KR'],
  [/Pyongyang|KCNA|Kim\s+Jong/, 'KP'],
  [/British|Britain|UK\s+Ministry|London/, 'GB'],
];

/** Any of KNOWN_SPEAKER_COUNTRIES: most speakers name none, and one test rules them all out. */
const ANY_KNOWN_SPEAKER = new RegExp(KNOWN_SPEAKER_COUNTRIES.map(([pattern]) => pattern.source).join('|'));

function countryOfSpeaker(text: string, sidesOfText: () => SideMention[], placesOfText: () => PlaceMention[]): string | null {
  if (ANY_KNOWN_SPEAKER.test(text)) for (const [pattern, country] of KNOWN_SPEAKER_COUNTRIES) if (pattern.test(text)) return country;
  return sidesOfText().find((side) => side.country !== null)?.country ?? possessingCountry(text, placesOfText);
}

/** "Ukraine's Eastern group of forces", "Israel's military spokesman": a body a country is said to have is that country's; a country speaking is its own. */
function possessingCountry(text: string, placesOfText: () => PlaceMention[]): string | null {
  // "Israel says …": the country named as the speaker is its own.
  const whole = wholePlace(text, placesOfText);
  if (whole?.level === 'country') return whole.country;
  if (!POSSESSIVE.test(text)) return null;
  const country = placesOfText().find((place) => place.level === 'country' && place.country !== null && POSSESSIVE_AFTER.test(text.slice(place.end, place.end + 2)));
  return country?.country ?? null;
}
const POSSESSIVE = /['’]s\b/;
const POSSESSIVE_AFTER = /^['’]s/;
