import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantitiesOf } from '../../../src/extract/quantities.js';
import { exact, expectAll, expectNone, expectOne, expectQuantities, type Expected } from './expect.js';

test('written numbers', () => {
  expectOne('seventy-seven', exact('seventy-seven', 77));
  expectOne('Seventy seven', exact('Seventy seven', 77));
  expectOne('fifty - two', exact('fifty - two', 52));
  expectOne('one hundred and twenty', exact('one hundred and twenty', 120));
  expectOne('Three hundred  and  thirty one', exact('Three hundred  and  thirty one', 331));
  expectOne('two hundred and two thousand', exact('two hundred and two thousand', 202000));
  expectOne('two thousand and two hundred', exact('two thousand and two hundred', 2200));
  expectOne('twenty-one trillion and three hundred', exact('twenty-one trillion and three hundred', 21e12 + 300));
  expectOne('a dozen', exact('a dozen', 12));
  expectOne('three dozen', exact('three dozen', 36));
  expectOne('half a dozen', exact('half a dozen', 6));
  expectOne('a hundred', exact('a hundred', 100));
  expectOne('a thousand', exact('a thousand', 1000));
  expectOne('half a million', exact('half a million', 500000));
  expectOne('a half-million', exact('a half-million', 500000));
  expectOne('two and a half thousand', exact('two and a half thousand', 2500));
  expectOne('one and a half', exact('one and a half', 1.5));
  expectOne('3 million and a half', exact('3 million and a half', 3.5e6));
  expectOne('three quarters', exact('three quarters', 0.75));
  expectOne('one fifth', exact('one fifth', 0.2));
  expectOne('1/2', exact('1/2', 0.5));
  expectOne('two hundred point zero three', exact('two hundred point zero three', 200.03));
  expectOne('zero', exact('zero', 0));
  expectAll('three-nought-four', [exact('three', 3), exact('nought', 0), exact('four', 4)]);
  expectAll('version two and a previous version', [exact('two', 2)]);
});

test('"one" is a numeral, except as a pronoun or inside words', () => {
  expectOne('one soldier was killed', exact('one', 1, { unit: 'soldier' }));
  expectOne('one of the soldiers', exact('one', 1));
  expectOne("Let's try one last time", exact('one', 1));
  for (const text of ['no one', 'No one was hurt', 'someone', 'anyone', 'everyone', 'one another', 'the one you mentioned',
    'Which one do you prefer?', 'That one is good', 'one by one', "one's duty", 'a one-off', 'often', 'tone', 'none',
    'Tennessee', 'an', 'a', 'a soldier', 'many soldiers', 'some soldiers']) {
    expectNone(text);
  }
});

test('vague counts: the smallest reading, no maximum, change "~"', () => {
  const vague = (text: string, value: number): Expected => ({ text, value, min: value, max: null, bound: 'vague', change: '~' });
  expectOne('dozens of civilians', { ...vague('dozens', 24), unit: 'civilians' });
  expectOne('scores of people', vague('scores', 40));
  expectOne('hundreds were wounded', vague('hundreds', 200));
  expectOne('thousands of troops', { ...vague('thousands', 2000), unit: 'troops' });
  expectOne('tens of thousands', vague('tens of thousands', 20000));
  expectOne('hundreds of thousands', vague('hundreds of thousands', 200000));
  expectOne('millions', vague('millions', 2e6));
  expectOne('several soldiers', { ...vague('several', 3), unit: 'soldiers' });
  expectOne('a few days', { ...vague('a few', 2), kind: 'measure', unit: 'days' });
  expectOne('a handful of', vague('a handful', 3));
  expectOne('a couple of dozen', vague('a couple of dozen', 24));
  expectOne('several hundred', vague('several hundred', 300));
  expectOne('a few dozen', vague('a few dozen', 24));
  expectOne('a few hundred thousand', vague('a few hundred thousand', 200000));
  expectOne('at least several hundred', { text: 'at least several hundred', value: 300, min: 300, max: null, bound: 'lower', change: '>' });
  expectNone('many soldiers');
  expectNone('the scores were level');
  expectNone('tens');
  expectNone('a couple who');
});

test('factors: "sixfold", "three-fold", "100-fold", and verbs that multiply say the change', () => {
  expectQuantities('Profits rose sixfold and drone attacks saw a three-fold increase.', [
    { text: 'sixfold', value: 6, unit: 'times', change: 'up' }, { text: 'three-fold', value: 3, unit: 'times', change: 'up' },
  ]);
  expectQuantities('Sales doubled, prices have quadrupled and the deficit halved.', [
    { text: 'doubled', value: 2, change: 'up' }, { text: 'quadrupled', value: 4, change: 'up' }, { text: 'halved', value: 0.5, change: 'down' },
  ]);
  expectQuantities('Cases rose tenfold after a 100-fold rise in testing; inflation more than tripled.', [
    { text: 'tenfold', value: 10 }, { text: '100-fold', value: 100, change: 'up' }, { text: 'more than tripled', value: 3, min: 3, change: 'up' },
  ]);
  expectQuantities('a double murder and double standards', []);
});

test('fractions: a bare "half" as part of something, "a third of", "two-thirds", "a quarter"', () => {
  expectQuantities('Half the condos were empty and more than half of the staff left.', [
    { text: 'Half', value: 0.5 }, { text: 'more than half', min: 0.5, change: '>' },
  ]);
  expectQuantities('A third of voters, two-thirds of the budget and a quarter of homes.', [
    { text: 'A third', value: 1 / 3 }, { text: 'two-thirds', value: 2 / 3 }, { text: 'a quarter', value: 0.25 },
  ]);
  expectQuantities('Unemployment fell by half; nearly half its reserves are gone.', [
    { text: 'half', value: 0.5, change: 'down' }, { text: 'nearly half', value: 0.5, change: '~' },
  ]);
  for (const text of ['the first half of 2024', 'in the second half', 'the other half', 'a half-hearted effort']) {
    assert.deepEqual(quantitiesOf(text).filter((q) => q.value === 0.5), [], text);
  }
  expectOne('half of the troops', { text: 'half', value: 0.5, kind: 'fraction' });
});

test('long spelled-out numbers', () => {
  expectOne('one hundred and twenty-three thousand four hundred and fifty-six people', { value: 123456, unit: 'people' });
  expectOne('two million three hundred thousand dollars', { value: 2.3e6, kind: 'money', unit: 'USD' });
  expectOne('nine hundred ninety-nine thousand nine hundred ninety-nine', { value: 999999 });
  expectOne('forty-five million six hundred thousand', { value: 45.6e6 });
  expectOne('one thousand two hundred and thirty-four', { value: 1234 });
  expectOne('three billion two hundred million', { value: 3.2e9 });
  expectOne('a hundred and fifty thousand', { value: 150000 });
  expectOne('twelve hundred', { value: 1200 });
});
