/**
 * Totals written in the shapes ministries and wires use for rolling tolls, each class with
 * sentences of our own: a second total with its verb left out, a total whose people a relative
 * clause names, a number fronted before its total, and "the number of martyrs".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_total_forms', text, published: '2024-03-01T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'}`,
  );
const groups = (text: string) => extractClaims({ id: 'd_total_forms', text, published: '2024-03-01T12:00:00.000Z' }).map((c: Claim) => c.subject.text);

test('a second total with its verb left out keeps its own outcome', () => {
  assert.deepEqual(all('The death toll rose to 31 and the injured to 85, the governor said.'), ['killed 31 exact', 'wounded 85 exact']);
  assert.deepEqual(all('The regional governor said the toll had climbed to 15, with the wounded at 60.'), ['killed 15 exact', 'wounded 60 exact']);
  assert.deepEqual(all('The number of deaths has risen to 112, and the injured to more than 700, the ministry said.'), ['killed 112 exact', 'wounded 700 lower']);
  assert.deepEqual(all('Officials put the number of injured at 40 and the dead at 12.'), ['wounded 40 exact', 'killed 12 exact']);
});

test('"the number of martyrs" is a total of the dead', () => {
  assert.deepEqual(all('The number of martyrs of the market massacre has risen to 112, the ministry said.'), ['killed 112 exact']);
  assert.deepEqual(all('The health ministry said the number of martyrs since the start of the aggression had reached 30,035.'), ['killed 30035 exact']);
  assert.deepEqual(all('By evening the number of martyrs stood at 19, according to the civil defence.'), ['killed 19 exact']);
});

test('a total whose people a relative clause names has that clause\'s outcome', () => {
  assert.deepEqual(all('The city council said the number of residents who have died in the blockade has reached 2 357.'), ['killed 2357 exact']);
  assert.deepEqual(groups('The city council said the number of residents who have died in the blockade has reached 2 357.'), ['residents']);
  assert.deepEqual(all('The army said the number of soldiers that have been captured rose to 115.'), ['captured 115 exact']);
  assert.deepEqual(all('Police said the number of those who were wounded stands at 60.'), ['wounded 60 exact']);
  assert.deepEqual(all('The ministry said 771 more fighters had surrendered, bringing the number who have given themselves up since Monday to 1,730.'), [
    'surrendered 771 exact',
    'surrendered 1730 exact',
  ]);
  // A relative clause with no outcome counts no one.
  assert.deepEqual(all('The number of people who fled the city has reached 20,000.'), []);
});

test('a number fronted before the total it brings a total to is that total\'s', () => {
  assert.deepEqual(all('The office said the latest deaths brought to 90 the number of civilians killed since Sept. 27.'), ['killed 90 exact']);
  assert.deepEqual(groups('The office said the latest deaths brought to 90 the number of civilians killed since Sept. 27.'), ['civilians']);
  assert.deepEqual(all('The strike raised to 52 the death toll in the city, the governor said.'), ['killed 52 exact']);
  assert.deepEqual(all('Overnight shelling pushed to 340 the number of soldiers wounded in the district, the army said.'), ['wounded 340 exact']);
  // "brought to" a place is no total.
  assert.deepEqual(all('Rescuers brought to 12 the hospitals that took in the wounded.').filter((c) => /^\D+ 12 /.test(c)), []);
});

test('a day of a month, then "to" and the number a total reached, is a date and a number, not a range', () => {
  const periods = (text: string) => extractClaims({ id: 'd_total_forms', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => c.period?.text ?? null);
  assert.deepEqual(all('The deaths took the number of Palestinians killed since Oct. 7 to 30,035, the ministry said.'), ['killed 30035 exact']);
  assert.deepEqual(periods('The deaths took the number of Palestinians killed since Oct. 7 to 30,035, the ministry said.'), ['since Oct. 7']);
  assert.deepEqual(all('New strikes brought the number of civilians killed since Feb. 24 to 4,300, the UN said.'), ['killed 4300 exact']);
  assert.deepEqual(all('Shelling raised the toll of soldiers killed since September 27 to 1,177.'), ['killed 1177 exact']);
  // A range of days stays one.
  assert.deepEqual(periods('Between Oct. 7 and 30, 40 soldiers died.'), ['Between Oct. 7 and 30']);
});

test('a vague count of the dead and the hurt together is one count of casualties', () => {
  assert.deepEqual(all('Dozens of martyrs and injured at the roundabout, the ministry said.'), ['casualties 24 vague']);
  assert.deepEqual(all('Hundreds of martyrs and wounded among the prisoners, the ministry said.'), ['casualties 200 vague']);
  assert.deepEqual(all('Scores of dead and injured lay in the street.'), ['casualties 40 vague']);
  // Two numbers are two counts.
  assert.deepEqual(all('The ministry said 25 martyrs and 40 injured were brought in.'), ['killed 25 exact', 'wounded 40 exact']);
});
