import { test } from 'node:test';
import { expectOne, expectAll, exact } from './expect.js';

test('digits: separators, decimals, European dots, leading point', () => {
  expectOne('3,000', exact('3,000', 3000, { kind: 'count' }));
  expectOne('1,234,567 people', exact('1,234,567', 1234567, { unit: 'people' }));
  expectOne('11 000 soldiers', exact('11 000', 11000, { unit: 'soldiers' }));
  expectOne('11\u00A0000 soldiers', exact('11\u00A0000', 11000));
  expectOne('11\u202F000 soldiers', exact('11\u202F000', 11000));
  expectOne('1 414 021 100', exact('1 414 021 100', 1414021100));
  expectOne('1.5', exact('1.5', 1.5));
  expectOne('3.000', exact('3.000', 3));
  expectOne('1.234.567', exact('1.234.567', 1234567));
  expectOne('a rate of .08', exact('.08', 0.08));
  expectOne('1.3e6', exact('1.3e6', 1.3e6));
  expectAll('1, 234, 567', [exact('1', 1), exact('234', 234), exact('567', 567)]);
  expectAll('423 0000', [exact('423', 423), exact('0000', 0)]);
  expectAll('nrs. 22,24,26', [{ value: 22 }, exact('24', 24), exact('26', 26)]);
});

test('multipliers written against or after the digits', () => {
  expectOne('3k', exact('3k', 3000));
  expectOne('10K', exact('10K', 10000));
  expectOne('2bn', exact('2bn', 2e9));
  expectOne('1.2b', exact('1.2b', 1.2e9));
  expectOne('10M', exact('10M', 1e7));
  expectOne('2mil', exact('2mil', 2e6));
  expectOne('12m people', exact('12m', 12e6, { kind: 'count', unit: 'people' }));
  expectOne('$12m', exact('$12m', 12e6, { kind: 'money', unit: 'USD' }));
  expectOne('12m', exact('12m', 12, { kind: 'measure', unit: 'm' }));
  expectOne('1.5 million', exact('1.5 million', 1.5e6));
  expectOne('3 million', exact('3 million', 3e6));
  expectOne('11 thousand', exact('11 thousand', 11000));
  expectOne('10 bln', exact('10 bln', 1e10));
  expectOne('322 hundred', exact('322 hundred', 32200));
  expectOne('4 thousand 3 hundred and 21', exact('4 thousand 3 hundred and 21', 4321));
  expectOne('13 lakh', exact('13 lakh', 1.3e6));
  expectAll('3 hundred and 2 hundred', [exact('3 hundred', 300), exact('2 hundred', 200)]);
});
