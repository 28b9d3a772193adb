import { test } from 'node:test';
import { expectOne, expectQuantities } from './expect.js';

test('change: increases and decreases by a number', () => {
  expectOne('an increase of 300', { text: '300', change: 'up', bound: 'exact' });
  expectOne('rose by 20%', { text: '20%', change: 'up' });
  expectOne('up by 5', { change: 'up' });
  expectOne('up 5%', { change: 'up' });
  expectOne('fell by 20%', { change: 'down' });
  expectOne('a decrease of 40', { change: 'down' });
  expectOne('down by more than 300', { text: 'more than 300', change: 'down', bound: 'lower', min: 300 });
  expectOne('picked up 30 soldiers', { change: '=' });
  expectOne('dropped 300 bombs', { change: '=' });
  expectOne('It rose from 40 to 50', { bound: 'range', change: '=' });
});

test('change in news about prices and markets: bare verbs move percentages, money, factors and points', () => {
  expectQuantities('Brent crude slipped 2% on Monday and the Dow lost 300 points.', [
    { text: '2%', change: 'down' }, { text: '300', change: 'down', unit: 'points' },
  ]);
  expectQuantities('Shares of the carmaker gained 4.5 percent after profit jumped $1.2 billion.', [
    { text: '4.5 percent', change: 'up' }, { text: '$1.2 billion', change: 'up' },
  ]);
  expectQuantities('The rupee weakened 0.3% while exports shrank 7 percent and imports eased 1%.', [
    { text: '0.3%', change: '=' }, { text: '7 percent', change: 'down' }, { text: '1%', change: 'down' },
  ]);
});

test('change written after the number: "a 40% increase", "a $3 billion cut", "4% higher"', () => {
  expectQuantities('The council approved a 40% increase in bus fares.', [{ text: '40%', change: 'up' }]);
  expectQuantities('Parliament passed a $3 billion cut to the aid budget.', [{ text: '$3 billion', change: 'down' }]);
  expectQuantities('Tokyo stocks closed 1.5% lower while Seoul ended 0.8% higher.', [
    { text: '1.5%', change: 'down' }, { text: '0.8%', change: 'up' },
  ]);
});

test('counts keep "=" after verbs that take a count as their object', () => {
  expectQuantities('Russia lost 1,200 troops and Hamas gained 5 seats, he added 3 people were hurt.', [
    { text: '1,200', change: '=' }, { text: '5', change: '=' }, { text: '3', change: '=' },
  ]);
  expectOne('The army shed 300 jobs last year', { text: '300', change: '=' });
});

test('bounds keep their change: "up to" <, "more than" >, "nearly" ~', () => {
  expectQuantities('Up to 300 people, more than 20 cars and nearly 50 homes.', [
    { text: 'Up to 300', change: '<' }, { text: 'more than 20', change: '>' }, { text: 'nearly 50', change: '~' },
  ]);
});

test('"raised", "lowered" say a change only with "by": "raised by 25 basis points", not "raised $5 million"', () => {
  expectQuantities('The central bank raised rates by 25 basis points; the charity raised $5 million.', [
    { text: '25', change: 'up', unit: 'bp' }, { text: '$5 million', change: '=' },
  ]);
  expectQuantities('The forecast was lowered by 0.3 percent.', [{ text: '0.3 percent', change: 'down' }]);
  expectQuantities('Fares were hiked by 15% and lowered 5% later.', [{ text: '15%', change: 'up' }, { text: '5%', change: '=' }]);
  expectQuantities('The IMF cut its growth forecast by 0.5 percent; Berlin increased defence spending by $5 billion.', [
    { text: '0.5 percent', change: 'down' }, { text: '$5 billion', change: 'up' },
  ]);
  expectQuantities('The convoy was hit by 3 missiles.', [{ text: '3', change: '=' }]);
});
