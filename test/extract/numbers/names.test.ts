import { test } from 'node:test';
import { expectAll, expectOne, expectQuantities } from './expect.js';

test('brands and indexes with a number are names: capitals, camel case, "&" or a determiner before them', () => {
  expectQuantities('The S&P 500 fell 2% while the FTSE 100 gained 1.3% and the Nasdaq 100 slipped 0.5%.', [
    { text: '2%' }, { text: '1.3%' }, { text: '0.5%' },
  ]);
  expectQuantities("Apple's iPhone 16 sold well, the Boeing 737 was grounded and a Formula 1 race was cancelled.", []);
  expectQuantities('Microsoft ends support for Windows 10 as the Nikkei 225 closed 1% higher and AT&T 3 cut jobs.', [{ text: '1%' }]);
});

test('names written as one token: "5G", "4K", "ID.4", "G7", "Covid-19", "F-16"', () => {
  expectQuantities('The 5G network and 4K screens, the ID.4 and the G7 summit after Covid-19.', []);
  expectOne('a 5K charity run', { text: '5K', kind: 'identifier' });
  expectOne('Volkswagen recalled the ID.3', { text: 'ID.3', value: 3, kind: 'identifier' });
  expectOne('$4K', { value: 4000, kind: 'money' });
  expectOne('4K troops', { value: 4000, kind: 'count', unit: 'troops' });
});

test('house numbers before a street are names', () => {
  expectQuantities('He lives at 10 Downing Street, not at 1600 Pennsylvania Avenue.', []);
  expectQuantities('The offices at 350 Fifth Avenue and 30 Rockefeller Plaza were evacuated.', []);
  expectQuantities('Police found 3 bodies on Baker Street', [{ text: '3', unit: 'bodies' }]);
});

test('capitalised words that do not name the number leave it a count', () => {
  expectOne('In Kharkiv 5 civilians were killed', { text: '5', kind: 'count', unit: 'civilians' });
  expectOne('the Kherson 2 killed', { text: '2', kind: 'count' });
  expectOne('said on Monday 5 people died', { text: '5', kind: 'count' });
  expectAll('THE DEATHS OF 14 in an earthquake', [{ text: '14', kind: 'count' }]);
  expectOne('KILLED 5 IN ATTACK', { text: '5', kind: 'count' });
  expectOne('Over 500 were hurt', { text: 'Over 500', kind: 'count' });
});

test('market indexes named with a number are names, however the "&" was written: Stoxx 600, S P 500, sp 500', () => {
  expectQuantities('The Stoxx 600 slipped 0.4% while the Nikkei 225 gained 1.2%.', [{ value: 0.4 }, { value: 1.2 }]);
  expectQuantities('In the S P 500 energy shares fell 3%.', [{ value: 3 }]);
  expectQuantities('the sp 500 was flat and the Russell 2000 rose 12 points.', [{ value: 12, unit: 'points' }]);
  expectQuantities('The Nasdaq rose 340 points.', [{ value: 340 }]);
});

test('capitalised labels before a number name it: Game 7, Row 12, Apple Watch 9, Season 4', () => {
  expectQuantities('He scored 31 points in Game 7 of the final.', [{ value: 31 }]);
  expectQuantities('Fans in Row 12 paid $90 for Season 4 tickets.', [{ value: 90, unit: 'USD' }]);
  expectQuantities('The new Apple Watch 9 lasts 18 hours.', [{ value: 18, unit: 'hours' }]);
  expectQuantities('They played 7 games in 9 days.', [{ value: 7 }, { value: 9 }]);
});

test('house numbers before a "Way" are names too', () => {
  expectQuantities('The villa at 41 Ocean Way sold for $9 million.', [{ value: 9e6 }]);
  expectQuantities('Offices at 12 Harbour Way employ 300 people.', [{ value: 300 }]);
  expectQuantities('It is 3 miles along the way.', [{ value: 3, unit: 'mi' }]);
});
