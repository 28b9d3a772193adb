/**
 * The number recogniser: every number in a text, with the words that bound it ("over 3,000"),
 * what it is (a count, a year, money, a measure, …) and the unit or counted noun next to it.
 *
 * Hand-written and linear in the length of the text:
 * - one global regex finds the places where a number may start (a digit or a number word);
 * - from there, sticky regexes without nested quantifiers and small loops read the number, and
 *   the scanner resumes after it, so no character is read more than a bounded number of times;
 * - the context (bound words, currency signs, units, month names) is read from windows of
 *   bounded size next to each number, never crossing the previous number.
 */
import type { Bound } from '../contracts/claim.js';
import type { Change } from '../contracts/quantity.js';
import type { NumberKind, NumberMention } from './types.js';
import { mayBeListed, wordShapes, type WordShapes } from './word-shapes.js';

// ---------------------------------------------------------------------------
// Characters
// ---------------------------------------------------------------------------

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetterCode(code);
  return NON_ASCII_LETTER.test(text.charAt(index));
}

function isAlphanumericAt(text: string, index: number): boolean {
  return isLetterAt(text, index) || isDigitCode(text.charCodeAt(index));
}

function isHorizontalSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

function isSpaceCode(code: number): boolean {
  return isHorizontalSpaceCode(code) || code === 10 || code === 13;
}

function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase of the tables below as a regex source: its spaces match any run of white space. */
function phrasePattern(phrase: string): string {
  return phrase.split(' ').map(escapeRegExp).join('\\s+');
}

// ---------------------------------------------------------------------------
// Number words
// ---------------------------------------------------------------------------

const UNIT_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const ORDINAL_UNIT_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
] as const;
const ORDINAL_TENS_WORDS = [
  'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth',
] as const;
const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Written abbreviations of scales, matched with their case ("2 bn", not "2 BN" or "TN"). */
const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  bn: 1e9, Bn: 1e9, bln: 1e9, mn: 1e6, Mn: 1e6, mln: 1e6, tn: 1e12, tln: 1e12,
};
const ORDINAL_SCALE_WORDS: Readonly<Record<string, number>> = {
  thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
};
const FRACTION_PLURALS: Readonly<Record<string, number>> = {
  halves: 2, thirds: 3, quarters: 4, fourths: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10,
};
/** "dozens" … "millions": the unit they count in; their smallest reading is two of it. */
const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  tens: 10, dozens: 12, scores: 20, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
};
/** Vague words that need "of" after them to be numbers ("tens of thousands", "scores of people"). */
const VAGUE_PLURALS_NEEDING_OF: ReadonlySet<string> = new Set(['tens', 'scores']);
/** "several" (3), "a few" (2), "a handful" (3), "a couple of" (2): the smallest reading of each. */
const VAGUE_STARTERS: Readonly<Record<string, number>> = { several: 3, few: 2, handful: 3, couple: 2 };
const DOZEN_WORDS = ['dozen', 'dz', 'dzs', 'doz', 'dozs'] as const;

type TokenType =
  | 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen'
  | 'ordinalUnit' | 'ordinalTens' | 'ordinalHundred' | 'ordinalScale'
  | 'fractionPlural' | 'quarter' | 'half'
  | 'vaguePlural' | 'vagueStarter'
  | 'article' | 'and' | 'point' | 'of' | 'digits';

interface WordToken {
  readonly type: TokenType;
  readonly value: number;
}

function buildWordTokens(): ReadonlyMap<string, WordToken> {
  const tokens = new Map<string, WordToken>();
  const add = (word: string, type: TokenType, value: number) => tokens.set(word, { type, value });
  UNIT_WORDS.forEach((word, value) => add(word, 'unit', value));
  add('nought', 'unit', 0);
  add('naught', 'unit', 0);
  TENS_WORDS.forEach((word, index) => add(word, 'tens', (index + 2) * 10));
  add('hundred', 'hundred', 100);
  for (const [word, value] of Object.entries(SCALE_WORDS)) add(word, 'scale', value);
  for (const word of DOZEN_WORDS) add(word, 'dozen', 12);
  ORDINAL_UNIT_WORDS.forEach((word, index) => add(word, 'ordinalUnit', index + 1));
  ORDINAL_TENS_WORDS.forEach((word, index) => add(word, 'ordinalTens', (index + 2) * 10));
  add('hundredth', 'ordinalHundred', 100);
  for (const [word, value] of Object.entries(ORDINAL_SCALE_WORDS)) add(word, 'ordinalScale', value);
  for (const [word, value] of Object.entries(FRACTION_PLURALS)) add(word, 'fractionPlural', value);
  add('quarter', 'quarter', 4);
  add('half', 'half', 2);
  for (const [word, value] of Object.entries(VAGUE_PLURALS)) add(word, 'vaguePlural', value);
  for (const [word, value] of Object.entries(VAGUE_STARTERS)) add(word, 'vagueStarter', value);
  add('a', 'article', 1);
  add('an', 'article', 1);
  add('and', 'and', 0);
  add('point', 'point', 0);
  add('of', 'of', 0);
  return tokens;
}

/** Lower-case number words → token. */
const WORD_TOKENS = buildWordTokens();
const ABBREVIATION_TOKENS: ReadonlyMap<string, WordToken> = new Map(
  Object.entries(SCALE_ABBREVIATIONS).map(([word, value]) => [word, { type: 'scale' as const, value }]),
);

/** Words a number can start with; "a" is matched separately, only before a multiplier. */
const START_WORDS: readonly string[] = [
  ...UNIT_WORDS, 'nought', 'naught', ...TENS_WORDS, ...ORDINAL_UNIT_WORDS, ...ORDINAL_TENS_WORDS, 'hundredth',
  ...Object.keys(VAGUE_PLURALS), 'several', 'half', 'quarter',
];

const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/**
 * Where a number may start — the first index at or after `from` that the pattern
 *   [0-9] | \.(?=[0-9]) | [½⅓…⅞] | \b(?:START_WORDS)\b | \ba(?=[ \t\u00A0]+(?:ARTICLE_MULTIPLIERS)\b)
 * (case-insensitive, ASCII word characters) would match — or -1. A hand-written scan: the only
 * pass over the whole text, so it reads each character once and slices only words that may be
 * number words.
 */
const START_WORD_SET: ReadonlySet<string> = new Set(START_WORDS);
const ARTICLE_MULTIPLIERS: ReadonlySet<string> = new Set([
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'few', 'handful', 'couple', 'half', 'quarter', 'third',
]);
const START_WORD_SHAPES = wordShapes(START_WORD_SET);
const ARTICLE_MULTIPLIER_SHAPES = wordShapes(ARTICLE_MULTIPLIERS);
const VULGAR_FRACTION_CODES: ReadonlySet<number> = new Set(Object.keys(VULGAR_FRACTIONS).map((fraction) => fraction.charCodeAt(0)));

/** ASCII characters by what they are to the scan; `\w` without the u flag is [A-Za-z0-9_]. */
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
const DOT = 4;
const ASCII_CLASS: Uint8Array = (() => {
  const classes = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    classes[code] = isAsciiLetterCode(code) ? LETTER : isDigitCode(code) ? DIGIT : code === 95 ? UNDERSCORE : code === 46 ? DOT : OTHER;
  }
  return classes;
})();

function isWordCode(code: number): boolean {
  return code < 128 && ASCII_CLASS[code]! !== OTHER && code !== 46;
}

/** Whether the run of ASCII letters [start, end) is one of `words`, ignoring case. */
function isLettersIn(text: string, start: number, end: number, shapes: WordShapes, words: ReadonlySet<string>): boolean {
  return mayBeListed(shapes, text, start, end) && words.has(text.slice(start, end).toLowerCase());
}

/** "a" followed by spaces and a multiplier word: "a dozen", "a few", "a half". */
function isArticleBeforeMultiplier(text: string, after: number): boolean {
  const length = text.length;
  let index = after;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 0xa0) break;
    index++;
  }
  if (index === after) return false;
  let end = index;
  while (end < length && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end === index || (end < length && isWordCode(text.charCodeAt(end)))) return false;
  return isLettersIn(text, index, end, ARTICLE_MULTIPLIER_SHAPES, ARTICLE_MULTIPLIERS);
}

