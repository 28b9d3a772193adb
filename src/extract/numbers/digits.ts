/**
 * Numbers written in digits: grouped ("3,000", "1.234.567", "11 000"), decimals, exponents,
 * suffixes ("3k", "2bn", "22nd", "1990s"), digits followed by scale words ("3 million"), and
 * digits inside names ("F-16", "COVID-19").
 */
import { type Lexed, atomOf, digitsAtom } from './atom.js';
import { IDENTIFIER_TOKEN, isAlphanumericAt, isAsciiLetterCode, isAsciiUpperCode, isDigitCode, isHorizontalSpaceCode, isHyphenCode, isLetterAt, skipWord } from './characters.js';
import { readFollower } from './neighbours.js';
import { PEOPLE_NOUNS } from './nouns.js';
import { VULGAR_FRACTIONS, readToken } from './number-words.js';
import { powerOfTenAfter } from './scientific.js';
import { lexStructuredDigits } from './structured-digits.js';
import { CURRENCY_SYMBOL_CODES, MONEY_WORDS, isCurrencyWord, isDollarCountryAfterSign, isTransliteratedPound } from './currencies.js';
import { atomFromChain, chainOf, extendChain } from './word-chains.js';

/** Suffixes written against the digits that multiply them ("3k", "2bn", "10M"); case matters. */
const MULTIPLIER_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, Mn: 1e6, mln: 1e6, mil: 1e6,
  b: 1e9, B: 1e9, bn: 1e9, Bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bil: 1e9,
};
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Prefixes joined to a year or count by a hyphen that do not make it a model number ("mid-2024"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set([
  'mid', 'pre', 'post', 'early', 'late', 'non', 'anti', 'top', 'under', 'over', 'ex', 'circa', 'ca', 'c', 'minus', 'negative', 'sub',
]);
/** "3,000", "1.234.567" (European), "11 000" (space, no-break or narrow space), "77". */
const DIGIT_GROUPS =
  /(\d{1,3}(?:,\d{3}(?!\d))+)|(\d{1,3}(?:\.\d{3}(?!\d)){2,})(?![.,]\d)|(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}(?!\d))+)|(\d+)/y;
const DECIMAL_PART = /\.\d+/y;
const EXPONENT = /[eE]([+\-−]?)(\d{1,3})(?![\p{L}\p{N}])/uy;
const LEADING_DIGITS = /\d+/y;
/** Integers longer than this are serial numbers, not quantities, and lose precision as doubles. */
const MAX_COUNT_DIGITS = 15;

function lexIdentifierToken(text: string, tokenStart: number, digitsStart: number): Lexed {
  IDENTIFIER_TOKEN.lastIndex = tokenStart;
  const token = IDENTIFIER_TOKEN.exec(text);
  const end = token === null ? skipWord(text, digitsStart) : tokenStart + token[0].length;
  LEADING_DIGITS.lastIndex = digitsStart;
  const digits = LEADING_DIGITS.exec(text);
  const value = digits === null ? Number.NaN : Number(digits[0]);
  if (!Number.isFinite(value) || end <= digitsStart) return { atom: null, next: Math.max(end, digitsStart + 1) };
  return { atom: atomOf(tokenStart, end, value, { formKind: 'identifier' }), next: end };
}

/**
 * Digits right after letters ("F16", "Su-34", "COVID-19") belong to a name. Returns where that
 * name starts, `digitsStart` when the letters are a prefix like "mid-" that leaves the number
 * alone, or -1 when the word is too long to be a name (a hash or a run of junk).
 */
