/**
 * Currencies: the signs and codes written before a number ("$", "HK$", "€", "RM", "Rs.", "USD"),
 * the words and codes after it ("euros", "ringgit", "USD", "€"), and the small coins ("cents",
 * "pence", "sen") — each read as the currency it names.
 */
import { isAsciiLetterCode, isDigitCode, isLetterAt, escapeRegExp } from './characters.js';
import { charBefore, groupBefore, type Follower } from './neighbours.js';

/**
 * ISO 4217 codes, read when written in capitals before or after a number ("USD 5 million", "5 million
 * EUR"); not the codes that are also English words or names written in capitals ("ALL", "TOP", "COP 28", "SDG 5").
 */
const ISO_CODES: ReadonlySet<string> = new Set((
  'AED AFN ANG AOA ARS AUD AWG AZN BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY CRC CZK ' +
  'DJF DKK DZD EGP ERN ETB EUR FJD GBP GHS GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS ' +
  'KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK ' +
  'NPR NZD OMR PAB PGK PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SEK SGD SLL SRD SSP SYP SZL THB TJS TMT TND TRY TTD ' +
  'TWD TZS UAH UGX USD UYU UZS VES VND VUV XAF XCD XOF XPF YER ZAR ZMW'
).split(' '));

/** Lower-case currency words and codes written after the number → ISO 4217. */
export const MONEY_WORDS: ReadonlyMap<string, string> = new Map([
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
  ...['ringgit', 'ringgits'].map((word) => [word, 'MYR'] as const),
  ...['rupiah', 'rupiahs'].map((word) => [word, 'IDR'] as const),
  ...['baht'].map((word) => [word, 'THB'] as const),
  ...['naira', 'nairas'].map((word) => [word, 'NGN'] as const),
  ...['lira', 'liras'].map((word) => [word, 'TRY'] as const),
  ...['dirham', 'dirhams'].map((word) => [word, 'AED'] as const),
  ...['riyal', 'riyals'].map((word) => [word, 'SAR'] as const),
  ...['zloty', 'zlotys', 'zlotych', 'zł'].map((word) => [word, 'PLN'] as const),
  ...['forint', 'forints'].map((word) => [word, 'HUF'] as const),
  ...['tenge'].map((word) => [word, 'KZT'] as const),
  ...['taka'].map((word) => [word, 'BDT'] as const),
  ...['cedi', 'cedis'].map((word) => [word, 'GHS'] as const),
  ...['bitcoin', 'bitcoins', 'btc'].map((word) => [word, 'BTC'] as const),
]);

/** The small coins of a currency, named as written: "90 cents", "80 pence", "30 sen". */
const COIN_WORDS: ReadonlyMap<string, string> = new Map([
  ['cent', 'cents'], ['cents', 'cents'], ['penny', 'pence'], ['pence', 'pence'], ['sen', 'sen'], ['paise', 'paise'],
  ['paisa', 'paise'], ['kopeck', 'kopecks'], ['kopecks', 'kopecks'], ['kopek', 'kopecks'], ['kopeks', 'kopecks'],
]);

/** Signs written before the number, with the letters some put before "$", "£" or "¥" ("HK$", "E£", "CN¥"). */
const SYMBOL_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD', R$: 'BRL', NT$: 'TWD',
  MX$: 'MXN', '€': 'EUR', '£': 'GBP', 'E£': 'EGP', '¥': 'JPY', 'JP¥': 'JPY', 'CN¥': 'CNY', '₽': 'RUB', '₴': 'UAH', '₹': 'INR',
  '₩': 'KRW', '₪': 'ILS', '₦': 'NGN', '₺': 'TRY', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₸': 'KZT',
};
/** Abbreviations written before the number, with or without a dot or a space: "Rs 300", "Rs.300", "RM2.5bil", "Rp 5,000". */
const WORD_SIGNS: Readonly<Record<string, string>> = {
  Rs: 'INR', RM: 'MYR', Rp: 'IDR', KSh: 'KES', Ksh: 'KES', RMB: 'CNY', Rmb: 'CNY',
};

