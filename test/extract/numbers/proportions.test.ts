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