function nextCandidate(text: string, from: number): number {
  const length = text.length;
  for (let index = from; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) {
      if (VULGAR_FRACTION_CODES.has(code)) return index;
      continue;
    }
    const type = ASCII_CLASS[code];
    if (type === DIGIT) return index;
    if (type === DOT) {
      const next = text.charCodeAt(index + 1);
      if (next >= 48 && next <= 57) return index;
      continue;
    }
    if (type !== LETTER || (index > 0 && isWordCode(text.charCodeAt(index - 1)))) continue;
    // A word starts here: read its run of word characters.
    let end = index + 1;
    let lettersOnly = true;
    for (; end < length; end++) {
      const next = text.charCodeAt(end);
      if (next >= 128) break;
      const nextType = ASCII_CLASS[next];
      if (nextType === LETTER) continue;
      if (nextType === DIGIT) return end; // inside a word only a digit can start a number ("F16")
      if (nextType !== UNDERSCORE) break;
      lettersOnly = false;
    }
    if (lettersOnly) {
      if (isLettersIn(text, index, end, START_WORD_SHAPES, START_WORD_SET)) return index;
      if (end === index + 1 && (code | 32) === 97 /* a */ && isArticleBeforeMultiplier(text, end)) return index;
    }
    index = end - 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Units, currencies, months, nouns
// ---------------------------------------------------------------------------

/** Suffixes written against the digits that multiply them ("3k", "2bn", "10M"); case matters. */
const MULTIPLIER_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, Mn: 1e6, mln: 1e6, mil: 1e6,
  b: 1e9, B: 1e9, bn: 1e9, Bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

interface UnitEntry {
  readonly unit: string;
  /** Too short or ambiguous to be read as a unit unless written against the number ("5t", "3h"). */
  readonly attachedOnly: boolean;
}

function unitTable(groups: ReadonlyArray<readonly [string, string, boolean?]>): ReadonlyMap<string, UnitEntry> {
  const table = new Map<string, UnitEntry>();
  for (const [unit, words, attachedOnly] of groups) {
    for (const word of words.split(' ')) table.set(word, { unit, attachedOnly: attachedOnly ?? false });
  }
  return table;
}

/** Lower-case unit words → canonical unit. */
const UNITS = unitTable([
  ['km', 'km kms kilometre kilometres kilometer kilometers'],
  ['mi', 'mi mile miles'],
  ['m', 'm metre metres meter meters'],
  ['cm', 'cm centimetre centimetres centimeter centimeters'],
  ['mm', 'mm millimetre millimetres millimeter millimeters'],
  ['kg', 'kg kgs kilogram kilograms kilogramme kilogrammes kilo kilos'],
  ['g', 'g', true],
  ['g', 'gram grams gramme grammes'],
  ['t', 't', true],
  ['t', 'tonne tonnes ton tons'],
  ['lb', 'lb lbs pound pounds'],
  ['ft', 'ft foot feet'],
  ['in', 'inch inches'],
  ['seconds', 's sec secs', true],
  ['seconds', 'second seconds'],
  ['minutes', 'min mins minute minutes'],
  ['hours', 'h', true],
  ['hours', 'hr hrs hour hours'],
  ['days', 'day days'],
  ['weeks', 'wk wks week weeks'],
  ['months', 'month months'],
  ['years', 'yr yrs year years'],
  ['decades', 'decade decades'],
  ['centuries', 'century centuries'],
  ['degrees', 'degree degrees'],
  ['ha', 'ha hectare hectares'],
  ['acres', 'acre acres'],
  ['l', 'l', true],
  ['l', 'litre litres liter liters'],
  ['ml', 'ml millilitre millilitres milliliter milliliters'],
  ['gallons', 'gallon gallons'],
  ['barrels', 'barrel barrels bpd'],
  ['MW', 'mw megawatt megawatts'],
  ['GW', 'gw gigawatt gigawatts'],
  ['kW', 'kw kilowatt kilowatts'],
  ['kWh', 'kwh'],
  ['MWh', 'mwh'],
  ['GWh', 'gwh'],
  ['kt', 'kt kiloton kilotons kilotonne kilotonnes'],
  ['Mt', 'megaton megatons megatonne megatonnes'],
  ['km/h', 'kph kmh'],
  ['mph', 'mph'],
  ['knots', 'knot knots'],
  ['km2', 'km2 km²'],
]);
const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);