const SYMBOL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}$])(${Object.keys(SYMBOL_SIGNS).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[ \\t\\u00A0]?$`,
  'ud',
);
export const CURRENCY_SYMBOL_CODES: ReadonlySet<number> = new Set(
  Object.keys(SYMBOL_SIGNS).map((sign) => sign.charCodeAt(sign.length - 1)),
);

/** Country letters written after a dollar sign, Australian style: "$US55m", "$A82,615,680", "$NZ 3". */
const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = { US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD' };

/** Whether the letters [start, end) are a country written after "$" ("$US", "$A"). */
export function isDollarCountryAfterSign(text: string, start: number, end: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 36 && Object.hasOwn(DOLLAR_COUNTRIES, text.slice(start, end));
}

/**
 * "PS2.7m", "PS21,700", "PS8.1bn": "£" as ASCII transliteration writes it, read only before an amount
 * that is no model number (a decimal, thousands or a scale suffix), so "PS5" stays a console.
 */
export function isTransliteratedPound(text: string, start: number, digitsStart: number): boolean {
  if (digitsStart - start !== 2 || text.slice(start, digitsStart) !== 'PS' || isLetterAt(text, start - 1)) return false;
  let index = digitsStart;
  while (isDigitCode(text.charCodeAt(index))) index++;
  if (index === digitsStart) return false;
  const code = text.charCodeAt(index);
  if ((code === 44 || code === 46) && isDigitCode(text.charCodeAt(index + 1))) return true;
  return /^(?:m|bn|mn|k)(?![A-Za-z])/.test(text.slice(index, index + 3));
}

/** A currency abbreviation or ISO code as written: "RM", "Rs", "USD". */
export function isCurrencyWord(word: string): boolean {
  return Object.hasOwn(WORD_SIGNS, word) || ISO_CODES.has(word);
}

interface Sign {
  code: string;
  start: number;
}

/** "RM 2.5", "Rs. 300", "USD 3": a currency word ending at `end` (before the dot of "Rs."). */
function wordSignEndingAt(text: string, end: number, dotted: boolean, floor: number): Sign | null {
  let start = end;
  while (start > 0 && end - start < 4 && isAsciiLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === end || start < floor) return null;
  const word = text.slice(start, end);
  if (!dotted && isDollarCountryAfterSign(text, start, end) && start - 1 >= floor) return { code: DOLLAR_COUNTRIES[word] ?? 'USD', start: start - 1 };
  if (!dotted && isTransliteratedPound(text, start, end)) return { code: 'GBP', start };
  if (start > 0 && (isLetterAt(text, start - 1) || isDigitCode(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 36)) return null;
  const code = Object.hasOwn(WORD_SIGNS, word) ? WORD_SIGNS[word] : !dotted && ISO_CODES.has(word) ? word : undefined;
  return code === undefined ? null : { code, start };
}

/** "$2.5 billion", "US$ 1MM", "USD 3", "RM2.5bil": the currency and where its sign starts. */
export function currencyBefore(text: string, left: number, floor: number): Sign | null {
  const before = charBefore(text, left, 1);
  if (before < floor) return null;
  if (before < left - 1) {
    const space = text.charCodeAt(left - 1);
    if (space !== 32 && space !== 9 && space !== 0xa0) return null;
  }
  const code = text.charCodeAt(before);
  if (CURRENCY_SYMBOL_CODES.has(code)) {
    const sign = groupBefore(SYMBOL_BEFORE, text, left, floor, 8);
    const iso = sign === null ? undefined : SYMBOL_SIGNS[sign.group];
    return sign === null || iso === undefined ? null : { code: iso, start: sign.start };
  }
  if (isAsciiLetterCode(code)) return wordSignEndingAt(text, before + 1, false, floor);
  if (code === 46 /* . */) return wordSignEndingAt(text, before, true, floor);
  return null;
}

/** "5 million euros", "5 million EUR", "90 cents": the currency a word after the number names, or null. */
export function currencyNamed(word: Follower): string | null {
  return MONEY_WORDS.get(word.lower) ?? COIN_WORDS.get(word.lower) ?? (ISO_CODES.has(word.word) ? word.word : null);
}

/** "5€", "5 €": a currency sign written after the number (and not before the next one), and where it ends. */
export function symbolAfterEnd(text: string, end: number, limit: number): { code: string; end: number } | null {
  let index = end;
  if (index < limit && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 0xa0)) index++;
  if (index >= limit) return null;
  const sign = text.charAt(index);
  const code = sign === '$' || !CURRENCY_SYMBOL_CODES.has(text.charCodeAt(index)) ? undefined : SYMBOL_SIGNS[sign];
  if (code === undefined) return null;
  let next = index + 1;
  if (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 0xa0)) next++;
  return next < text.length && isDigitCode(text.charCodeAt(next)) ? null : { code, end: index + 1 };
}
