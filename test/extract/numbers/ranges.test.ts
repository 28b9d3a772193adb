import { test } from 'node:test';
import { exact, expectAll, expectOne, expectQuantities, type Expected } from './expect.js';

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
  expectOne('won 5-3', { text: '5-3', kind: 'score', value: 5 }); // a result, not a range (scores.test.ts)
  expectAll('11,000 and 12,000', [exact('11,000', 11000), exact('12,000', 12000)]);
});

test('a change and the level it reached are two numbers: "rose by 120,000 to 1.5 million"', () => {
  expectQuantities('Unemployment rose by 120,000 to 1.5 million in March.', [
    { text: '120,000', change: 'up' }, { text: '1.5 million', value: 1.5e6, change: '=' },
  ]);
  expectQuantities('Shares of the miner climbed 300 to 3,400 pence.', [{ text: '300', change: 'up' }, { text: '3,400', unit: 'pence' }]);
  expectQuantities('The toll fell by 12 to 140 after a recount.', [{ text: '12', change: 'down' }, { text: '140' }]);
  expectQuantities('The index jumped 5 to 10 points', [{ text: '5 to 10', min: 5, max: 10, change: 'up' }]);
});

test('ranges of percentages written with both signs: "5%-10%", "5% to 10%"', () => {
  expectQuantities('Yields of 5%-10% and a rise of 3% to 4%, but 5% and 10% apart.', [
    { text: '5%-10%', min: 5, max: 10, unit: '%' }, { text: '3% to 4%', min: 3, max: 4 }, { text: '5%' }, { text: '10%' },
  ]);
});

test('ranges whose both ends carry the unit or the currency: per cent, kHz, RM', () => {
  expectQuantities('Fees range from 2 per cent to 2.5 per cent a year.', [{ value: 2, min: 2, max: 2.5, unit: '%' }]);
  expectQuantities('Bats call between 20kHz and 60kHz.', [{ value: 20, min: 20, max: 60, unit: 'kHz' }]);
  expectQuantities('Flats cost from RM250,000 to RM480,000 in Penang.', [{ value: 250_000, min: 250_000, max: 480_000, unit: 'MYR' }]);
  expectQuantities('Growth of three per cent to 4 per cent is forecast.', [{ value: 3, min: 3, max: 4 }]);
});

test('a change then the level reached, with currency signs or after a year, are two numbers, not a range', () => {
  expectQuantities('The deficit grew by $12.5 billion to $88 billion.', [{ value: 12.5e9, change: 'up' }, { value: 88e9, max: 88e9 }]);
  expectQuantities('Debt rose by €40 million to €950 million last year.', [{ value: 40e6, change: 'up' }, { value: 950e6 }]);
  expectQuantities('Sales jumped 45% in 2021 to 2.6 million units.', [{ value: 45, change: 'up' }, { value: 2.6e6, unit: 'units' }]);
  expectQuantities('From 2019 to 2023 prices doubled.', [{ value: 2, unit: 'times' }]);
});

test('"from X up to Y" is a range, with a unit of two words on both ends; "X up to Y" without "from" is not', () => {
  expectQuantities('Flats measure from 450 sq ft up to 900 sq ft.', [{ value: 450, min: 450, max: 900 }]);
  expectQuantities('Tickets cost from $40 up to $120.', [{ value: 40, min: 40, max: 120, unit: 'USD' }]);
  expectQuantities('The lorries carry 3 tonnes, up to 40 tonnes in winter.', [{ value: 3 }, { value: 40, change: '<' }]);
});
