import { test } from 'node:test';
import { expectQuantities } from './expect.js';

test('"m" and "bn" against the digits after a currency code: millions and billions', () => {
  expectQuantities('The club paid EUR45m for the striker.', [{ value: 45e6, unit: 'EUR' }]);
  expectQuantities('Investors put USD2.5bn into the fund and GBP300m into bonds.', [{ value: 2.5e9, unit: 'USD' }, { value: 3e8, unit: 'GBP' }]);
  expectQuantities('The bridge cost $US1.1m to repair.', [{ value: 1.1e6, unit: 'USD' }]);
});

test('"m" before tonnes, barrels or a counted thing is millions; before nothing it stays metres', () => {
  expectQuantities('Exports rose to 3.4m tonnes of wheat.', [{ value: 3.4e6, unit: 't' }]);
  expectQuantities('The app now has 12m users and 40m of its songs are streamed daily.', [{ value: 12e6 }, { value: 40e6 }]);
  expectQuantities('The wall is 2.4m high.', [{ value: 2.4, unit: 'm' }]);
});
