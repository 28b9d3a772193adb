import { test } from 'node:test';
import { expectQuantities } from './expect.js';

test('units written against the digits: storage, data rates, frequencies, power, doses, area', () => {
  expectQuantities('The tablet ships with 512GB of storage, a 90Hz screen and a 2.8GHz chip.', [
    { value: 512, unit: 'GB' }, { value: 90, unit: 'Hz' }, { value: 2.8, unit: 'GHz' },
  ]);
  expectQuantities('Rural users were promised 100Mbps lines, up from 8Mbps.', [{ value: 100, unit: 'Mbps' }, { value: 8, unit: 'Mbps' }]);
  expectQuantities('The 420bhp engine, a 65W charger and 250mg capsules.', [
    { value: 420, unit: 'hp' }, { value: 65, unit: 'W' }, { value: 250, unit: 'mg' },
  ]);
  expectQuantities('The shelter covers 48m2 and the hall 1200sq m.', [{ value: 48, unit: 'm' }, { value: 1200 }]);
});

test('pence and degrees written against the digits', () => {
  expectQuantities('Barclays closed at 182.4p and Lloyds at 51p.', [{ value: 182.4, unit: 'pence' }, { value: 51, unit: 'pence' }]);
  expectQuantities('Nights fell to 14degF (minus 10deg C).', [{ value: 14, unit: 'degrees' }, { value: -10 }]);
  expectQuantities('A 40 sq ft stall and a 75 sq m flat.', [{ value: 40, unit: 'sq ft' }, { value: 75, unit: 'sq m' }]);
});

test('a name written against digits stays a name: 5G, 4K, PS5', () => {
  expectQuantities('Operators rolled out 5G while the PS5 sold 4K televisions.', []);
});
