/** Units of measure and currencies: the words and signs next to a number that say what it measures. */
import { escapeRegExp, isAsciiLetterCode } from './characters.js';
import { charBefore, groupBefore } from './neighbours.js';

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
export const UNITS = unitTable([
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
export const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);

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
export const CURRENCY_SYMBOL_CODES: ReadonlySet<number> = new Set(['$', '€', '£', '¥', '₽', '₴', '₹', '₩', '₪'].map((sign) => sign.charCodeAt(0)));

/** "$2.5 billion", "US$ 1MM", "USD 3": the currency and where its sign starts. */
export function currencyBefore(text: string, left: number, floor: number): { code: string; start: number } | null {
  const before = charBefore(text, left, 1);
  if (before < floor) return null;
  const code = text.charCodeAt(before);
  if (!CURRENCY_SYMBOL_CODES.has(code) && !isAsciiLetterCode(code) && code !== 46) return null;
  const sign = groupBefore(CURRENCY_BEFORE, text, left, floor, 8);
  const iso = sign === null ? undefined : CURRENCY_SIGNS[sign.group];
  return sign === null || iso === undefined ? null : { code: iso, start: sign.start };
}
