import { test } from 'node:test';
import { expectOne, expectQuantities } from './expect.js';

test('a result written high first is a score, not two quantities: "2-1", "89-89", "4-3s"', () => {
  expectQuantities('Celtic beat Rangers 3-1 at Parkhead.', []);
  expectQuantities('The match ended 0-0 after extra time and the series stands at 2-2.', []);
  expectQuantities('There were two 5-4 votes this term.', [{ value: 2 }]);
  expectOne('It finished 104-98 in overtime.', { kind: 'score', value: 104 });
});

test('a dash between a smaller and a larger number is still a range', () => {
  expectQuantities('Between 10-15 people were hurt and 3-5 cars burned.', [{ min: 10, max: 15 }, { min: 3, max: 5 }]);
  expectQuantities('The survey ran Sept. 20-24.', []);
});