function identifierStart(text: string, digitsStart: number, floor: number): number {
  let index = digitsStart;
  let hyphenAt = -1;
  while (index > 0 && digitsStart - index < 24) {
    const previous = index - 1;
    if (isAlphanumericAt(text, previous)) index--;
    else if (isHyphenCode(text.charCodeAt(previous)) && isAlphanumericAt(text, previous - 1)) {
      if (hyphenAt < 0) hyphenAt = previous;
      index--;
    } else break;
  }
  if (digitsStart - index >= 24 && isAlphanumericAt(text, index - 1)) return -1;
  if (index < floor) return digitsStart; // the letters end the number before: "5k-20k"
  if (hyphenAt === digitsStart - 1 && HYPHEN_PREFIXES.has(text.slice(index, hyphenAt).toLowerCase())) return digitsStart;
  if (hyphenAt < 0 && digitsStart - index <= 3 && isCurrencyWord(text.slice(index, digitsStart))) return digitsStart; // "RM2.5bil", "USD5m"
  if (hyphenAt < 0 && (isDollarCountryAfterSign(text, index, digitsStart) || isTransliteratedPound(text, index, digitsStart))) return digitsStart; // "$US55,931,000", "PS2.7m"
  return index;
}

/**
 * An amount of people or money: a currency sign before it or a noun for people or money after it.
 * "12m people" and "$12m" are millions, "12m" metres; "4K troops" and "$4K" thousands, "4K" a name.
 */
function countsPeopleOrMoney(text: string, numberStart: number, suffixEnd: number): boolean {
  let before = numberStart - 1;
  if (before >= 0 && (text.charCodeAt(before) === 45 || text.charCodeAt(before) === 0x2212)) before--; // "€-3m"
  if (before >= 0 && isHorizontalSpaceCode(text.charCodeAt(before))) before--;
  if (before >= 0 && CURRENCY_SYMBOL_CODES.has(text.charCodeAt(before))) return true;
  if (isLetterAt(text, numberStart - 1) && isCurrencyGluedBefore(text, numberStart)) return true; // "USD10m", "$US5m"
  const next = readFollower(text, suffixEnd, text.length);
  if (next === null || next.gap !== 'space') return false;
  if (PEOPLE_NOUNS.has(next.lower) || MONEY_WORDS.has(next.lower) || MILLION_NOUNS.has(next.lower)) return true;
  if (next.lower !== 'of') return false;
  const determiner = readFollower(text, next.end, text.length);
  return determiner !== null && determiner.gap === 'space' && OF_DETERMINERS.has(determiner.lower); // "35m of its devices"
}

/** "USD10m", "RM3.06mil", "$US5m": a currency abbreviation written against the digits. */
function isCurrencyGluedBefore(text: string, digitsStart: number): boolean {
  let index = digitsStart;
  while (index > 0 && digitsStart - index < 4 && isAsciiLetterCode(text.charCodeAt(index - 1))) index--;
  if (index === digitsStart || isLetterAt(text, index - 1)) return false;
  return isCurrencyWord(text.slice(index, digitsStart)) || isDollarCountryAfterSign(text, index, digitsStart) || isTransliteratedPound(text, index, digitsStart);
}

/**
 * Digits right after a separator that follows a name or a time ("$US55,931,000" read as a name up to
 * "55", "PS2.7m", "1:36.6"): the rest of a number already read or refused, never a number of its own.
 */
function continuesRefusedNumber(text: string, start: number): boolean {
  const separator = text.charCodeAt(start - 1);
  if (separator !== 44 && separator !== 46) return false;
  let index = start - 1;
  while (index > 0 && isDigitCode(text.charCodeAt(index - 1))) index--;
  if (index === start - 1) return false;
  return isLetterAt(text, index - 1) || text.charCodeAt(index - 1) === 58 /* : */;
}

/** Past the digit groups, decimals and letters written together from `start`. */
function skipNumberRun(text: string, start: number): number {
  let index = start;
  for (;;) {
    const code = text.charCodeAt(index);
    if (isDigitCode(code) || isAsciiLetterCode(code)) index++;
    else if ((code === 44 || code === 46) && isDigitCode(text.charCodeAt(index + 1))) index++;
    else return index;
  }
}

/** Nouns after "12m", "1.2m" that make it millions, not metres. */
const MILLION_NOUNS: ReadonlySet<string> = new Set([
  'tonnes', 'tons', 'barrels', 'shares', 'users', 'viewers', 'customers', 'subscribers', 'devices', 'units', 'homes',
  'households', 'jobs', 'votes', 'visitors', 'passengers', 'copies', 'vehicles', 'cars', 'downloads', 'followers',
]);
const OF_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'his', 'her', 'our', 'these', 'those']);
/** Units of length after which "2" or "3" is a power ("32m2", "5km2"). */
const POWERED_UNITS: ReadonlySet<string> = new Set(['m', 'cm', 'mm', 'km', 'ft', 'in', 'mi']);

