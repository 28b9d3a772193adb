/** Units of measure: the words after a number that say what it measures ("30 km", "155mm", "3 hours"). */

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
  ['bp', 'bp bps'],
  ['GB', 'gb gigabyte gigabytes'],
  ['MB', 'mb megabyte megabytes'],
  ['TB', 'tb terabyte terabytes'],
  ['Mbps', 'mbps'],
  ['Gbps', 'gbps'],
  ['Hz', 'hz hertz'],
  ['kHz', 'khz kilohertz'],
  ['MHz', 'mhz megahertz'],
  ['GHz', 'ghz gigahertz'],
  ['hp', 'hp bhp horsepower'],
  ['mg', 'mg milligram milligrams'],
  ['W', 'w watt watts'],
  ['m2', 'm2 m² sqm'],
  ['degrees', 'deg degf degc'],
]);
export const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);
