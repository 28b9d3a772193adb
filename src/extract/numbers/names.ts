/**
 * Numbers that are part of a name, not quantities: "Resolution 2231", "No. 5", "#5", "the S&P 500",
 * "the FTSE 100", "a Boeing 737", "10 Downing Street". Names written as one token ("F-16", "G7",
 * "Covid-19") are read by digits.ts.
 */
import type { Atom } from './atom.js';
import { isAsciiUpperCode } from './characters.js';
import { charBefore, readFollower, wordBefore } from './neighbours.js';
import { PEOPLE_NOUNS, isFunctionWord } from './nouns.js';

/** Words that make the number after them a name ("Resolution 2231", "Article 5", "Route 6"). */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set((
  'resolution resolutions article articles route highway motorway section chapter paragraph clause flight room ' +
  'building block unit brigade battalion regiment division platform gate level phase stage version model series ' +
  'mark mk item line bus channel apollo page vol volume part act amendment protocol terminal sector district ward ' +
  'station camp zone window windows tier category class type project reactor pier hangar iphone galaxy'
).split(' '));
/** "No. 5", "nr. 22": abbreviations of "number" written with a dot. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'nr', 'nrs']);
/**
 * "No 10", "Game 7", "Row 21", "Apple Watch 5", "Galaxy Note 20": words that make the number after them
 * a label only when capitalised (a game is counted, "Game 7" is named).
 */
const CAPITALISED_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'No', 'Number', 'Game', 'Row', 'Seat', 'Planet', 'Watch', 'Note', 'Pixel', 'Episode', 'Season', 'Round', 'Match', 'Lap', 'Heat',
]);
/** Market indexes named with a number: "S&P 500", "Stoxx 600", "Nasdaq 100", "Nikkei 225", "ASX 200". */
const INDEX_NAMES: ReadonlySet<string> = new Set([
  'stoxx', 'nasdaq', 'ftse', 'russell', 'nikkei', 'asx', 'dax', 'cac', 'kospi', 'sensex', 'nifty', 'tsx', 'ibex', 'aex', 'dow',
  'msci', 'mib', 'smi', 'omx', 'wig', 'jse', 'hsi', 'csi', 'sp',
]);
const INDEX_NUMBERS: ReadonlySet<number> = new Set([10, 20, 25, 30, 35, 40, 50, 60, 100, 200, 225, 250, 300, 350, 400, 500, 600, 1000, 2000, 3000, 5000]);
/** Determiners before a capitalised word that make it a name when a number follows: "the FTSE 100", "a Boeing 737". */
const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those']);
/** The last word of a street name after a house number: "10 Downing Street", "1600 Pennsylvania Avenue". */
const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive', 'place', 'square', 'terrace',
  'crescent', 'court', 'highway', 'parkway', 'embankment', 'plaza', 'way',
]);

/** "Resolution 2231", "Article 5", "No. 5", "#5". */
export function isNamedByWordBefore(text: string, numberStart: number): boolean {
  const before = charBefore(text, numberStart, 2);
  if (before < 0) return false;
  const code = text.charCodeAt(before);
  if (code === 35 /* # */) return true;
  if (code === 46 /* . */) return NUMBER_ABBREVIATIONS.has(wordBefore(text, before).lower);
  if (before === numberStart - 1) return false;
  const word = wordBefore(text, numberStart);
  return IDENTIFIER_WORDS.has(word.lower) || CAPITALISED_NUMBER_WORDS.has(word.word);
}

/**
 * A market index's number: "Stoxx 600", "Nasdaq 100", "the sp 500", and "S P 500" where "&" was lost.
 * Only the numbers indexes are named with, so "Nasdaq 340 points" stays a quantity.
 */
export function isMarketIndexNumber(text: string, atom: Atom): boolean {
  if (!atom.plainInteger || !INDEX_NUMBERS.has(atom.value) || text.charCodeAt(atom.start - 1) !== 32) return false;
  const word = wordBefore(text, atom.start);
  if (word.word === 'P' && wordBefore(text, word.start).word === 'S') return true;
  if (!INDEX_NAMES.has(word.lower)) return false;
  return word.lower === 'sp' || isAsciiUpperCode(word.word.charCodeAt(0));
}

/** "FTSE", "iPhone", "COVID": a capital letter after the first letter. */
function hasInnerCapital(word: string): boolean {
  for (let index = 1; index < word.length; index++) if (isAsciiUpperCode(word.charCodeAt(index))) return true;
  return false;
}

/**
 * A brand or model with its number: a capitalised word one space before a plain integer, when the
 * word is written in capitals or camel case ("FTSE 100", "iPhone 15"), joined by "&" ("S&P 500"), or
 * follows a determiner ("the Nasdaq 100", "a Boeing 737"). Not after a function word in capitals ("THE
 * DEATHS OF 14"), when the number counts people ("the Kherson 5 killed") or the text is a headline in
 * capitals ("KILLED 5 IN …").
 */
export function isNamedByCapitalBefore(text: string, atom: Atom, numberEnd: number, limit: number, floor: number): boolean {
  const start = atom.start;
  if (!atom.plainInteger || start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  const word = wordBefore(text, start);
  if (word.word === '' || word.start < floor || isFunctionWord(word.lower)) return false;
  const camel = word.word.length > 1 && hasInnerCapital(word.word);
  if (!camel && !isAsciiUpperCode(word.word.charCodeAt(0))) return false;
  const after = readFollower(text, numberEnd, limit);
  if (after !== null && (PEOPLE_NOUNS.has(after.lower) || (after.word.length > 1 && after.word === after.word.toUpperCase()))) return false;
  const joinedBy = text.charCodeAt(word.start - 1);
  if (joinedBy === 38 /* & */ || camel) return true;
  return NAME_DETERMINERS.has(wordBefore(text, word.start).lower);
}

/**
 * "10 Downing Street", "1600 Pennsylvania Avenue", "350 Fifth Avenue": a house number before
 * capitalised words ending in a street word (read past `limit`: the street may hold an ordinal).
 */
export function isHouseNumber(text: string, numberEnd: number): boolean {
  if (text.charCodeAt(numberEnd) !== 32 || !isAsciiUpperCode(text.charCodeAt(numberEnd + 1))) return false;
  const limit = text.length;
  let from = numberEnd;
  for (let words = 0; words < 4; words++) {
    const word = readFollower(text, from, limit);
    if (word === null || word.gap !== 'space' || !isAsciiUpperCode(word.word.charCodeAt(0))) return false;
    if (words > 0 && STREET_WORDS.has(word.lower)) return true;
    from = word.end;
  }
  return false;
}