/** Lower-case currency words and codes written after the number → ISO 4217. */
const MONEY_WORDS: ReadonlyMap<string, string> = new Map([
  ...['dollar', 'dollars', 'usd'].map((word) => [word, 'USD'] as const),
  ...['euro', 'euros', 'eur'].map((word) => [word, 'EUR'] as const),
  ...['sterling', 'gbp'].map((word) => [word, 'GBP'] as const),
  ...['ruble', 'rubles', 'rouble', 'roubles', 'rub'].map((word) => [word, 'RUB'] as const),
  ...['hryvnia', 'hryvnias', 'hryvnas', 'hryvnya', 'hryvnyas', 'uah'].map((word) => [word, 'UAH'] as const),
  ...['yuan', 'renminbi', 'cny', 'rmb'].map((word) => [word, 'CNY'] as const),
  ...['yen', 'jpy'].map((word) => [word, 'JPY'] as const),
  ...['rupee', 'rupees', 'inr'].map((word) => [word, 'INR'] as const),
  ...['shekel', 'shekels', 'ils'].map((word) => [word, 'ILS'] as const),
  ...['franc', 'francs', 'chf'].map((word) => [word, 'CHF'] as const),
  ...['krona', 'kronor', 'sek'].map((word) => [word, 'SEK'] as const),
]);
/** Currency signs and codes written before the number → ISO 4217. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', R$: 'BRL', NT$: 'TWD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR', '₩': 'KRW', '₪': 'ILS',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', RUB: 'RUB', UAH: 'UAH', CNY: 'CNY', JPY: 'JPY', CHF: 'CHF', INR: 'INR', SEK: 'SEK',
  Rs: 'INR', 'Rs.': 'INR',
};
/** Only tried when a currency sign or code can be there: the character before is a sign, a letter or a dot. */
const CURRENCY_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}$])(${Object.keys(CURRENCY_SIGNS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[ \\t\\u00A0]?$`,
  'ud',
);
const CURRENCY_SYMBOL_CODES: ReadonlySet<number> = new Set(['$', '€', '£', '¥', '₽', '₴', '₹', '₩', '₪'].map((sign) => sign.charCodeAt(0)));

const MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/** Plural nouns for people: they make "2000 soldiers" a count, not a year, and "12m people" twelve million. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'individuals', 'soldiers', 'troops', 'servicemen', 'servicemembers', 'personnel', 'fighters',
  'combatants', 'militants', 'mercenaries', 'conscripts', 'recruits', 'reservists', 'volunteers', 'officers', 'sailors',
  'marines', 'pilots', 'civilians', 'residents', 'inhabitants', 'children', 'men', 'women', 'refugees', 'migrants',
  'evacuees', 'displaced', 'prisoners', 'pows', 'detainees', 'hostages', 'casualties', 'deaths', 'dead', 'killed',
  'wounded', 'injured', 'victims', 'bodies', 'lives', 'families', 'households', 'workers', 'employees', 'users',
  'voters', 'patients', 'police', 'policemen', 'students', 'citizens', 'nationals', 'russians', 'ukrainians',
]);

/** Words after a number that are not what it counts. */
const NOT_A_COUNTED_NOUN: ReadonlySet<string> = new Set(
  ('a an the and or but nor of to in on at by for from with without into onto over under about above below after ' +
    'before since until during per than as that which who whom whose this these those it its their his her our my ' +
    'your were was are is be been being have has had will would could should may might must can do does did more ' +
    'less fewer most also so such not no yet each other others all both some many much said says say according ' +
    'including reported while when where if then there here out up down off again alone only just even still ' +
    'already now ago later earlier further another every among between against across around within via').split(' '),
);

/** Words that make the number after them a name ("Resolution 2231", "Article 5", "Route 6"). */
const IDENTIFIER_WORDS: ReadonlySet<string> = new Set((
  'resolution resolutions article articles route highway motorway section chapter paragraph clause flight room ' +
  'building block unit brigade battalion regiment division platform gate level phase stage version model series ' +
  'mark mk item line bus channel apollo page vol volume part act amendment protocol terminal sector district ward ' +
  'station camp zone window windows tier category class type project reactor pier hangar iphone galaxy'
).split(' '));
/** "No. 5", "nr. 22": abbreviations of "number" written with a dot. */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nos', 'nr', 'nrs']);
/** "No 10", "Number 10": only capitalised, without the dot. */
const CAPITALISED_NUMBER_WORDS: ReadonlySet<string> = new Set(['No', 'Number']);
const AGE_WORDS: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'before', 'after', 'during', 'early', 'late', 'mid', 'spring', 'summer', 'autumn',
  'winter', 'fall', 'year', 'years',
]);
const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);
/** "no one", "the one", "which one": "one" as a pronoun. */
const PRONOUN_ONE_DETERMINERS: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'which', 'whichever', 'every', 'any', 'each', 'some', 'another', 'other', 'only', 'same',
  'last', 'next', 'little', 'new', 'old', 'right', 'wrong', 'such', 'one', 'a',
]);
/** "a second", "per second": the unit of time, not the ordinal. */
const SECOND_AS_TIME_DETERMINERS: ReadonlySet<string> = new Set(['a', 'per', 'every', 'one', 'split']);
/** Prefixes joined to a year or count by a hyphen that do not make it a model number ("mid-2024"). */
const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late', 'non', 'anti', 'top', 'under', 'over', 'ex', 'circa', 'ca', 'c']);
const TIME_ZONE_WORDS: ReadonlySet<string> = new Set(['gmt', 'utc', 'zulu', 'hrs', 'cet', 'cest', 'eet', 'eest', 'msk', 'bst', 'est', 'edt', 'pst', 'pdt', 'kst', 'jst', 'ist']);

// ---------------------------------------------------------------------------
// Bound and change cues
// ---------------------------------------------------------------------------

type CueBound = 'lower' | 'upper' | 'approx' | 'approxMax';

/** Words before a number that bound it (claims.md, "Quantity bounds"). */
const BOUND_CUES: Readonly<Record<CueBound, readonly string[]>> = {
  lower: [
    'more than', 'greater than', 'higher than', 'larger than', 'bigger than', 'over', 'above', 'exceeding', 'exceeds',
    'exceeded', 'exceed', 'in excess of', 'upwards of', 'upward of', 'at least', 'no fewer than', 'not fewer than',
    'no less than', 'not less than', 'a minimum of', 'minimum of', 'well over', 'well above', 'just over', 'just above',
    'slightly more than', 'slightly over', 'far more than', 'much more than', 'well in excess of', 'surpassing',
    'surpassed', 'surpass', 'topping', 'greater than or equal to', 'more than or equal to', 'higher than or equal to',
    'larger than or equal to', 'bigger than or equal to', 'greater or equal than', 'higher or equal than',
    'larger or equal than', 'bigger or equal than', 'more or equal than', 'greater or equal to', 'equal to or more than',
    'equal to or greater than', 'equal to or higher than', 'at least or equal to', 'no fewer than', 'north of',
  ],
  upper: [
    'up to', 'fewer than', 'less than', 'as many as', 'as much as', 'at most', 'no more than', 'not more than',
    'a maximum of', 'maximum of', 'under', 'below', 'lower than', 'smaller than', 'no greater than', 'not exceeding',
    'less than or equal to', 'fewer than or equal to', 'smaller than or equal to', 'lower than or equal to',
    'less or equal than', 'less or equal to', 'smaller or equal than', 'lower or equal than', 'fewer or equal than',
    'equal to or less than', 'equal to or fewer than', 'equal to or lower than', 'equal to or smaller than',
  ],
  approx: [
    'about', 'approximately', 'approx.', 'approx', 'around', 'some', 'roughly', 'an estimated', 'estimated', 'circa',
    'ca.', 'c.', 'more or less', 'an approximate', 'approximate', 'give or take', 'in the region of',
    'on the order of', 'in the order of', 'of the order of', 'somewhere around', 'somewhere between',
    'an estimate of', 'reportedly', 'perhaps', 'possibly',
  ],
  approxMax: [
    'nearly', 'almost', 'close to', 'just under', 'just below', 'just shy of', 'shy of', 'not quite', 'a little under',
    'slightly under', 'slightly less than', 'just short of', 'short of', 'nearly as many as',
  ],
};

function buildCueTable(): ReadonlyMap<string, CueBound> {
  const table = new Map<string, CueBound>();
  for (const [bound, phrases] of Object.entries(BOUND_CUES) as Array<[CueBound, readonly string[]]>) {
    for (const phrase of phrases) table.set(phrase, bound);
  }
  return table;
}
const CUE_BOUNDS = buildCueTable();
function cueFinalWord(phrase: string): string {
  return phrase.split(' ').pop()!.replace(/\.$/, '');
}
/** Last words of the cue phrases: the cue regex runs only when the word before the number is one of them. */
const CUE_FINAL_WORDS: ReadonlySet<string> = new Set([...CUE_BOUNDS.keys()].map(cueFinalWord));
const SYMBOL_CUE_CODES: ReadonlySet<number> = new Set(['<', '>', '=', '≤', '≥', '~', '≈'].map((sign) => sign.charCodeAt(0)));
const CUE_PHRASES_LONGEST_FIRST = [...CUE_BOUNDS.keys()].sort((a, b) => b.length - a.length);
/**
 * The cue regex for each last word before the number: only the phrases that end in that word (or,
 * when the look-behind window cuts the word, in an ending of it) can match, so the others are left
 * out; the order of the phrases, and so the match, is that of one regex holding them all.
 */
const BOUND_CUE_BEFORE: ReadonlyMap<string, RegExp> = new Map([...CUE_FINAL_WORDS].map((last) => [
  last,
  new RegExp(
    `(?:^|[^\\p{L}\\p{N}])(${CUE_PHRASES_LONGEST_FIRST.filter((phrase) => last.endsWith(cueFinalWord(phrase))).map(phrasePattern).join('|')})\\s*$`,
    'iud',
  ),
]));
/** ">10", ">= 30", "≤ 100", "~300", "≈ 2,000". */
const SYMBOL_CUE_BEFORE = /(?:^|[^<>=])(>[ \t]*=|≥|>|<[ \t]*=|≤|<|~|≈)[ \t\u00A0]*$/d;
const HTML_TAG_BEFORE = /<\/?[A-Za-z][^<>]*>[ \t]*$/;

/** Words after a number that bound it: "500 or more", "3,000+", "40-odd". */
const POSTFIX_CUE =
  /(?:[ \t\u00A0]*(?:or|and)[ \t\u00A0]+(more|greater|higher|above|over|upwards|fewer|less|lower|below|under)(?![\p{L}])(?![ \t]+than[ \t]*[\p{L}\p{N}$€£-])(?:[ \t]+than)?|[ \t\u00A0]*or[ \t\u00A0]+(so|thereabouts)(?![\p{L}])|(\+)(?![ \t]*[\d(+])|-(plus|odd)(?![\p{L}]))/uy;
const POSTFIX_FOLLOWED_BY_ALTERNATIVE = /[ \t\u00A0]+(?:or|than)(?![\p{L}])/uy;
const POSTFIX_BOUNDS: Readonly<Record<string, CueBound>> = {
  more: 'lower', greater: 'lower', higher: 'lower', above: 'lower', over: 'lower', upwards: 'lower', plus: 'lower', '+': 'lower',
  fewer: 'upper', less: 'upper', lower: 'upper', below: 'upper', under: 'upper',
  so: 'approx', thereabouts: 'approx', odd: 'approx',
};

const INCREASE_WORDS: ReadonlySet<string> = new Set(['rose', 'risen', 'rise', 'rising', 'grew', 'grown', 'growth', 'increased', 'increase', 'increasing', 'jumped', 'jump', 'climbed', 'climb', 'surged', 'surge', 'soared', 'gain', 'up']);
const DECREASE_WORDS: ReadonlySet<string> = new Set(['fell', 'fallen', 'fall', 'falling', 'dropped', 'drop', 'decreased', 'decrease', 'declined', 'decline', 'plunged', 'plummeted', 'slumped', 'reduced', 'reduction', 'cut', 'down']);
/** Change words that say nothing of a change without "by" or "of" after them ("dropped 300 bombs", "up 3 floors"). */
const CHANGE_WORDS_NEEDING_BY: ReadonlySet<string> = new Set(['up', 'down', 'dropped', 'drop', 'reduced', 'cut', 'rise', 'fall', 'increase', 'decrease', 'decline', 'jump', 'surge', 'gain', 'growth', 'reduction', 'climb']);

// ---------------------------------------------------------------------------
// Sticky patterns read at a known position
// ---------------------------------------------------------------------------

/** "3,000", "1.234.567" (European), "11 000" (space, no-break or narrow space), "77". */
const DIGIT_GROUPS =
  /(\d{1,3}(?:,\d{3}(?!\d))+)|(\d{1,3}(?:\.\d{3}(?!\d)){2,})(?![.,]\d)|(\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}(?!\d))+)|(\d+)/y;
const DECIMAL_PART = /\.\d+/y;
const EXPONENT = /[eE][+-]?\d{1,3}(?![\p{L}\p{N}])/uy;
const INNER_DIGITS = /\d{1,3}(?!\d|[.,]\d)/y;
const ISO_DATE = /(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d|-\d)/y;
const NUMERIC_DATE = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)/y;
const CLOCK_TIME = /([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d)?(?!\d)/y;
const IP_ADDRESS = /\d{1,3}(?:\.\d{1,3}){3}(?!\d|\.\d)/y;
const PHONE_NUMBER = /\d{3}[-.]\d{3}[-.]\d{4}(?!\d)/y;
const PARENTHESISED_PHONE = /\(\d{3}\)[ \u00A0]?\d{3}[-.]\d{4}(?!\d)/y;
const INTERNATIONAL_PHONE = /\+\d{1,3}(?:[ \-./]?\(\d{1,4}\)|[ \-./]\d{1,5})+(?!\d)/y;
const SLASH_PAIR = /(\d{1,3})\/(\d{1,4})(?![\d/]|[.,]\d)/y;
const IDENTIFIER_TOKEN = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/uy;
const LEADING_DIGITS = /\d+/y;
const AM_PM = /[ \t\u00A0\u202F]?(?:[aApP]\.[mM]\.|[aApP]\.?[mM](?![\p{L}])|o['’]clock(?![\p{L}]))/uy;
const RANGE_CONNECTOR = /([ \t\u00A0\u202F]*)(-|–|‒|~|to|through|thru|and)([ \t\u00A0\u202F]*)(?:[$€£][ \t]?)?/y;
const RANGE_PREFIX_BEFORE =
  /(?:^|[^\p{L}])(between|from)\s+(?:(?:US|C|A)?\$\s?|[€£¥₽₴]\s?)?(?:(?:minus|negative)\s+|[-−])?$/iud;
const ONE_AS_PRONOUN_AFTER =
  /(?:['’]s(?![\p{L}])|[ \t]+another(?![\p{L}])|[ \t]+(?:by|on|after)[ \t]+(?:one|another)(?![\p{L}])|-(?:off|sided|time|way|on-one|liner|stop|shot|size)(?![\p{L}]))/iuy;
const MERGEABLE_BOUND_GAP = /^[ \t\u00A0]*(?:,[ \t\u00A0]*)?(?:(?:and|but)[ \t\u00A0]+)?$/;
const DATE_CONTINUATION_GAP = /^[ \t\u00A0]*(?:and|or|to|through|&|,|-|–)[ \t\u00A0]*$/;

const HOUR_AND_MINUTES = /^(\d{1,2})(?:\.[0-5]\d)?$/;
const YEARS_OLD_AFTER = /[ \t\u00A0]+years?[ \t\u00A0]+old(?![\p{L}])/uy;
const LOOK_BEHIND = 48;
const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 6, 8, 10, 16]);
/** Integers longer than this are serial numbers, not quantities, and lose precision as doubles. */
const MAX_COUNT_DIGITS = 15;

// ---------------------------------------------------------------------------
// Atoms: single numbers as written
// ---------------------------------------------------------------------------

interface Atom {
  start: number;
  end: number;
  value: number;
  /** Largest multiplier applied by a scale word or suffix ("3 million" → 1e6), 1 when none. */
  multiplier: number;
  fromDigits: boolean;
  /** Digits only: no separator, decimal, suffix or word ("2024", "14"). */
  plainInteger: boolean;
  digitCount: number;
  vague: boolean;
  ordinal: boolean;
  /** What the form alone says the number is ("2024-12-14", "192.168.1.2", "1990s"), else null. */
  formKind: NumberKind | null;
}

function atomOf(start: number, end: number, value: number, fields: Partial<Atom> = {}): Atom {
  return {
    start, end, value, multiplier: 1, fromDigits: true, plainInteger: false, digitCount: 0, vague: false,
    ordinal: false, formKind: null, ...fields,
  };
}

interface Lexed {
  atom: Atom | null;
  /** Where the scanner resumes. */
  next: number;
}

function skipWord(text: string, from: number): number {
  let index = from;
  while (index < text.length && isAlphanumericAt(text, index)) index++;
  return Math.max(index, from + 1);
}

// ----- words ---------------------------------------------------------------

interface ReadToken {
  start: number;
  end: number;
  type: TokenType;
  value: number;
}

/** The number word or small integer after `from` (spaces or one hyphen between), or null. */
function readToken(text: string, from: number): ReadToken | null {
  const length = text.length;
  let index = from;
  while (index < length && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  if (index < length && isHyphenCode(text.charCodeAt(index))) {
    index++;
    while (index < length && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  }
  if (index >= length) return null;
  const code = text.charCodeAt(index);
  if (isDigitCode(code)) {
    INNER_DIGITS.lastIndex = index;
    const match = INNER_DIGITS.exec(text);
    if (match === null || isLetterAt(text, index + match[0].length)) return null;
    return { start: index, end: index + match[0].length, type: 'digits', value: Number(match[0]) };
  }
  if (!isAsciiLetterCode(code)) return null;
  let end = index;
  while (end < length && end - index <= 12 && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end - index > 12 || isAlphanumericAt(text, end)) return null;
  const word = text.slice(index, end);
  const token = ABBREVIATION_TOKENS.get(word) ?? WORD_TOKENS.get(word.toLowerCase());
  return token === undefined ? null : { start: index, end, type: token.type, value: token.value };
}

/** The cardinal being read, in the classic total/group form ("two hundred and two thousand"). */
interface Chain {
  end: number;
  total: number;
  group: number;
  groupHasHundred: boolean;
  groupHasTens: boolean;
  groupHasUnit: boolean;
  lastScale: number;
  last: TokenType | 'fraction';
  multiplier: number;
  tokens: number;
  fromDigits: boolean;
  vague: boolean;
  ordinal: boolean;
}

function chainOf(end: number, group: number, fields: Partial<Chain> = {}): Chain {
  return {
    end, total: 0, group, groupHasHundred: false, groupHasTens: false, groupHasUnit: false, lastScale: Infinity,
    last: 'unit', multiplier: 1, tokens: 1, fromDigits: false, vague: false, ordinal: false, ...fields,
  };
}

function singularFractionDenominator(token: ReadToken | null): number {
  if (token === null) return 0;
  if (token.type === 'half') return 2;
  if (token.type === 'quarter') return 4;
  if (token.type === 'ordinalUnit' && token.value >= 3 && token.value <= 10) return token.value;
  return 0;
}

function isMultiplierToken(token: ReadToken): boolean {
  return token.type === 'hundred' || token.type === 'scale' || token.type === 'dozen';
}

function isSmallToken(token: ReadToken): boolean {
  return (token.type === 'unit' && token.value > 0) || token.type === 'tens' || token.type === 'digits';
}

/** "point zero three", "point seventy-one": the digits spoken after "point". */
function readSpokenDecimals(text: string, from: number): { value: number; end: number } | null {
  let digits = '';
  let end = from;
  for (;;) {
    const token = readToken(text, end);
    if (token === null || token.type !== 'unit' && token.type !== 'tens') break;
    if (token.type === 'tens') {
      const unit = readToken(text, token.end);
      if (unit !== null && unit.type === 'unit' && unit.value > 0 && unit.value < 10) {
        digits += String(token.value + unit.value);
        end = unit.end;
        continue;
      }
    }
    digits += String(token.value);
    end = token.end;
  }
  return digits === '' ? null : { value: Number(`0.${digits}`), end };
}

type Step = 'reject' | 'continue' | 'final';

/** Applies one token to the chain, mutating it only when the token is accepted. */
function applyToken(text: string, chain: Chain, token: ReadToken, inAnd: { groupAtAnd: number; mustEndInFraction: boolean } | null): Step {
  const c = chain;
  switch (token.type) {
    case 'unit':
      if (token.value === 0 || c.groupHasUnit || (c.groupHasTens && token.value >= 10) || c.vague) return 'reject';
      c.group += token.value;
      c.groupHasUnit = true;
      return 'continue';
    case 'digits':
      if (token.value === 0 || c.groupHasUnit || c.groupHasTens || c.vague) return 'reject';
      if (c.last !== 'scale' && c.last !== 'hundred' && c.last !== 'and') return 'reject';
      if (c.groupHasHundred && token.value >= 100) return 'reject';
      c.group += token.value;
      c.groupHasUnit = true;
      c.groupHasTens = true;
      return 'continue';
    case 'tens':
      if (c.groupHasTens || c.groupHasUnit || c.vague) return 'reject';
      c.group += token.value;
      c.groupHasTens = true;
      return 'continue';
    case 'hundred':
      if (c.groupHasHundred || c.group <= 0 || c.group >= 1000 || inAnd?.mustEndInFraction) return 'reject';
      c.group *= 100;
      c.groupHasHundred = true;
      c.groupHasUnit = false;
      c.groupHasTens = false;
      c.multiplier = Math.max(c.multiplier, 100);
      return 'continue';
    case 'scale':
      if (inAnd?.mustEndInFraction) return 'reject';
      if (c.group > 0) {
        if (token.value >= c.lastScale) return 'reject';
        c.total += c.group * token.value;
        c.group = 0;
        c.lastScale = token.value;
      } else if (c.last === 'scale' && c.total > 0 && token.value > c.lastScale) {
        // "a thousand million", "three lakh crore": a scale of scales.
        c.total *= token.value;
        c.lastScale *= token.value;
      } else {
        return 'reject';
      }
      c.groupHasHundred = false;
      c.groupHasTens = false;
      c.groupHasUnit = false;
      c.multiplier = Math.max(c.multiplier, token.value);
      return 'continue';
    case 'dozen':
    case 'vaguePlural': {
      if (token.value !== 12 || c.group <= 0 || inAnd?.mustEndInFraction) return 'reject';
      const base = inAnd?.groupAtAnd ?? 0; // "three hundred and two dozen": only the two dozen
      c.group = base + (c.group - base) * 12;
      c.multiplier = Math.max(c.multiplier, 12);
      return 'final';
    }
    case 'fractionPlural': {
      const base = inAnd !== null ? inAnd.groupAtAnd : 0;
      if (inAnd === null && (c.groupHasHundred || c.total > 0 || c.vague)) return 'reject';
      const numerator = c.group - base;
      if (!(numerator > 0) || !Number.isInteger(numerator)) return 'reject';
      // "six million and two thirds" is a fraction of the million; "twenty and three fifths" of one.
      const whole = inAnd !== null && base === 0 && c.total > 0 ? c.lastScale : 1;
      c.group = base + (whole * numerator) / token.value;
      return 'final';
    }
    case 'half':
    case 'quarter':
    case 'ordinalUnit': {
      const denominator = singularFractionDenominator(token);
      if (c.tokens === 1 && c.group === 1 && !c.fromDigits && denominator > 0 && inAnd === null) {
        c.group = 1 / denominator; // "one fifth", "one quarter"
        return 'final';
      }
      if (token.type !== 'ordinalUnit' || inAnd?.mustEndInFraction) return 'reject';
      if (c.groupHasUnit || (c.groupHasTens && token.value >= 10)) return 'reject';
      if (c.last !== 'tens' && c.last !== 'hundred' && c.last !== 'scale' && c.last !== 'and') return 'reject';
      c.group += token.value; // "twenty-first", "one hundred and first"
      c.ordinal = true;
      return 'final';
    }
    case 'ordinalTens':
      if (c.groupHasTens || c.groupHasUnit || inAnd?.mustEndInFraction) return 'reject';
      if (c.last !== 'hundred' && c.last !== 'scale' && c.last !== 'and') return 'reject';
      c.group += token.value;
      c.ordinal = true;
      return 'final';
    case 'ordinalHundred':
      if (c.groupHasHundred || c.group <= 0 || c.group >= 100 || inAnd !== null) return 'reject';
      c.group *= 100;
      c.ordinal = true;
      return 'final';
    case 'ordinalScale':
      if (c.group <= 0 || token.value >= c.lastScale || inAnd !== null) return 'reject';
      c.total += c.group * token.value;
      c.group = 0;
      c.ordinal = true;
      return 'final';
    case 'point': {
      if (c.vague || inAnd !== null || c.last === 'fraction') return 'reject';
      const decimals = readSpokenDecimals(text, token.end);
      if (decimals === null) return 'reject';
      c.group += decimals.value;
      token.end = decimals.end;
      return 'final';
    }
    default:
      return 'reject';
  }
}

/** "and a half" / "and one half" after a number: the fraction it adds, or 0 when the words after "and" are not one. */
function readAndAFraction(text: string, afterAnd: ReadToken): { denominator: number; end: number } {
  const isOne = afterAnd.type === 'article' || (afterAnd.type === 'unit' && afterAnd.value === 1);
  if (!isOne) return { denominator: 0, end: 0 };
  const fraction = readToken(text, afterAnd.end);
  const denominator = singularFractionDenominator(fraction);
  return denominator > 0 && fraction !== null ? { denominator, end: fraction.end } : { denominator: 0, end: 0 };
}

/** Reads number words (and small integers after scales) after the chain's first token. */
function extendChain(text: string, start: Chain): Chain {
  let chain = start;
  let beforeAnd: Chain | null = null;
  let inAnd: { groupAtAnd: number; mustEndInFraction: boolean } | null = null;
  let rejected: TokenType | null = null;
  for (;;) {
    const token = readToken(text, chain.end);
    if (token === null) break;
    if (token.type === 'and') {
      if (inAnd !== null) {
        rejected = token.type;
        break;
      }
      const afterAnd = readToken(text, token.end);
      if (afterAnd === null) break;
      const fraction = readAndAFraction(text, afterAnd);
      if (fraction.denominator > 0) {
        if (chain.group > 0) chain.group += 1 / fraction.denominator; // "two and a half"
        else if (chain.last === 'scale') chain.total += chain.lastScale / fraction.denominator; // "3 million and a half"
        else break;
        chain.groupHasUnit = true;
        chain.groupHasTens = true;
        chain.end = fraction.end;
        chain.last = 'fraction';
        chain.tokens += 3;
        continue;
      }
      if (!isSmallToken(afterAnd)) break;
      // An "and" is kept only if what follows proves it: after "hundred" or a scale a smaller
      // number may follow ("three hundred and six"); otherwise only a fraction ("twenty and three fifths").
      beforeAnd = { ...chain };
      inAnd = { groupAtAnd: chain.group, mustEndInFraction: chain.last !== 'hundred' && chain.last !== 'scale' };
      if (inAnd.mustEndInFraction) {
        chain.groupHasUnit = false;
        chain.groupHasTens = false;
      }
      chain.end = token.end;
      chain.last = 'and';
      chain.tokens++;
      continue;
    }
    const step = applyToken(text, chain, token, inAnd);
    if (step === 'reject') {
      rejected = token.type;
      break;
    }
    chain.end = token.end;
    chain.tokens++;
    chain.last = token.type;
    if (token.type === 'fractionPlural') {
      inAnd = null;
      beforeAnd = null;
    } else if (inAnd !== null && !inAnd.mustEndInFraction && (token.type === 'hundred' || token.type === 'scale')) {
      inAnd = null; // "two thousand and two hundred": the "and" is proven
      beforeAnd = null;
    }
    if (step === 'final') break;
  }
  const rejectedMultiplier = rejected === 'hundred' || rejected === 'scale' || rejected === 'dozen';
  if (beforeAnd !== null && inAnd !== null && (inAnd.mustEndInFraction || chain.last === 'and' || rejectedMultiplier)) {
    return beforeAnd;
  }
  return chain;
}

function chainValue(chain: Chain): number {
  return chain.total + chain.group;
}

function atomFromChain(start: number, chain: Chain): Atom {
  return atomOf(start, chain.end, chainValue(chain), {
    multiplier: chain.multiplier,
    fromDigits: chain.fromDigits,
    vague: chain.vague,
    ordinal: chain.ordinal,
  });
}

/** "dozens", "hundreds of thousands", "tens of thousands", "scores of". */
function lexVaguePlural(text: string, first: ReadToken, word: string): Atom | null {
  let value = 2 * first.value;
  let unit = first.value;
  let end = first.end;
  let needsOf = VAGUE_PLURALS_NEEDING_OF.has(word);
  for (;;) {
    const of = readToken(text, end);
    if (of === null || of.type !== 'of') break;
    needsOf = false;
    const larger = readToken(text, of.end);
    if (larger === null || larger.type !== 'vaguePlural' || larger.value <= unit) break;
    value *= larger.value;
    unit = larger.value;
    end = larger.end;
  }
  if (needsOf) return null;
  return atomOf(first.start, end, value, { multiplier: unit, fromDigits: false, vague: true });
}

/** "a hundred", "a dozen", "a few", "a handful", "a couple of", "a half", "a quarter of". */
function chainAfterArticle(text: string, article: ReadToken): Chain | null {
  const next = readToken(text, article.end);
  if (next === null) return null;
  switch (next.type) {
    case 'hundred':
    case 'scale':
    case 'dozen':
      return chainOf(article.end, 1, { groupHasUnit: true, groupHasTens: true, last: 'unit' });
    case 'vagueStarter': {
      let end = next.end;
      if (text.slice(next.start, next.end).toLowerCase() === 'couple') {
        // "a couple of", "a couple (of) hundred"; not "a couple who".
        const after = readToken(text, next.end);
        if (after === null || (after.type !== 'of' && !isMultiplierToken(after))) return null;
        const multiplier = after.type === 'of' ? readToken(text, after.end) : null;
        if (multiplier !== null && isMultiplierToken(multiplier)) end = after.end;
      }
      return chainOf(end, next.value, { groupHasUnit: true, groupHasTens: true, vague: true, tokens: 2 });
    }
    case 'half':
      return chainOf(next.end, 0.5, { groupHasUnit: true, groupHasTens: true, groupHasHundred: true, last: 'fraction', tokens: 2 });
    case 'quarter':
    case 'ordinalUnit': {
      const denominator = singularFractionDenominator(next);
      const after = readToken(text, next.end);
      if (denominator === 0 || after === null || (after.type !== 'of' && after.type !== 'scale')) return null;
      return chainOf(next.end, 1 / denominator, { groupHasUnit: true, groupHasTens: true, groupHasHundred: true, last: 'fraction', tokens: 2 });
    }
    default:
      return null;
  }
}

/** "half a million", "half-million", "quarter million": a half or quarter of the multiplier after it. */
function chainAfterFractionWord(text: string, first: ReadToken): Chain | null {
  let next = readToken(text, first.end);
  let end = first.end;
  if (next !== null && next.type === 'article' && first.type === 'half') {
    end = next.end;
    next = readToken(text, next.end);
  }
  if (next === null || (next.type !== 'scale' && next.type !== 'dozen' && next.type !== 'hundred')) return null;
  return chainOf(end, 1 / first.value, { groupHasUnit: true, groupHasTens: true, last: 'fraction' });
}

function isOneAsPronoun(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const previousWord = before.lower;
  if (PRONOUN_ONE_DETERMINERS.has(previousWord)) return true;
  // The second "one" of "one by one", "one on one".
  if ((previousWord === 'by' || previousWord === 'on') && wordBefore(text, before.start).lower === 'one') return true;
  ONE_AS_PRONOUN_AFTER.lastIndex = end;
  return ONE_AS_PRONOUN_AFTER.test(text);
}

function lexWords(text: string, start: number, floor: number): Lexed {
  const rejected: Lexed = { atom: null, next: skipWord(text, start) };
  if (isLetterAt(text, start - 1) || start < floor) return rejected;
  const first = readToken(text, start);
  if (first === null || first.start !== start) return rejected;
  const word = text.slice(first.start, first.end).toLowerCase();
  let chain: Chain | null;
  switch (first.type) {
    case 'unit':
      chain = chainOf(first.end, first.value, { groupHasUnit: true });
      break;
    case 'tens':
      chain = chainOf(first.end, first.value, { groupHasTens: true, last: 'tens' });
      break;
    case 'vagueStarter':
      chain = chainOf(first.end, first.value, { groupHasUnit: true, groupHasTens: true, vague: true });
      break;
    case 'article':
      chain = chainAfterArticle(text, first);
      break;
    case 'half':
    case 'quarter':
      chain = chainAfterFractionWord(text, first);
      break;
    case 'vaguePlural': {
      const atom = lexVaguePlural(text, first, word);
      return atom === null ? rejected : { atom, next: atom.end };
    }
    case 'ordinalUnit':
    case 'ordinalTens':
    case 'ordinalHundred': {
      if (word === 'second' && SECOND_AS_TIME_DETERMINERS.has(wordBefore(text, start).lower)) return rejected;
      const atom = atomOf(start, first.end, first.value, { fromDigits: false, ordinal: true });
      return { atom, next: atom.end };
    }
    default:
      return rejected;
  }
  if (chain === null) return rejected;
  chain = extendChain(text, chain);
  if (chain.tokens === 1 && word === 'one' && isOneAsPronoun(text, start, chain.end)) return rejected;
  const atom = atomFromChain(start, chain);
  return { atom, next: atom.end };
}

// ----- digits --------------------------------------------------------------

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
  return index;
}

function isDateLike(first: number, second: number): boolean {
  return (first >= 1 && first <= 12 && second >= 1 && second <= 31) || (first >= 1 && first <= 31 && second >= 1 && second <= 12);
}

function formLexed(start: number, end: number, value: number, kind: NumberKind): Lexed {
  return { atom: atomOf(start, end, value, { formKind: kind }), next: end };
}

/** Dates, times, addresses and phone numbers written as one token of digits and punctuation. */
function lexStructuredDigits(text: string, start: number, runEnd: number, floor: number): Lexed | null {
  const after = text.charCodeAt(runEnd);
  const runLength = runEnd - start;
  if (after === 58 /* : */ && runLength <= 2) {
    CLOCK_TIME.lastIndex = start;
    const time = CLOCK_TIME.exec(text);
    if (time !== null) return formLexed(start, start + time[0].length, Number(time[1]), 'time');
  }
  if (after === 46 /* . */ && runLength <= 3) {
    IP_ADDRESS.lastIndex = start;
    const ip = IP_ADDRESS.exec(text);
    if (ip !== null) return formLexed(start, start + ip[0].length, Number(text.slice(start, runEnd)), 'identifier');
  }
  if (after === 45 /* - */ && runLength === 4) {
    ISO_DATE.lastIndex = start;
    const date = ISO_DATE.exec(text);
    if (date !== null) return formLexed(start, start + date[0].length, Number(date[1]), 'date');
  }
  if ((after === 45 || after === 46) && runLength === 3) {
    PHONE_NUMBER.lastIndex = start;
    const phone = PHONE_NUMBER.exec(text);
    if (phone !== null) return formLexed(start, start + phone[0].length, Number(text.slice(start, runEnd)), 'identifier');
  }
  if ((after === 45 || after === 46 || after === 47) && runLength <= 2) {
    NUMERIC_DATE.lastIndex = start;
    const date = NUMERIC_DATE.exec(text);
    if (date !== null && isDateLike(Number(date[1]), Number(date[3]))) {
      return formLexed(start, start + date[0].length, Number(date[1]), 'date');
    }
  }
  if (after === 47 /* / */ && runLength <= 3) {
    SLASH_PAIR.lastIndex = start;
    const pair = SLASH_PAIR.exec(text);
    if (pair !== null) {
      const numerator = Number(pair[1]);
      const denominator = Number(pair[2]);
      const end = start + pair[0].length;
      if (numerator < denominator && FRACTION_DENOMINATORS.has(denominator)) {
        return { atom: atomOf(start, end, numerator / denominator), next: end };
      }
      const kind: NumberKind = isDateLike(numerator, denominator) || denominator >= 1900 ? 'date' : 'identifier';
      return formLexed(start, end, numerator, kind);
    }
  }
  if (start - 1 >= floor && text.charCodeAt(start - 1) === 40 /* ( */ && runLength === 3) {
    PARENTHESISED_PHONE.lastIndex = start - 1;
    const phone = PARENTHESISED_PHONE.exec(text);
    if (phone !== null) {
      const end = start - 1 + phone[0].length;
      return { atom: atomOf(start - 1, end, Number(text.slice(start, runEnd)), { formKind: 'identifier' }), next: end };
    }
  }
  if (start - 1 >= floor && text.charCodeAt(start - 1) === 43 /* + */) {
    INTERNATIONAL_PHONE.lastIndex = start - 1;
    const phone = INTERNATIONAL_PHONE.exec(text);
    if (phone !== null && phone[0].replace(/\D/g, '').length >= 7) {
      const end = start - 1 + phone[0].length;
      return { atom: atomOf(start - 1, end, Number(text.slice(start, runEnd)), { formKind: 'identifier' }), next: end };
    }
  }
  return null;
}

/** "12m": millions before people or money ("12m people", "$12m"), metres otherwise. */
function isMillionM(text: string, numberStart: number, suffixEnd: number): boolean {
  let before = numberStart - 1;
  if (before >= 0 && isHorizontalSpaceCode(text.charCodeAt(before))) before--;
  if (before >= 0 && CURRENCY_SYMBOL_CODES.has(text.charCodeAt(before))) return true;
  const next = readFollower(text, suffixEnd, text.length);
  return next !== null && next.gap === 'space' && (PEOPLE_NOUNS.has(next.lower) || MONEY_WORDS.has(next.lower));
}

/** The characters DIGIT_GROUPS accepts between groups of three digits. */
function isGroupSeparatorCode(code: number): boolean {
  return code === 44 || code === 46 || code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function lexDigits(text: string, start: number, floor: number): Lexed {
  const length = text.length;
  if (isLetterAt(text, start - 1) || (isHyphenCode(text.charCodeAt(start - 1)) && isLetterAt(text, start - 2))) {
    const tokenStart = identifierStart(text, start, floor);
    if (tokenStart < 0) return { atom: null, next: skipWord(text, start) };
    if (tokenStart < start) return lexIdentifierToken(text, tokenStart, start);
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
      literal += exponent[0];
      end += exponent[0].length;
      plain = false;
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
    if (suffixEnd - end > 12 || isAlphanumericAt(text, suffixEnd)) return lexIdentifierToken(text, start, start);
    const suffix = text.slice(end, suffixEnd);
    const multiplier = MULTIPLIER_SUFFIXES[suffix] ?? (suffix === 'm' && isMillionM(text, start, suffixEnd) ? 1e6 : undefined);
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
    return { atom: atomOf(start, end, value, { plainInteger: plain, digitCount }), next: end };
  }

  // "3 million", "1.5 billion", "322 hundred", "4 thousand 3 hundred and 21", "3 and a half".
  const chain = extendChain(text, chainOf(end, value, { groupHasUnit: true, groupHasTens: true, last: 'digits', fromDigits: true }));
  if (chain.end === end) {
    return { atom: atomOf(start, end, value, { plainInteger: plain, digitCount }), next: end };
  }
  return { atom: atomFromChain(start, chain), next: chain.end };
}

/** ".08": a decimal written without its leading zero. */
function lexLeadingDecimal(text: string, start: number): Lexed {
  if (isAlphanumericAt(text, start - 1) || text.charCodeAt(start - 1) === 46) return { atom: null, next: start + 1 };
  DECIMAL_PART.lastIndex = start;
  const decimal = DECIMAL_PART.exec(text);
  if (decimal === null) return { atom: null, next: start + 1 };
  const end = start + decimal[0].length;
  if (isLetterAt(text, end)) return { atom: null, next: end };
  return { atom: atomOf(start, end, Number(`0${decimal[0]}`)), next: end };
}

function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let floor = 0;
  let position = 0;
  for (;;) {
    const start = nextCandidate(text, position);
    if (start < 0) break;
    const code = text.charCodeAt(start);
    let lexed: Lexed;
    if (isDigitCode(code)) lexed = lexDigits(text, start, floor);
    else if (code === 46) lexed = lexLeadingDecimal(text, start);
    else if (code >= 128 && VULGAR_FRACTIONS[text.charAt(start)] !== undefined) {
      lexed = { atom: atomOf(start, start + 1, VULGAR_FRACTIONS[text.charAt(start)] ?? 0), next: start + 1 };
    } else lexed = lexWords(text, start, floor);
    if (lexed.atom !== null && lexed.atom.start >= floor && lexed.atom.end > lexed.atom.start && Number.isFinite(lexed.atom.value)) {
      atoms.push(lexed.atom);
      floor = lexed.atom.end;
    }
    position = Math.max(lexed.next, start + 1);
  }
  return atoms;
}

// ---------------------------------------------------------------------------
// Ranges: "10,000-12,000", "between 11,000 and 12,000", "from 40 to 50", "2 to 3 million"
// ---------------------------------------------------------------------------

interface Item {
  low: Atom;
  high: Atom | null;
  lowValue: number;
  highValue: number;
  /** Start of "between" / "from", else the low number's start. */
  prefixStart: number;
}

function canBeRangeEnd(atom: Atom): boolean {
  return atom.formKind === null && !atom.vague && !atom.ordinal;
}

function rangeOf(text: string, low: Atom, high: Atom): Item | null {
  if (!canBeRangeEnd(low) || !canBeRangeEnd(high)) return null;
  RANGE_CONNECTOR.lastIndex = low.end;
  const connector = RANGE_CONNECTOR.exec(text);
  if (connector === null || low.end + connector[0].length !== high.start) return null;
  const [, spaceBefore = '', word = '', spaceAfter = ''] = connector;
  const isWord = /^[a-z]/i.test(word);
  if (isWord && (spaceBefore === '' || spaceAfter === '')) return null;
  if (!isWord && !(low.fromDigits && high.fromDigits)) return null;
  const prefix = groupBefore(RANGE_PREFIX_BEFORE, text, low.start, 0, 32);
  const prefixWord = prefix?.group.toLowerCase();
  if (word.toLowerCase() === 'and' && prefixWord !== 'between') return null;
  let lowValue = low.value;
  let highValue = high.value;
  if (low.multiplier === 1 && high.multiplier > 1 && low.value * high.multiplier <= high.value) {
    lowValue = low.value * high.multiplier; // "2 to 3 million"
  } else if (word === '-' || word === '–') {
    const abbreviatedYear = low.plainInteger && low.digitCount === 4 && high.plainInteger && high.digitCount === 2;
    if (abbreviatedYear) highValue = Math.floor(low.value / 100) * 100 + high.value; // "2022-23"
  }
  if (!(lowValue < highValue)) return null;
  const prefixStart = prefix?.start ?? low.start;
  const isFromOrBetween = prefixWord === 'between' || (prefixWord === 'from' && word.toLowerCase() !== 'and');
  return { low, high, lowValue, highValue, prefixStart: isFromOrBetween ? prefixStart : low.start };
}

function combineRanges(text: string, atoms: readonly Atom[]): Item[] {
  const items: Item[] = [];
  for (let index = 0; index < atoms.length; index++) {
    const low = atoms[index]!;
    const high = atoms[index + 1];
    const range = high === undefined ? null : rangeOf(text, low, high);
    if (range !== null) {
      items.push(range);
      index++;
    } else {
      items.push({ low, high: null, lowValue: low.value, highValue: low.value, prefixStart: low.start });
    }
  }
  return items;
}

// ---------------------------------------------------------------------------
// Context: kind, unit, bound
// ---------------------------------------------------------------------------

interface Follower {
  start: number;
  end: number;
  word: string;
  lower: string;
  /** How the word is joined to what precedes it. */
  gap: 'none' | 'hyphen' | 'space';
}

/** The word, "%" or "°" right after `from` (up to three spaces or one hyphen between), ending before `limit`. */
function readFollower(text: string, from: number, limit: number): Follower | null {
  let index = from;
  let gap: Follower['gap'] = 'none';
  while (index < limit && index - from < 3 && isHorizontalSpaceCode(text.charCodeAt(index))) index++;
  if (index > from) gap = 'space';
  else if (index < limit && isHyphenCode(text.charCodeAt(index))) {
    gap = 'hyphen';
    index++;
  }
  if (index >= limit) return null;
  const code = text.charCodeAt(index);
  if (code === 37 /* % */ || code === 0xb0 /* ° */) {
    const word = text.charAt(index);
    return { start: index, end: index + 1, word, lower: word, gap };
  }
  let end = index;
  while (end < limit && end - index <= 20 && isLetterAt(text, end)) end++;
  if (end === index || end - index > 20) return null;
  if (text.charCodeAt(end) === 178 /* ² */) end++;
  const word = text.slice(index, end);
  return { start: index, end, word, lower: word.toLowerCase(), gap };
}

interface WordBefore {
  /** As written; '' when there is no word (or only a very long one) right before. */
  readonly word: string;
  /** `word` lower-cased. */
  readonly lower: string;
  readonly start: number;
}

/** The last answer of wordBefore: one number's readers ask for the word before it several times. */
let wordBeforeText: string | null = null;
let wordBeforeEnd = -1;
let wordBeforeResult: WordBefore = { word: '', lower: '', start: 0 };

/** The word ending at `end`, past up to three spaces: the cheap look-behind used before any regex. */
function wordBefore(text: string, end: number): WordBefore {
  if (end === wordBeforeEnd && text === wordBeforeText) return wordBeforeResult;
  let index = end;
  while (index > 0 && end - index < 3 && isSpaceCode(text.charCodeAt(index - 1))) index--;
  const wordEnd = index;
  while (index > 0 && wordEnd - index < 24 && isLetterAt(text, index - 1)) index--;
  let result: WordBefore;
  if (isLetterAt(text, index - 1)) {
    result = { word: '', lower: '', start: wordEnd };
  } else {
    const word = text.slice(index, wordEnd);
    result = { word, lower: word.toLowerCase(), start: index };
  }
  wordBeforeText = text;
  wordBeforeEnd = end;
  wordBeforeResult = result;
  return result;
}

/** Index of the first non-space character before `end` (past up to `spaces` spaces), or -1. */
function charBefore(text: string, end: number, spaces: number): number {
  let index = end - 1;
  while (index >= 0 && end - 1 - index < spaces && isSpaceCode(text.charCodeAt(index))) index--;
  return index;
}

function windowBefore(text: string, end: number, size: number): string {
  return text.slice(Math.max(0, end - size), end);
}

/**
 * Runs a `d`-flagged regex anchored with `$` on the text before `end` and returns where its
 * first matched capture group starts, if that is not before `floor` (the previous number's end).
 * The window is not cut at `floor`, so `^` in a pattern only ever means the start of the text.
 */
function groupBefore(pattern: RegExp, text: string, end: number, floor: number, size: number): { start: number; group: string } | null {
  const windowStart = Math.max(0, end - size);
  const match = pattern.exec(text.slice(windowStart, end));
  if (match === null || match.indices === undefined) return null;
  for (let group = 1; group < match.length; group++) {
    const span = match.indices[group];
    const captured = match[group];
    if (span !== undefined && captured !== undefined) {
      return windowStart + span[0] >= floor ? { start: windowStart + span[0], group: captured } : null;
    }
  }
  return null;
}

interface Reading {
  kind: NumberKind;
  unit: string | null;
  start: number;
  end: number;
}

function readingOf(kind: NumberKind, unit: string | null, start: number, end: number): Reading {
  return { kind, unit, start, end };
}

interface Context {
  text: string;
  item: Item;
  numberStart: number;
  numberEnd: number;
  /** Leftmost start so far (sign, currency, "between"). */
  left: number;
  floor: number;
  limit: number;
  currency: string | null;
  cue: CueBound | null;
  previous: NumberMention | null;
}

function isDayOfMonth(atom: Atom, value: number): boolean {
  return atom.fromDigits && (atom.plainInteger || atom.ordinal) && Number.isInteger(value) && value >= 1 && value <= 31;
}

function isYearLike(atom: Atom, value: number): boolean {
  return atom.plainInteger && atom.digitCount === 4 && value >= 1900 && value <= 2100;
}

function isUsableNoun(word: Follower): boolean {
  return /^[a-z]+$/.test(word.word) && !NOT_A_COUNTED_NOUN.has(word.lower) && !word.lower.endsWith('ly');
}

/** The noun a count counts: the next lower-case word ("soldiers"), past "of" and up to two capitalised words. */
function countedNoun(text: string, from: number, limit: number, atom: Atom): string | null {
  let word = readFollower(text, from, limit);
  if (word === null || word.gap !== 'space') return null;
  if (word.lower === 'of' && (atom.vague || atom.multiplier > 1)) {
    word = readFollower(text, word.end, limit);
    if (word === null || word.gap !== 'space') return null;
  }
  if (isUsableNoun(word)) return word.lower;
  for (let skipped = 0; skipped < 2 && /^[A-Z][a-z]+$/.test(word.word); skipped++) {
    word = readFollower(text, word.end, limit);
    if (word === null || word.gap !== 'space') return null;
    if (isUsableNoun(word) && (PEOPLE_NOUNS.has(word.lower) || word.lower.endsWith('s'))) return word.lower;
  }
  return null;
}

/** "7" or "7.30" before "p.m.". */
function isHourLike(text: string, item: Item): boolean {
  const { low } = item;
  if (item.high !== null || !low.fromDigits || low.multiplier !== 1) return false;
  const written = HOUR_AND_MINUTES.exec(text.slice(low.start, low.end));
  return written !== null && Number(written[1]) >= 1 && Number(written[1]) <= 12;
}

function amPmEnd(text: string, end: number, limit: number): number {
  AM_PM.lastIndex = end;
  const amPm = AM_PM.exec(text);
  return amPm !== null && end + amPm[0].length <= limit ? end + amPm[0].length : -1;
}

/** "December 14", "Dec. 14": where the month name before the number starts, or -1. */
function monthStartBefore(text: string, numberStart: number, floor: number): number {
  let end = charBefore(text, numberStart, 2) + 1;
  if (end === numberStart) return -1;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  const month = wordBefore(text, end);
  return MONTHS.has(month.word) && month.start >= floor ? month.start : -1;
}

/** "Resolution 2231", "Article 5", "No. 5", "#5". */
function isNamedByWordBefore(text: string, numberStart: number): boolean {
  const before = charBefore(text, numberStart, 2);
  if (before < 0) return false;
  const code = text.charCodeAt(before);
  if (code === 35 /* # */) return true;
  if (code === 46 /* . */) return NUMBER_ABBREVIATIONS.has(wordBefore(text, before).lower);
  if (before === numberStart - 1) return false;
  const word = wordBefore(text, numberStart);
  return IDENTIFIER_WORDS.has(word.lower) || CAPITALISED_NUMBER_WORDS.has(word.word);
}

function areAllShortPlainIntegers(item: Item): boolean {
  return item.low.plainInteger && item.low.digitCount <= 4 && (item.high === null || (item.high.plainInteger && item.high.digitCount <= 4));
}

/** Kind, unit and the span's extension by what the number's own notation includes. */
function classify(context: Context): Reading {
  const { text, item, numberStart, numberEnd, limit, left } = context;
  const { low, high } = item;

  if (low.formKind === 'time') {
    const amPm = amPmEnd(text, numberEnd, limit);
    return readingOf('time', null, left, amPm < 0 ? numberEnd : amPm);
  }
  if (low.formKind !== null) return readingOf(low.formKind, null, left, numberEnd);

  const follower = readFollower(text, numberEnd, limit);
  const dayLike = isDayOfMonth(low, item.lowValue) && (high === null || isDayOfMonth(high, item.highValue));
  if (dayLike) {
    const monthStart = monthStartBefore(text, numberStart, context.floor);
    if (monthStart >= 0) return readingOf('date', null, Math.min(monthStart, left), numberEnd);
    let monthWord = follower;
    if (monthWord !== null && monthWord.gap === 'space' && monthWord.lower === 'of') monthWord = readFollower(text, monthWord.end, limit);
    if (monthWord !== null && monthWord.gap === 'space' && MONTHS.has(monthWord.word)) {
      const end = text.charCodeAt(monthWord.end) === 46 && monthWord.word.length <= 4 ? monthWord.end + 1 : monthWord.end;
      return readingOf('date', null, left, Math.min(end, limit));
    }
  }
  if (low.ordinal) return readingOf('ordinal', null, left, numberEnd);
  if (context.currency !== null) return readingOf('money', context.currency, left, numberEnd);
  if (isHourLike(text, item)) {
    const amPm = amPmEnd(text, numberEnd, limit);
    if (amPm >= 0) return readingOf('time', null, left, amPm);
  }

  if (follower !== null) {
    const joined = follower.gap !== 'space';
    if (follower.word === '%') return readingOf('percent', '%', left, follower.end);
    if (follower.word === '°') {
      const scale = text.charAt(follower.end);
      const withScale = (scale === 'C' || scale === 'F') && !isLetterAt(text, follower.end + 1) && follower.end + 1 <= limit;
      return readingOf('measure', withScale ? `°${scale}` : 'degrees', left, withScale ? follower.end + 1 : follower.end);
    }
    if (follower.lower === 'percent' || follower.lower === 'pct') return readingOf('percent', '%', left, follower.end);
    if (follower.lower === 'percentage') return readingOf('percent', '%', left, numberEnd);
    if (follower.lower === 'per') {
      const cent = readFollower(text, follower.end, limit);
      if (cent !== null && cent.gap === 'space' && cent.lower === 'cent') return readingOf('percent', '%', left, cent.end);
    }
    if (TIME_ZONE_WORDS.has(follower.lower) && areAllShortPlainIntegers(item)) return readingOf('time', null, left, numberEnd);
    const money = MONEY_WORDS.get(follower.lower);
    if (money !== undefined) return readingOf('money', money, left, joined ? follower.end : numberEnd);
    if (follower.word === 'US') {
      const dollars = readFollower(text, follower.end, limit);
      if (dollars !== null && (dollars.lower === 'dollars' || dollars.lower === 'dollar')) return readingOf('money', 'USD', left, numberEnd);
    }
    const unit = UNITS.get(follower.lower);
    if (unit !== undefined && (!unit.attachedOnly || (follower.gap === 'none' && follower.word === follower.lower))) {
      if (unit.unit === 'lb' && (low.multiplier >= 1000 || item.lowValue >= 1e6)) return readingOf('money', 'GBP', left, numberEnd);
      if (unit.unit === 'hours' && low.plainInteger && low.digitCount === 4 && text.charCodeAt(low.start) === 48) {
        return readingOf('time', null, left, numberEnd); // "0700 hours"
      }
      let end = joined ? follower.end : numberEnd;
      if (unit.unit === 'years' && joined) {
        const old = readFollower(text, follower.end, limit);
        if (old !== null && old.gap === 'hyphen' && old.lower === 'old') end = old.end; // "20-year-old"
      }
      return readingOf('measure', unit.unit, left, end);
    }
    if (follower.gap === 'none') {
      // Letters against the digits that are no unit: a name such as "5G" or "2S19".
      IDENTIFIER_TOKEN.lastIndex = numberStart;
      const token = IDENTIFIER_TOKEN.exec(text);
      const tokenEnd = token === null ? follower.end : numberStart + token[0].length;
      return readingOf('identifier', null, numberStart, Math.min(limit, Math.max(follower.end, tokenEnd)));
    }
  }

  if (left === numberStart && isNamedByWordBefore(text, numberStart)) return readingOf('identifier', null, left, numberEnd);
  if (AGE_WORDS.has(wordBefore(text, left).lower)) return readingOf('measure', 'years', left, numberEnd);

  const previous = context.previous;
  if (dayLike && high === null && previous !== null && previous.kind === 'date' && DATE_CONTINUATION_GAP.test(text.slice(previous.end, numberStart))) {
    return readingOf('date', null, left, numberEnd); // "December 14 and 15"
  }

  const noun = countedNoun(text, numberEnd, limit, low);
  const yearLike = isYearLike(low, item.lowValue) &&
    (high === null || isYearLike(high, item.highValue) || (high.plainInteger && high.digitCount === 2));
  if (yearLike && context.currency === null) {
    const countsPeople = noun !== null && PEOPLE_NOUNS.has(noun) && !YEAR_PREPOSITIONS.has(wordBefore(text, left).lower);
    const bounded = context.cue === 'lower' || context.cue === 'upper';
    if (!countsPeople && !bounded) return readingOf('year', null, left, numberEnd);
  }
  return readingOf('count', noun, left, numberEnd);
}

interface FoundCue {
  bound: CueBound;
  start: number;
}

function boundCueBefore(text: string, left: number, floor: number): FoundCue | null {
  const before = charBefore(text, left, 3);
  if (before < floor) return null;
  const code = text.charCodeAt(before);
  if (SYMBOL_CUE_CODES.has(code)) {
    const symbol = groupBefore(SYMBOL_CUE_BEFORE, text, left, floor, 8);
    if (symbol === null || HTML_TAG_BEFORE.test(windowBefore(text, left, LOOK_BEHIND))) return null;
    const sign = symbol.group.replace(/[ \t]/g, '');
    const bound: CueBound = sign.startsWith('>') || sign === '≥' ? 'lower' : sign.startsWith('<') || sign === '≤' ? 'upper' : 'approx';
    return { bound, start: symbol.start };
  }
  const last = wordBefore(text, code === 46 /* . */ ? before : left).lower;
  const pattern = BOUND_CUE_BEFORE.get(last);
  if (pattern === undefined) return null;
  const words = groupBefore(pattern, text, left, floor, LOOK_BEHIND);
  if (words === null) return null;
  const bound = CUE_BOUNDS.get(words.group.toLowerCase().replace(/\s+/g, ' '));
  return bound === undefined ? null : { bound, start: words.start };
}

/** "rose by 300", "an increase of 300", "fell 5%", "up 5%". */
function changeBefore(text: string, left: number, kind: NumberKind): Change | null {
  const last = wordBefore(text, left);
  let verb = last.lower;
  let joined = false;
  if (verb === 'by' || verb === 'of') {
    const word = wordBefore(text, last.start);
    if (verb === 'of' && !['a', 'an'].includes(wordBefore(text, word.start).lower)) return null;
    verb = word.lower;
    joined = true;
  }
  const bareAllowed = kind === 'percent' || kind === 'money';
  if (!joined && CHANGE_WORDS_NEEDING_BY.has(verb) && !bareAllowed) return null;
  if (INCREASE_WORDS.has(verb)) return 'up';
  if (DECREASE_WORDS.has(verb)) return 'down';
  return null;
}

interface PostfixCue {
  bound: CueBound;
  end: number;
}

function postfixCue(text: string, end: number, limit: number): PostfixCue | null {
  POSTFIX_CUE.lastIndex = end;
  const match = POSTFIX_CUE.exec(text);
  if (match === null || end + match[0].length > limit) return null;
  // "above 1000 and below 1500": the words bound the next number, not this one.
  if (limit < text.length && /^\s*$/.test(text.slice(end + match[0].length, limit))) return null;
  POSTFIX_FOLLOWED_BY_ALTERNATIVE.lastIndex = end + match[0].length;
  if (POSTFIX_FOLLOWED_BY_ALTERNATIVE.test(text)) return null;
  const word = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').toLowerCase();
  const bound = POSTFIX_BOUNDS[word];
  return bound === undefined ? null : { bound, end: end + match[0].length };
}

/** "-5", "minus five", "negative ten": where the sign starts, or -1. */
function signStartBefore(text: string, numberStart: number, floor: number): number {
  const before = numberStart - 1;
  if (before < floor) return -1;
  const code = text.charCodeAt(before);
  if (code === 45 || code === 0x2212) {
    const outer = before - 1;
    const outerCode = text.charCodeAt(outer);
    const standsAlone = outer < 0 || isSpaceCode(outerCode) || '(<>=≤≥'.includes(text.charAt(outer));
    return standsAlone ? before : -1;
  }
  if (!isSpaceCode(code)) return -1;
  const word = wordBefore(text, numberStart);
  return NEGATIVE_WORDS.has(word.lower) && word.start >= floor ? word.start : -1;
}

/** "$2.5 billion", "US$ 1MM", "USD 3": the currency and where its sign starts. */
function currencyBefore(text: string, left: number, floor: number): { code: string; start: number } | null {
  const before = charBefore(text, left, 1);
  if (before < floor) return null;
  const code = text.charCodeAt(before);
  if (!CURRENCY_SYMBOL_CODES.has(code) && !isAsciiLetterCode(code) && code !== 46) return null;
  const sign = groupBefore(CURRENCY_BEFORE, text, left, floor, 8);
  const iso = sign === null ? undefined : CURRENCY_SIGNS[sign.group];
  return sign === null || iso === undefined ? null : { code: iso, start: sign.start };
}

const CHANGE_OF_BOUND: Readonly<Record<Bound, Change>> = {
  exact: '=', approx: '~', vague: '~', lower: '>', upper: '<', range: '=',
};

/** Kinds whose bound words are not read: "since about 2014" is a year, not a bounded quantity. */
const UNBOUNDED_KINDS: ReadonlySet<NumberKind> = new Set(['year', 'date', 'time', 'ordinal', 'identifier']);

function isOverADuration(text: string, cue: FoundCue, left: number, reading: Reading, numberEnd: number): boolean {
  if (reading.kind !== 'measure' || reading.unit === null || !TIME_UNITS.has(reading.unit) || reading.end !== numberEnd) return false;
  if (text.slice(cue.start, left).trim().toLowerCase() !== 'over') return false;
  YEARS_OLD_AFTER.lastIndex = reading.end;
  return !YEARS_OLD_AFTER.test(text); // "over thirty years old" is an age
}

interface Bounds {
  bound: Bound;
  min: number | null;
  max: number | null;
}

function boundsOf(item: Item, value: number, cue: CueBound | null): Bounds {
  if (item.high !== null) return { bound: 'range', min: value, max: item.highValue };
  if (item.low.vague && cue !== 'lower') return { bound: 'vague', min: value, max: null };
  switch (cue) {
    case 'lower':
      return { bound: 'lower', min: value, max: null };
    case 'upper':
      return { bound: 'upper', min: null, max: value };
    case 'approx':
      return { bound: 'approx', min: null, max: null };
    case 'approxMax':
      return { bound: 'approx', min: null, max: value };
    default:
      return { bound: 'exact', min: value, max: value };
  }
}

function buildMention(text: string, item: Item, previous: NumberMention | null, limit: number): NumberMention {
  const floor = previous?.end ?? 0;
  const numberStart = item.low.start;
  const numberEnd = (item.high ?? item.low).end;
  let lowValue = item.lowValue;
  let left = numberStart;

  if (item.low.formKind === null && !item.low.ordinal) {
    const signStart = signStartBefore(text, numberStart, floor);
    if (signStart >= 0) {
      lowValue = -lowValue;
      left = signStart;
    }
  }
  const currency = currencyBefore(text, left, floor);
  if (currency !== null) left = currency.start;
  left = Math.max(floor, Math.min(left, item.prefixStart));

  const cue = boundCueBefore(text, left, floor);
  const reading = classify({
    text, item: lowValue === item.lowValue ? item : { ...item, lowValue }, numberStart, numberEnd, left, floor, limit, currency: currency?.code ?? null,
    cue: cue?.bound ?? null, previous,
  });
  let start = Math.min(reading.start, left);
  let end = reading.end;
  let cueBound: CueBound | null = null;
  if (cue !== null && !UNBOUNDED_KINDS.has(reading.kind) && !isOverADuration(text, cue, left, reading, numberEnd)) {
    cueBound = cue.bound;
    start = Math.min(start, cue.start);
  }
  const postfix = UNBOUNDED_KINDS.has(reading.kind) ? null : postfixCue(text, end, limit);
  let unit = reading.unit;
  if (postfix !== null) {
    end = postfix.end;
    if (cueBound === null || cueBound === 'approx' || cueBound === 'approxMax') cueBound = postfix.bound;
    if (reading.kind === 'count' && unit === null) unit = countedNoun(text, end, limit, item.low); // "3,000+ troops"
  }
  const { bound, min, max } = boundsOf(item, lowValue, cueBound);
  // "rose from 40 to 50" names two levels, not a change by either.
  const fromRange = item.high !== null && item.prefixStart < numberStart && /^from/i.test(text.slice(item.prefixStart, numberStart));
  const change = (fromRange ? null : changeBefore(text, start, reading.kind)) ?? CHANGE_OF_BOUND[bound];
  start = Math.max(start, floor);
  return {
    start, end, text: text.slice(start, end), value: lowValue, min, max, bound, change, kind: reading.kind, unit,
    numberStart, numberEnd,
  };
}

/** "more than 100 and fewer than 300", "at least 20 and at most 100": one range. */
function mergeBoundPairs(text: string, mentions: NumberMention[]): NumberMention[] {
  const merged: NumberMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const first = mentions[index]!;
    const second = mentions[index + 1];
    const range = second === undefined ? null : rangeOfBounds(text, first, second);
    if (range !== null) {
      merged.push(range);
      index++;
    } else {
      merged.push(first);
    }
  }
  return merged;
}

function rangeOfBounds(text: string, first: NumberMention, second: NumberMention): NumberMention | null {
  if (first.kind !== second.kind || !MERGEABLE_BOUND_GAP.test(text.slice(first.end, second.start))) return null;
  const lower = first.bound === 'lower' ? first : second.bound === 'lower' ? second : null;
  const upper = first.bound === 'upper' ? first : second.bound === 'upper' ? second : null;
  if (lower === null || upper === null || lower.min === null || upper.max === null || !(lower.min < upper.max)) return null;
  return {
    start: first.start, end: second.end, text: text.slice(first.start, second.end), value: lower.min, min: lower.min,
    max: upper.max, bound: 'range', change: '=', kind: first.kind, unit: second.unit ?? first.unit,
    numberStart: first.numberStart, numberEnd: second.numberEnd,
  };
}

/** "14 and 15 December": the first day learns it is a date from the month after the second. */
function relabelDaysBeforeDates(text: string, mentions: NumberMention[]): void {
  for (let index = mentions.length - 1; index > 0; index--) {
    const date = mentions[index]!;
    const day = mentions[index - 1]!;
    if (date.kind !== 'date' || day.kind !== 'count' || day.bound !== 'exact') continue;
    if (!Number.isInteger(day.value) || day.value < 1 || day.value > 31 || day.numberEnd !== day.end) continue;
    if (!DATE_CONTINUATION_GAP.test(text.slice(day.end, date.start))) continue;
    mentions[index - 1] = { ...day, kind: 'date', unit: null };
  }
}

function mentionsOf(text: string): NumberMention[] {
  const items = combineRanges(text, scanAtoms(text));
  const mentions: NumberMention[] = [];
  for (let index = 0; index < items.length; index++) {
    const next = items[index + 1];
    const limit = next === undefined ? text.length : Math.min(next.prefixStart, next.low.start);
    mentions.push(buildMention(text, items[index]!, mentions[mentions.length - 1] ?? null, limit));
  }
  relabelDaysBeforeDates(text, mentions);
  return mergeBoundPairs(text, mentions);
}

/**
 * Every number in `text`, in order and non-overlapping, with offsets into `text`
 * (`mention.text === text.slice(mention.start, mention.end)`). Never throws.
 */
export function findNumbers(text: string): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return mentionsOf(text);
  } catch {
    // Untrusted text must never stop a batch: a bug here loses one text's numbers, not the run.
    return [];
  }
}