/** The characters DIGIT_GROUPS accepts between groups of three digits. */
function isGroupSeparatorCode(code: number): boolean {
  return code === 44 || code === 46 || code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/** "ID.4": where the capitals before the dot at `dot` start, when at least two are written against it; else -1. */
function capitalsBeforeDot(text: string, dot: number, floor: number): number {
  let index = dot;
  while (index > 0 && dot - index < 6 && isAsciiUpperCode(text.charCodeAt(index - 1))) index--;
  return dot - index >= 2 && index >= floor && !isAlphanumericAt(text, index - 1) ? index : -1;
}

/** A model name of capitals, a dot and digits ("ID.4"): one identifier. */
function lexDottedName(text: string, nameStart: number, digitsStart: number): Lexed {
  IDENTIFIER_TOKEN.lastIndex = digitsStart;
  const token = IDENTIFIER_TOKEN.exec(text);
  const end = token === null ? digitsStart + 1 : digitsStart + token[0].length;
  LEADING_DIGITS.lastIndex = digitsStart;
  const value = Number(LEADING_DIGITS.exec(text)?.[0] ?? Number.NaN);
  return { atom: atomOf(nameStart, end, value, { formKind: 'identifier' }), next: end };
}

export function lexDigits(text: string, start: number, floor: number): Lexed {
  const length = text.length;
  if (continuesRefusedNumber(text, start)) return { atom: null, next: skipNumberRun(text, start) };
  if (isLetterAt(text, start - 1) || (isHyphenCode(text.charCodeAt(start - 1)) && isLetterAt(text, start - 2))) {
    const tokenStart = identifierStart(text, start, floor);
    if (tokenStart < 0) return { atom: null, next: skipWord(text, start) };
    if (tokenStart < start) return lexIdentifierToken(text, tokenStart, start);
  }
  if (text.charCodeAt(start - 1) === 46 /* . */) {
    const nameStart = capitalsBeforeDot(text, start - 1, floor);
    if (nameStart >= 0) return lexDottedName(text, nameStart, start);
  }
  let runEnd = start;
  while (runEnd < length && isDigitCode(text.charCodeAt(runEnd))) runEnd++;
  const structured = lexStructuredDigits(text, start, runEnd, floor);
  if (structured !== null) return structured;

  let end: number;
  let commaGrouped: string | undefined;
  let dotGrouped: string | undefined;
  let spaceGrouped: string | undefined;
  let literal: string;
  if (runEnd - start > 3 || !isGroupSeparatorCode(text.charCodeAt(runEnd))) {
    // No group of three can follow: DIGIT_GROUPS would match the run itself.
    end = runEnd;
    literal = text.slice(start, runEnd);
  } else {
    DIGIT_GROUPS.lastIndex = start;
    const groups = DIGIT_GROUPS.exec(text);
    if (groups === null) return { atom: null, next: runEnd };
    end = start + groups[0].length;
    [, commaGrouped, dotGrouped, spaceGrouped] = groups;
    literal = commaGrouped !== undefined ? commaGrouped.replace(/,/g, '')
      : dotGrouped !== undefined ? dotGrouped.replace(/\./g, '')
        : spaceGrouped !== undefined ? spaceGrouped.replace(/\D/g, '') : groups[0];
  }
  let plain = commaGrouped === undefined && dotGrouped === undefined && spaceGrouped === undefined;
  if (dotGrouped === undefined) {
    DECIMAL_PART.lastIndex = end;
    const decimal = DECIMAL_PART.exec(text);
    if (decimal !== null) {
      literal += decimal[0];
      end += decimal[0].length;
      plain = false;
    }
  }
  if (commaGrouped === undefined && dotGrouped === undefined && spaceGrouped === undefined) {
    EXPONENT.lastIndex = end;
    const exponent = EXPONENT.exec(text);
    if (exponent !== null) {
      literal += `e${exponent[1] === '−' ? '-' : exponent[1]}${exponent[2]}`;
      end += exponent[0].length;
      plain = false;
    } else {
      const power = powerOfTenAfter(text, end, literal === '10');
      if (power !== null) {
        literal = `${power.ofBareTen ? '1' : literal}e${power.exponent}`;
        end = power.end;
        plain = false;
      }
    }
  }
  const value = Number(literal);
  const digitCount = plain ? literal.length : 0;
  if (!Number.isFinite(value)) return { atom: null, next: Math.max(end, runEnd) };
  if (plain && digitCount > MAX_COUNT_DIGITS) {
    return { atom: atomOf(start, end, value, { formKind: 'identifier' }), next: end };
  }
  const vulgar = VULGAR_FRACTIONS[text.charAt(end)];
  if (vulgar !== undefined) {
    return { atom: atomOf(start, end + 1, value + vulgar), next: end + 1 };
  }

  // Letters written against the digits: a multiplier, an ordinal, a decade, or (left to the
  // classifier) a unit such as "km" or "pm"; anything else makes the token a name ("5G", "2S19").
  if (isAsciiLetterCode(text.charCodeAt(end))) {
    let suffixEnd = end;
    while (suffixEnd < length && suffixEnd - end <= 12 && isAsciiLetterCode(text.charCodeAt(suffixEnd))) suffixEnd++;
    const suffix = text.slice(end, suffixEnd);
    const powered = POWERED_UNITS.has(suffix) && (text.charCodeAt(suffixEnd) === 50 || text.charCodeAt(suffixEnd) === 51) && !isAlphanumericAt(text, suffixEnd + 1);
    if (powered) return { atom: digitsAtom(start, end, value, plain, digitCount), next: suffixEnd + 1 };
    if (suffixEnd - end > 12 || isAlphanumericAt(text, suffixEnd)) return lexIdentifierToken(text, start, start);
    if (suffix === 'K' && plain && digitCount === 1 && !countsPeopleOrMoney(text, start, suffixEnd)) {
      return lexIdentifierToken(text, start, start); // "4K", "a 5K run": a resolution or a race
    }
    const multiplier = MULTIPLIER_SUFFIXES[suffix] ?? (suffix === 'm' && countsPeopleOrMoney(text, start, suffixEnd) ? 1e6 : undefined);
    if (multiplier !== undefined) {
      return { atom: atomOf(start, suffixEnd, value * multiplier, { multiplier }), next: suffixEnd };
    }
    if (plain && ORDINAL_SUFFIXES.has(suffix.toLowerCase())) {
      return { atom: atomOf(start, suffixEnd, value, { ordinal: true, plainInteger: true, digitCount }), next: suffixEnd };
    }
    if (plain && suffix === 's') {
      const decade = digitCount === 4 && value >= 1900 && value <= 2100;
      return { atom: atomOf(start, suffixEnd, value, { formKind: decade ? 'year' : null }), next: suffixEnd };
    }
    return { atom: digitsAtom(start, end, value, plain, digitCount), next: end };
  }

  // "3 million", "1.5 billion", "322 hundred", "4 thousand 3 hundred and 21", "3 and a half".
  if (readToken(text, end) === null) return { atom: digitsAtom(start, end, value, plain, digitCount), next: end };
  const chain = extendChain(text, chainOf(end, value, { groupHasUnit: true, groupHasTens: true, last: 'digits', fromDigits: true }));
  if (chain.end === end) {
    return { atom: digitsAtom(start, end, value, plain, digitCount), next: end };
  }
  return { atom: atomFromChain(start, chain), next: chain.end };
}

/** ".08": a decimal written without its leading zero. */
export function lexLeadingDecimal(text: string, start: number): Lexed {
  if (isAlphanumericAt(text, start - 1) || text.charCodeAt(start - 1) === 46) return { atom: null, next: start + 1 };
  DECIMAL_PART.lastIndex = start;
  const decimal = DECIMAL_PART.exec(text);
  if (decimal === null) return { atom: null, next: start + 1 };
  const end = start + decimal[0].length;
  if (isLetterAt(text, end)) return { atom: null, next: end };
  return { atom: atomOf(start, end, Number(`0${decimal[0]}`)), next: end };
}
