import { test } from 'node:test';
import { expectAll, expectOne, expectQuantities } from './expect.js';

test('"N in M" and "N out of M" are one proportion', () => {
  expectQuantities('One in five adults and nine out of ten doctors agreed.', [
    { text: 'One in five', value: 0.2 }, { text: 'nine out of ten', value: 0.9 },
  ]);
  expectQuantities('The disease strikes 1 in 10,000 newborns.', [{ text: '1 in 10,000', value: 0.0001 }]);
  expectOne('three in ten voters', { text: 'three in ten', value: 0.3, kind: 'fraction' });
  expectOne('more than 2 in 5', { text: 'more than 2 in 5', min: 0.4, bound: 'lower' });
});

test('two numbers with "in" between that are no proportion', () => {
  expectAll('killing 7 in 2 attacks', [{ value: 7 }, { value: 2 }]);
  expectAll('3 in 10 days', [{ value: 3 }, { value: 10, unit: 'days' }]);
  expectAll('5 in 2024', [{ value: 5 }, { value: 2024, kind: 'year' }]);
});

test('fractions written with the fraction slash "⁄": 1⁄32, 3⁄8', () => {
  expectQuantities('One fluid ounce is 1⁄32 of a quart.', [{ value: 1 }, { value: 0.03125 }]);
  expectQuantities('Use a 3⁄8 inch bolt and 1⁄4 cup of oil.', [{ value: 0.375 }, { value: 0.25 }]);
  expectQuantities('Only 2⁄3 of voters turned out.', [{ value: 2 / 3 }]);
});
