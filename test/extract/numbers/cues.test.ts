import { test } from 'node:test';
import { expectOne, expectAll, expectNone, expectQuantities, exact } from './expect.js';

test('bounds before the number (claims.md "Quantity bounds")', () => {
  const lower = ['over', 'more than', 'exceeding', 'in excess of', 'upwards of', 'at least', 'no fewer than', 'not less than', 'a minimum of', 'greater than', 'above', 'well over'];
  for (const cue of lower) expectOne(`${cue} 3,000`, { text: `${cue} 3,000`, value: 3000, min: 3000, max: null, bound: 'lower', change: '>' });
  const upper = ['up to', 'fewer than', 'less than', 'as many as', 'at most', 'no more than', 'a maximum of', 'under', 'below'];
  for (const cue of upper) expectOne(`${cue} 300`, { text: `${cue} 300`, value: 300, min: null, max: 300, bound: 'upper', change: '<' });
  const approx = ['about', 'approximately', 'around', 'some', 'roughly', 'an estimated', 'estimated', 'circa', 'more or less', 'approx.'];
  for (const cue of approx) expectOne(`${cue} 11,000`, { text: `${cue} 11,000`, value: 11000, min: null, max: null, bound: 'approx', change: '~' });
  for (const cue of ['nearly', 'almost', 'close to']) {
    expectOne(`${cue} 1,000`, { text: `${cue} 1,000`, value: 1000, min: null, max: 1000, bound: 'approx', change: '~' });
  }
  expectOne('just under 1,000', { text: 'just under 1,000', value: 1000, min: null, max: 1000, bound: 'approx', change: '<' });
  expectOne('~300', { text: '~300', bound: 'approx', change: '~' });
  expectOne('x>10', { text: '>10', bound: 'lower', min: 10 });
  expectOne('>= 30', { text: '>= 30', bound: 'lower', min: 30 });
  expectOne('<= -30', { text: '<= -30', bound: 'upper', max: -30 });
  expectOne('Over 3,000 North Korean soldiers', { text: 'Over 3,000', numberStart: 5, numberEnd: 10, unit: 'soldiers' });
  expectOne('<b>5</b>', exact('5', 5));
  expectNone('<>');
});

test('bounds after the number, and bound pairs that make a range', () => {
  expectOne('500 or more', { text: '500 or more', value: 500, min: 500, max: null, bound: 'lower', change: '>' });
  expectOne('3,000+ troops', { text: '3,000+', min: 3000, bound: 'lower', unit: 'troops' });
  expectOne('a 3,000-plus force', { text: '3,000-plus', bound: 'lower' });
  expectOne('300 or fewer', { text: '300 or fewer', max: 300, bound: 'upper' });
  expectOne('40-odd', { text: '40-odd', bound: 'approx' });
  expectOne('about five hundred or more', { text: 'about five hundred or more', min: 500, bound: 'lower' });
  expectOne('more than 100 and fewer than 300', { text: 'more than 100 and fewer than 300', value: 100, min: 100, max: 300, bound: 'range', change: '=' });
  expectOne('at most 100 and at least 20', { value: 20, min: 20, max: 100, bound: 'range' });
  expectAll('More than 40 and less than 10', [{ bound: 'lower', min: 40 }, { bound: 'upper', max: 10 }]);
  expectAll('200 or greater than 190', [exact('200', 200), { text: 'greater than 190', bound: 'lower' }]);
});

test('"over" before a duration means during, not more than', () => {
  expectAll('killing 77 and wounding 40 soldiers over three days', [
    exact('77', 77), exact('40', 40, { unit: 'soldiers' }), exact('three', 3, { kind: 'measure', unit: 'days' }),
  ]);
  expectOne('He is over thirty years old', { text: 'over thirty', bound: 'lower', kind: 'measure', unit: 'years' });
  expectOne('over 1,000 km', { text: 'over 1,000', bound: 'lower', unit: 'km' });
});

test('a sign only where the text writes one: "-5", "minus 40", "minus-260", "−15°C"', () => {
  expectOne('Overnight the thermometer showed -5 degrees in Kharkiv.', { text: '-5', value: -5, kind: 'measure', unit: 'degrees' });
  expectOne('Siberian towns recorded minus 40 this week.', { text: 'minus 40', value: -40 });
  expectOne('Liquid nitrogen boils at minus-196 degrees.', { text: 'minus-196', value: -196, kind: 'measure', unit: 'degrees' });
  expectOne('Lows of −15°C are forecast.', { text: '−15°C', value: -15, unit: '°C' });
  expectOne('The fund posted a loss of 3 % this year', { text: '3 %', value: 3, change: 'down' });
  expectOne('Gaza health officials said 5-year-old Ahmad was hurt', { text: '5-year-old', value: 5 });
});

test('"sub-" before a number bounds it from above: sub-5nm, sub-300 sq m, sub-$10', () => {
  expectQuantities('Foundries race to make sub-3 nanometre chips.', [{ value: 3, change: '<' }]);
  expectQuantities('Demand for sub-300 sq m offices surged.', [{ value: 300, change: '<', unit: 'sq m' }]);
  expectQuantities('Runners chasing a sub-4 hour marathon.', [{ value: 4, change: '<', unit: 'hours' }]);
});
