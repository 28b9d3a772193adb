import { test } from 'node:test';
import { exact, expectAll, expectNone, expectOne, expectQuantities } from './expect.js';

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

test('kinds: money named by the noun a vague count counts, basis points', () => {
  expectOne('millions of dollars', { text: 'millions', kind: 'money', unit: 'USD' });
  expectOne('hundreds of millions of euros', { kind: 'money', unit: 'EUR' });
  expectOne('thousands of rubles', { kind: 'money', unit: 'RUB' });
  expectOne('by 25 basis points', { text: '25', kind: 'measure', unit: 'bp' });
  expectOne('a 50 bps cut', { kind: 'measure', unit: 'bp' });
});

test('kinds: temperatures without "°" and British "pc"', () => {
  expectQuantities('Temperatures hit 40C in Seville, 104F in Phoenix and -5C in Oslo.', [
    { text: '40C', unit: '°C' }, { text: '104F', unit: '°F' }, { text: '-5C', value: -5, unit: '°C' },
  ]);
  expectQuantities('Rates stayed at 5.25pc while inflation fell to 3.4 pc.', [{ text: '5.25pc', unit: '%' }, { text: '3.4 pc', unit: '%' }]);
  expectQuantities('Apple cut the price of the iPhone 5C', []);
});

test('years of an era are years, whatever their size: A.D. 1000 and 1260, 350 BC, AD 79', () => {
  expectQuantities('The temple was built between A.D. 1000 and 1260.', []);
  expectQuantities('Rome burned in AD 64 and Troy fell around 1180 BC; 3,000 people lived there.', [{ value: 3000 }]);
  expectQuantities('Caesar crossed the Rubicon in 49 BC with 5,000 men.', [{ value: 5000, unit: 'men' }]);
});
