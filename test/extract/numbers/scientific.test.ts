import { test } from 'node:test';
import { expectOne, expectQuantities } from './expect.js';

test('scientific notation with a power of ten, the Unicode minus and superscripts', () => {
  expectQuantities('The electron mass is 9.11×10−31 kg and the proton 1.67 × 10^-27 kg.', [
    { text: '9.11×10−31', value: 9.11e-31, unit: 'kg' }, { text: '1.67 × 10^-27', value: 1.67e-27, unit: 'kg' },
  ]);
  expectQuantities("Avogadro's number is 6.02 x 10^23 and a mole of gas holds 6.02 × 10²³ molecules.", [
    { text: '6.02 x 10^23', value: 6.02e23 }, { text: '6.02 × 10²³', value: 6.02e23, unit: 'molecules' },
  ]);
  expectQuantities('The sample held 5×10⁻⁹ grams of lead.', [{ text: '5×10⁻⁹', value: 5e-9 }]);
});

test('a bare power of ten and e-notation', () => {
  expectOne('roughly 10^80 atoms', { text: 'roughly 10^80', value: 1e80, bound: 'approx' });
  expectOne('light travels at 3e8 m/s', { text: '3e8', value: 3e8, unit: 'm' });
  expectOne('a dose of 1.5E−3 grams', { text: '1.5E−3', value: 0.0015, unit: 'g' });
});

test('"x" between numbers without a power of ten is no notation: "a 5 x 10 room", "2 x 10-metre"', () => {
  expectQuantities('a 5 x 10 metre room', [{ text: '5', value: 5 }, { text: '10', value: 10 }]);
  expectQuantities('three 2 x 10-metre beams', [{ value: 3 }, { value: 2 }, { value: 10, unit: 'm' }]);
  expectQuantities('a 3 x 10-15 mm crack', [{ value: 3 }, { text: '10-15', min: 10, max: 15 }]);
  expectOne('a mass of 1.99×10-30 kg', { value: 1.99e-30, unit: 'kg' });
});
