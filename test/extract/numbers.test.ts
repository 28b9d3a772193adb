import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findNumbers } from '../../src/extract/numbers.js';
import { quantitiesOf } from '../../src/extract/quantities.js';
import type { NumberMention } from '../../src/extract/types.js';

type Expected = Partial<NumberMention>;

function pick(mention: NumberMention, keys: readonly string[]): Record<string, unknown> {
  const record = mention as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/** The single number in `text`, checked against the fields given. */
function expectOne(text: string, expected: Expected): void {
  const found = findNumbers(text);
  assert.equal(found.length, 1, `one number in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  assert.deepEqual(pick(found[0]!, Object.keys(expected)), expected, JSON.stringify(text));
}

/** Every number in `text`, each checked against the fields given. */
function expectAll(text: string, expected: readonly Expected[]): void {
  const found = findNumbers(text);
  assert.equal(found.length, expected.length, `${expected.length} numbers in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  found.forEach((mention, index) => {
    const wanted = expected[index]!;
    assert.deepEqual(pick(mention, Object.keys(wanted)), wanted, `${JSON.stringify(text)} #${index}`);
  });
}

function expectNone(text: string): void {
  assert.deepEqual(findNumbers(text).map((m) => m.text), [], JSON.stringify(text));
}

function exact(text: string, value: number, fields: Expected = {}): Expected {
  return { text, value, min: value, max: value, bound: 'exact', change: '=', ...fields };
}

test('digits: separators, decimals, European dots, leading point', () => {
  expectOne('3,000', exact('3,000', 3000, { kind: 'count' }));
  expectOne('1,234,567 people', exact('1,234,567', 1234567, { unit: 'people' }));
  expectOne('11 000 soldiers', exact('11 000', 11000, { unit: 'soldiers' }));
  expectOne('11\u00A0000 soldiers', exact('11\u00A0000', 11000));
  expectOne('11\u202F000 soldiers', exact('11\u202F000', 11000));
  expectOne('1 414 021 100', exact('1 414 021 100', 1414021100));
  expectOne('1.5', exact('1.5', 1.5));
  expectOne('3.000', exact('3.000', 3));
  expectOne('1.234.567', exact('1.234.567', 1234567));
  expectOne('a rate of .08', exact('.08', 0.08));
  expectOne('1.3e6', exact('1.3e6', 1.3e6));
  expectAll('1, 234, 567', [exact('1', 1), exact('234', 234), exact('567', 567)]);
  expectAll('423 0000', [exact('423', 423), exact('0000', 0)]);
  expectAll('nrs. 22,24,26', [{ value: 22 }, exact('24', 24), exact('26', 26)]);
});

test('multipliers written against or after the digits', () => {
  expectOne('3k', exact('3k', 3000));
  expectOne('10K', exact('10K', 10000));
  expectOne('2bn', exact('2bn', 2e9));
  expectOne('1.2b', exact('1.2b', 1.2e9));
  expectOne('10M', exact('10M', 1e7));
  expectOne('2mil', exact('2mil', 2e6));
  expectOne('12m people', exact('12m', 12e6, { kind: 'count', unit: 'people' }));
  expectOne('$12m', exact('$12m', 12e6, { kind: 'money', unit: 'USD' }));
  expectOne('12m', exact('12m', 12, { kind: 'measure', unit: 'm' }));
  expectOne('1.5 million', exact('1.5 million', 1.5e6));
  expectOne('3 million', exact('3 million', 3e6));
  expectOne('11 thousand', exact('11 thousand', 11000));
  expectOne('10 bln', exact('10 bln', 1e10));
  expectOne('322 hundred', exact('322 hundred', 32200));
  expectOne('4 thousand 3 hundred and 21', exact('4 thousand 3 hundred and 21', 4321));
  expectOne('13 lakh', exact('13 lakh', 1.3e6));
  expectAll('3 hundred and 2 hundred', [exact('3 hundred', 300), exact('2 hundred', 200)]);
});

test('written numbers', () => {
  expectOne('seventy-seven', exact('seventy-seven', 77));
  expectOne('Seventy seven', exact('Seventy seven', 77));
  expectOne('fifty - two', exact('fifty - two', 52));
  expectOne('one hundred and twenty', exact('one hundred and twenty', 120));
  expectOne('Three hundred  and  thirty one', exact('Three hundred  and  thirty one', 331));
  expectOne('two hundred and two thousand', exact('two hundred and two thousand', 202000));
  expectOne('two thousand and two hundred', exact('two thousand and two hundred', 2200));
  expectOne('twenty-one trillion and three hundred', exact('twenty-one trillion and three hundred', 21e12 + 300));
  expectOne('a dozen', exact('a dozen', 12));
  expectOne('three dozen', exact('three dozen', 36));
  expectOne('half a dozen', exact('half a dozen', 6));
  expectOne('a hundred', exact('a hundred', 100));
  expectOne('a thousand', exact('a thousand', 1000));
  expectOne('half a million', exact('half a million', 500000));
  expectOne('a half-million', exact('a half-million', 500000));
  expectOne('two and a half thousand', exact('two and a half thousand', 2500));
  expectOne('one and a half', exact('one and a half', 1.5));
  expectOne('3 million and a half', exact('3 million and a half', 3.5e6));
  expectOne('three quarters', exact('three quarters', 0.75));
  expectOne('one fifth', exact('one fifth', 0.2));
  expectOne('1/2', exact('1/2', 0.5));
  expectOne('two hundred point zero three', exact('two hundred point zero three', 200.03));
  expectOne('zero', exact('zero', 0));
  expectAll('three-nought-four', [exact('three', 3), exact('nought', 0), exact('four', 4)]);
  expectAll('version two and a previous version', [exact('two', 2)]);
});

test('"one" is a numeral, except as a pronoun or inside words', () => {
  expectOne('one soldier was killed', exact('one', 1, { unit: 'soldier' }));
  expectOne('one of the soldiers', exact('one', 1));
  expectOne("Let's try one last time", exact('one', 1));
  for (const text of ['no one', 'No one was hurt', 'someone', 'anyone', 'everyone', 'one another', 'the one you mentioned',
    'Which one do you prefer?', 'That one is good', 'one by one', "one's duty", 'a one-off', 'often', 'tone', 'none',
    'Tennessee', 'an', 'a', 'a soldier', 'many soldiers', 'some soldiers', 'half of the troops']) {
    expectNone(text);
  }
});

test('ranges: value and min the low end, max the high end, change "="', () => {
  const range = (text: string, low: number, high: number): Expected => ({ text, value: low, min: low, max: high, bound: 'range', change: '=' });
  expectOne('10,000-12,000', range('10,000-12,000', 10000, 12000));
  expectOne('11,000–12,000', range('11,000–12,000', 11000, 12000));
  expectOne('1000 - 5000', range('1000 - 5000', 1000, 5000));
  expectOne('10,000 to 12,000', range('10,000 to 12,000', 10000, 12000));
  expectOne('between 11,000 and 12,000 soldiers', { ...range('between 11,000 and 12,000', 11000, 12000), unit: 'soldiers' });
  expectOne('from 40 to 50', range('from 40 to 50', 40, 50));
  expectOne('from one thousand to one thousand and five hundred', range('from one thousand to one thousand and five hundred', 1000, 1500));
  expectOne('2 to 3 million', range('2 to 3 million', 2e6, 3e6));
  expectOne('$5-10 million', { ...range('$5-10 million', 5e6, 1e7), kind: 'money', unit: 'USD' });
  expectOne('5k-20k', range('5k-20k', 5000, 20000));
  expectOne('20~100', range('20~100', 20, 100));
  expectOne('between negative ten and fifteen', range('between negative ten and fifteen', -10, 15));
  expectOne('10-15%', { ...range('10-15%', 10, 15), kind: 'percent', unit: '%' });
  expectOne('2022-23', { ...range('2022-23', 2022, 2023), kind: 'year' });
  expectOne('December 14-15', { ...range('December 14-15', 14, 15), kind: 'date' });
  expectAll('won 5-3', [exact('5', 5), exact('3', 3)]);
  expectAll('11,000 and 12,000', [exact('11,000', 11000), exact('12,000', 12000)]);
});

test('bounds before the number (claims.md "Quantity bounds")', () => {
  const lower = ['over', 'more than', 'exceeding', 'in excess of', 'upwards of', 'at least', 'no fewer than', 'not less than', 'a minimum of', 'greater than', 'above', 'well over'];
  for (const cue of lower) expectOne(`${cue} 3,000`, { text: `${cue} 3,000`, value: 3000, min: 3000, max: null, bound: 'lower', change: '>' });
  const upper = ['up to', 'fewer than', 'less than', 'as many as', 'at most', 'no more than', 'a maximum of', 'under', 'below'];
  for (const cue of upper) expectOne(`${cue} 300`, { text: `${cue} 300`, value: 300, min: null, max: 300, bound: 'upper', change: '<' });
  const approx = ['about', 'approximately', 'around', 'some', 'roughly', 'an estimated', 'estimated', 'circa', 'more or less', 'approx.'];
  for (const cue of approx) expectOne(`${cue} 11,000`, { text: `${cue} 11,000`, value: 11000, min: null, max: null, bound: 'approx', change: '~' });
  for (const cue of ['nearly', 'almost', 'close to', 'just under']) {
    expectOne(`${cue} 1,000`, { text: `${cue} 1,000`, value: 1000, min: null, max: 1000, bound: 'approx', change: '~' });
  }
  expectOne('~300', { text: '~300', bound: 'approx', change: '~' });
  expectOne('x>10', { text: '>10', bound: 'lower', min: 10 });
  expectOne('>= 30', { text: '>= 30', bound: 'lower', min: 30 });
  expectOne('<= -30', { text: '<= -30', bound: 'upper', max: -30 });
  expectOne('Over 3,000 North Korean soldiers', { text: 'Over 3,000', numberStart: 5, numberEnd: 10, unit: 'soldiers' });
  expectOne('<b>5</b>', exact('5', 5));
  expectNone('<>');
});

test('bounds after the number, and bound pairs that make a range', () => {
  expectOne('500 or more', { text: '500 or more', value: 500, min: 500, max: null, bound: 'lower', change: '>' });
  expectOne('3,000+ troops', { text: '3,000+', min: 3000, bound: 'lower', unit: 'troops' });
  expectOne('a 3,000-plus force', { text: '3,000-plus', bound: 'lower' });
  expectOne('300 or fewer', { text: '300 or fewer', max: 300, bound: 'upper' });
  expectOne('40-odd', { text: '40-odd', bound: 'approx' });
  expectOne('about five hundred or more', { text: 'about five hundred or more', min: 500, bound: 'lower' });
  expectOne('more than 100 and fewer than 300', { text: 'more than 100 and fewer than 300', value: 100, min: 100, max: 300, bound: 'range', change: '=' });
  expectOne('at most 100 and at least 20', { value: 20, min: 20, max: 100, bound: 'range' });
  expectAll('More than 40 and less than 10', [{ bound: 'lower', min: 40 }, { bound: 'upper', max: 10 }]);
  expectAll('200 or greater than 190', [exact('200', 200), { text: 'greater than 190', bound: 'lower' }]);
});

test('"over" before a duration means during, not more than', () => {
  expectAll('killing 77 and wounding 40 soldiers over three days', [
    exact('77', 77), exact('40', 40, { unit: 'soldiers' }), exact('three', 3, { kind: 'measure', unit: 'days' }),
  ]);
  expectOne('He is over thirty years old', { text: 'over thirty', bound: 'lower', kind: 'measure', unit: 'years' });
  expectOne('over 1,000 km', { text: 'over 1,000', bound: 'lower', unit: 'km' });
});

test('vague counts: the smallest reading, no maximum, change "~"', () => {
  const vague = (text: string, value: number): Expected => ({ text, value, min: value, max: null, bound: 'vague', change: '~' });
  expectOne('dozens of civilians', { ...vague('dozens', 24), unit: 'civilians' });
  expectOne('scores of people', vague('scores', 40));
  expectOne('hundreds were wounded', vague('hundreds', 200));
  expectOne('thousands of troops', { ...vague('thousands', 2000), unit: 'troops' });
  expectOne('tens of thousands', vague('tens of thousands', 20000));
  expectOne('hundreds of thousands', vague('hundreds of thousands', 200000));
  expectOne('millions', vague('millions', 2e6));
  expectOne('several soldiers', { ...vague('several', 3), unit: 'soldiers' });
  expectOne('a few days', { ...vague('a few', 2), kind: 'measure', unit: 'days' });
  expectOne('a handful of', vague('a handful', 3));
  expectOne('a couple of dozen', vague('a couple of dozen', 24));
  expectOne('several hundred', vague('several hundred', 300));
  expectOne('a few dozen', vague('a few dozen', 24));
  expectOne('a few hundred thousand', vague('a few hundred thousand', 200000));
  expectOne('at least several hundred', { text: 'at least several hundred', value: 300, min: 300, max: null, bound: 'lower', change: '>' });
  expectNone('many soldiers');
  expectNone('the scores were level');
  expectNone('tens');
  expectNone('a couple who');
});

test('change: increases and decreases by a number', () => {
  expectOne('an increase of 300', { text: '300', change: 'up', bound: 'exact' });
  expectOne('rose by 20%', { text: '20%', change: 'up' });
  expectOne('up by 5', { change: 'up' });
  expectOne('up 5%', { change: 'up' });
  expectOne('fell by 20%', { change: 'down' });
  expectOne('a decrease of 40', { change: 'down' });
  expectOne('down by more than 300', { text: 'more than 300', change: 'down', bound: 'lower', min: 300 });
  expectOne('picked up 30 soldiers', { change: '=' });
  expectOne('dropped 300 bombs', { change: '=' });
  expectOne('It rose from 40 to 50', { bound: 'range', change: '=' });
});

test('kinds: years', () => {
  expectOne('in 2024', exact('2024', 2024, { kind: 'year' }));
  expectOne("2024's deadliest month", { text: '2024', kind: 'year' });
  expectOne('mid-2024', { text: '2024', kind: 'year' });
  expectOne('the 1990s', { text: '1990s', kind: 'year' });
  expectOne('from 2022 to 2024', { kind: 'year', bound: 'range' });
  expectOne('since about 2014', { text: '2014', kind: 'year', bound: 'exact' });
  expectOne('2000 soldiers', { kind: 'count', unit: 'soldiers' });
  expectOne('more than 2000', { kind: 'count', bound: 'lower' });
  expectOne('2,024 soldiers', { kind: 'count' });
  expectOne('3000', { kind: 'count' });
});

test('kinds: dates and times', () => {
  expectOne('December 14', { text: 'December 14', value: 14, kind: 'date', numberStart: 9 });
  expectOne('14 December', { text: '14 December', kind: 'date' });
  expectOne('the 14th of December', { text: '14th of December', kind: 'date' });
  expectOne('Dec. 15', { text: 'Dec. 15', kind: 'date' });
  expectOne('12/14/2024', { text: '12/14/2024', kind: 'date' });
  expectOne('14.12.2024', { text: '14.12.2024', kind: 'date' });
  expectOne('2024-12-14', { text: '2024-12-14', kind: 'date' });
  expectAll('on December 14 and 15', [{ text: 'December 14', kind: 'date' }, { text: '15', kind: 'date' }]);
  expectAll('on 14 and 15 December', [{ text: '14', kind: 'date' }, { text: '15 December', kind: 'date' }]);
  expectAll('December 14, 2024', [{ kind: 'date' }, { kind: 'year' }]);
  expectOne('at 7 p.m.', { text: '7 p.m.', kind: 'time' });
  expectOne('at 7pm', { text: '7pm', kind: 'time' });
  expectOne('10:30', { text: '10:30', kind: 'time' });
  expectOne('10:30 am', { text: '10:30 am', kind: 'time' });
  expectOne('0700 GMT', { text: '0700', kind: 'time' });
  expectOne('0700 hours', { kind: 'time' });
});

test('kinds: money, percentages, ordinals', () => {
  expectOne('$2.5 billion', exact('$2.5 billion', 2.5e9, { kind: 'money', unit: 'USD', numberStart: 1 }));
  expectOne('€5m', { text: '€5m', value: 5e6, kind: 'money', unit: 'EUR' });
  expectOne('5 million euros', { text: '5 million', value: 5e6, kind: 'money', unit: 'EUR' });
  expectOne('USD 3', { text: 'USD 3', kind: 'money', unit: 'USD' });
  expectOne('£200', { kind: 'money', unit: 'GBP' });
  expectOne('US$ 1MM', { text: 'US$ 1MM', value: 1e6, kind: 'money', unit: 'USD' });
  expectOne('5 million pounds', { kind: 'money', unit: 'GBP' });
  expectOne('more than $1 billion', { text: 'more than $1 billion', bound: 'lower', kind: 'money' });
  expectOne('40%', { text: '40%', kind: 'percent', unit: '%' });
  expectOne('40 per cent', { text: '40 per cent', kind: 'percent', unit: '%' });
  expectOne('40 percent', { text: '40 percent', kind: 'percent', unit: '%' });
  expectOne('forty percent', { value: 40, kind: 'percent' });
  expectOne('the 22nd amendment', { text: '22nd', value: 22, kind: 'ordinal', unit: null });
  expectOne('1st', { kind: 'ordinal', value: 1 });
  expectOne('the third battalion', { text: 'third', value: 3, kind: 'ordinal' });
  expectOne('twenty-first', { value: 21, kind: 'ordinal' });
  expectOne('the second wave', { kind: 'ordinal', value: 2 });
  expectNone('wait a second');
});

test('kinds: measures', () => {
  expectOne('155mm shells', { text: '155mm', value: 155, kind: 'measure', unit: 'mm' });
  expectOne('155-mm shells', { text: '155-mm', kind: 'measure', unit: 'mm' });
  expectOne('30 km', { text: '30', kind: 'measure', unit: 'km' });
  expectOne('30 kilometres', { kind: 'measure', unit: 'km' });
  expectOne('5 miles', { unit: 'mi' });
  expectOne('2 tonnes', { unit: 't' });
  expectOne('500-pound bombs', { text: '500-pound', kind: 'measure', unit: 'lb' });
  expectOne('3 hours', { kind: 'measure', unit: 'hours' });
  expectOne('five days', { value: 5, kind: 'measure', unit: 'days' });
  expectOne('a 20-year-old', { text: '20-year-old', value: 20, kind: 'measure', unit: 'years' });
  expectOne('aged 20', { text: '20', kind: 'measure', unit: 'years' });
  expectOne('20 years old', { kind: 'measure', unit: 'years' });
  expectOne('minus 20 degrees', { text: 'minus 20', value: -20, kind: 'measure', unit: 'degrees' });
  expectOne('-5°C', { text: '-5°C', value: -5, kind: 'measure', unit: '°C' });
});

test('kinds: identifiers', () => {
  for (const name of ['Su-34', 'F-16', 'T-72', 'MiG-29', 'COVID-19', 'MH17', 'F-16s', 'Tu-95MS', 'T-72B3', '2S19', '5G']) {
    expectOne(`the ${name} jets`, { text: name, kind: 'identifier' });
  }
  expectOne('Resolution 2231', { text: '2231', kind: 'identifier' });
  expectOne('Article 5', { text: '5', kind: 'identifier' });
  expectOne('Route 6', { kind: 'identifier' });
  expectOne('No. 10', { kind: 'identifier' });
  expectOne('192.168.1.2', { text: '192.168.1.2', kind: 'identifier' });
  expectOne('+1-222-2222-2222', { text: '+1-222-2222-2222', kind: 'identifier' });
  expectOne('+44 20 7946 0958', { text: '+44 20 7946 0958', kind: 'identifier' });
  expectOne('call 555-123-4567', { text: '555-123-4567', kind: 'identifier' });
  expectOne('(555) 123-4567', { text: '(555) 123-4567', kind: 'identifier' });
});

test('counted nouns: the next lower-case word, past "of" and nationalities', () => {
  expectOne('3,000 soldiers', { unit: 'soldiers' });
  expectOne('3,000 North Korean soldiers', { unit: 'soldiers' });
  expectOne('thousands of civilians', { unit: 'civilians' });
  expectOne('3,000 were killed', { unit: null });
  expectOne('3,000 reportedly died', { unit: null });
  expectOne('3,000, officials said', { unit: null });
});

test('the brief\'s tricky negatives keep their kinds', () => {
  expectOne('the 22nd amendment', { kind: 'ordinal' });
  expectOne('in 2024', { kind: 'year' });
  expectOne('155mm shells', { kind: 'measure' });
  expectOne('$2.5 billion', { kind: 'money' });
  expectOne('a 20-year-old', { kind: 'measure' });
  expectOne('Su-34 jets', { kind: 'identifier' });
  expectAll('on December 14 and 15', [{ kind: 'date' }, { kind: 'date' }]);
  expectOne('at 7 p.m.', { kind: 'time' });
});

test('a sentence from the reporting: one mention per number, in order', () => {
  const text = 'Over 3,000 North Korean soldiers were killed or wounded in the Kursk region, the White House said on December 27, 2024, up from about 1,000 a week earlier.';
  expectAll(text, [
    { text: 'Over 3,000', bound: 'lower', kind: 'count', unit: 'soldiers' },
    { text: 'December 27', kind: 'date' },
    { text: '2024', kind: 'year' },
    { text: 'about 1,000', bound: 'approx', kind: 'count' },
  ]);
});

test('quantitiesOf: every quantity except years, dates, times, ordinals and names', () => {
  const text = 'On December 14, 2024 at 7 p.m., over 3,000 soldiers, $2.5 billion, 40% and 155mm shells; the 22nd Su-34 and 10,000-12,000 more.';
  const quantities = quantitiesOf(text);
  assert.deepEqual(quantities.map((q) => q.text), ['over 3,000', '$2.5 billion', '40%', '155mm', '10,000-12,000']);
  assert.deepEqual(quantities[0], { text: 'over 3,000', start: 32, end: 42, value: 3000, min: 3000, max: null, change: '>', unit: 'soldiers' });
  assert.deepEqual(quantities[4], { text: '10,000-12,000', start: 108, end: 121, value: 10000, min: 10000, max: 12000, change: '=', unit: null });
  for (const quantity of quantities) assert.equal(quantity.text, text.slice(quantity.start, quantity.end));
  assert.deepEqual(quantitiesOf(''), []);
});

test('claims.md example of the quantities command', () => {
  const text = 'According to the White House, North Korea has had over 3,000 soldiers killed or wounded.';
  assert.deepEqual(quantitiesOf(text), [{ text: 'over 3,000', start: 50, end: 60, value: 3000, min: 3000, max: null, change: '>', unit: 'soldiers' }]);
});

// ---------------------------------------------------------------------------
// Robustness: untrusted and huge text
// ---------------------------------------------------------------------------

function assertWellFormed(text: string, found: readonly NumberMention[]): void {
  let lastEnd = 0;
  for (const mention of found) {
    assert.equal(mention.text, text.slice(mention.start, mention.end));
    assert.ok(mention.start >= lastEnd && mention.start < mention.end && mention.end <= text.length, 'in order, non-overlapping, inside the text');
    assert.ok(mention.start <= mention.numberStart && mention.numberStart < mention.numberEnd && mention.numberEnd <= mention.end, 'number inside its span');
    assert.ok(Number.isFinite(mention.value));
    assert.ok(mention.min === null || mention.max === null || mention.min <= mention.max);
    lastEnd = mention.end;
  }
}

const ADVERSARIAL: Readonly<Record<string, string>> = {
  'digits × 100,000': '1'.repeat(100_000),
  '"1," × 100,000': '1,'.repeat(100_000),
  '"1-" × 100,000': '1-'.repeat(100_000),
  '"1." × 100,000': '1.'.repeat(100_000),
  '"111 " × 100,000': '111 '.repeat(100_000),
  '"+1 " × 100,000': '+1 '.repeat(100_000),
  '1 MB without spaces': 'abcdefghij'.repeat(100_000),
  '1 MB of letters and digits': 'ab12'.repeat(250_000),
  '1 MB of "1a"': '1a'.repeat(500_000),
  '1 MB of spaces, then a digit': `${' '.repeat(1_000_000)}5`,
  '1 MB of hyphens, then a digit': `${'-'.repeat(1_000_000)}5`,
  '1 MB of letters, then a digit': `${'a'.repeat(1_000_000)}1`,
  '"one hundred and " × 60,000': 'one hundred and '.repeat(60_000),
  '"tens of " × 100,000': 'tens of '.repeat(100_000),
  '"two and a " × 100,000': 'two and a '.repeat(100_000),
  '"one point one one …"': `one point ${'one '.repeat(100_000)}`,
  '"over " × 100,000': `${'over '.repeat(100_000)}3`,
  '"December 14 " × 80,000': 'December 14 '.repeat(80_000),
};

for (const [name, text] of Object.entries(ADVERSARIAL)) {
  test(`adversarial input completes quickly: ${name}`, () => {
    const started = performance.now();
    const found = findNumbers(text);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 2000, `${elapsed.toFixed(0)} ms`);
    assertWellFormed(text, found);
  });
}

test('random text: never throws, mentions always well formed', () => {
  const fragments = ['1', '0', '12', '3,000', '1.5', ' ', '-', '–', '/', ':', '.', ',', '$', '€', '%', '+', '(', '#', '~', '<', '>',
    'a', 'and', 'one', 'twenty', 'hundred', 'million', 'dozen', 'dozens', 'half', 'third', 'thirds', 'first', 'point', 'of', 'tens',
    'several', 'few', 'over', 'more than', 'up to', 'about', 'nearly', 'between', 'from', 'to', 'or more', 'km', 'mm', 'm', 'k', 'bn',
    'p.m.', 'GMT', 'December', 'years', 'old', 'per cent', 'soldiers', 'Su', 'minus', 'rose by', '2024', '1990s', 'th', '\n', 'é', '½', '😀'];
  const texts = fc.oneof(
    fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')),
    fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join(' ')),
    fc.string({ maxLength: 60 }),
  );
  fc.assert(fc.property(texts, (text) => assertWellFormed(text, findNumbers(text))), { numRuns: 3000 });
  assert.deepEqual(findNumbers(undefined as unknown as string), []);
});
