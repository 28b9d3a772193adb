import { test } from 'node:test';
import { expectQuantities } from './expect.js';

test('a country written after the dollar sign: $US, $A, $NZ', () => {
  expectQuantities('The mine was sold for $US412,500,000 ($A611,000,000) last year.', [
    { text: '$US412,500,000', value: 412_500_000, unit: 'USD' }, { text: '$A611,000,000', value: 611_000_000, unit: 'AUD' },
  ]);
  expectQuantities('Qantas expects a profit of between $US1.2 billion and $US1.4 billion.', [
    { value: 1.2e9, min: 1.2e9, max: 1.4e9, unit: 'USD' },
  ]);
  expectQuantities('Fonterra paid $NZ7.50 a kilogram, about $US4.60.', [{ value: 7.5, unit: 'NZD' }, { value: 4.6, unit: 'USD' }]);
});

test('no number starts inside a number or name already read: "1:36.6", "X5,000"', () => {
  expectQuantities('She ran the lap in 1:36.6 at Monza.', []);
  expectQuantities('The code A7,312 was printed on the crate.', []);
  expectQuantities('Version B2.4 shipped with 3 fixes.', [{ value: 3 }]);
});
