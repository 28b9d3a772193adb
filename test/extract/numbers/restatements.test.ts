import { test } from 'node:test';
import { expectQuantities } from './expect.js';

test('a conversion in brackets says what the quantity before it says: its bound and its change', () => {
  expectQuantities('The drone flew more than 300 kilometres (186 miles).', [{ value: 300, change: '>' }, { value: 186, change: '>', min: 186, max: null }]);
  expectQuantities('Rents fell by 40 euros ($43) a month.', [{ value: 40, change: 'down' }, { value: 43, change: 'down' }]);
  expectQuantities('The lorry weighs up to 44 tonnes (97,000 lb).', [{ value: 44, change: '<' }, { value: 97_000, change: '<', max: 97_000 }]);
});

test('a share after ", or" restates a change: "lost 190 points, or 0.6%"', () => {
  expectQuantities('The FTSE shed 85 points, or 1.1%, by noon.', [{ value: 85, change: 'down' }, { value: 1.1, change: 'down' }]);
  expectQuantities('Payrolls grew by 210,000 jobs or 1.4 per cent.', [{ value: 210_000, change: 'up' }, { value: 1.4, change: 'up' }]);
  expectQuantities('About 300 soldiers (120 of them officers) were captured.', [{ value: 300, change: '~' }, { value: 120, change: '=' }]);
});

test('a percentage written with its sign is a change; an approximate range is "~"', () => {
  expectQuantities('Close: Dow +0.4%, Nasdaq -1.2%.', [{ value: 0.4, change: 'up' }, { value: -1.2, change: 'down' }]);
  expectQuantities('Adults need about 2,000 - 2,500 calories a day.', [{ min: 2000, max: 2500, change: '~' }]);
  expectQuantities('Cooking takes roughly 25-40 minutes.', [{ min: 25, max: 40, change: '~' }]);
});

test('"just under", "slightly below", "shy of" say the quantity is below the number: change "<", bound approx', () => {
  expectQuantities('Turnout was just under 60 percent.', [{ value: 60, change: '<' }]);
  expectQuantities('The car reaches slightly less than 200 km/h.', [{ value: 200, change: '<' }]);
  expectQuantities('Ticket sales reached just shy of 4,000, nearly 500 short of the record.', [{ value: 4000, change: '<' }, { value: 500, change: '~' }]);
});
