import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPeriods } from '../../src/extract/periods.js';

const PUBLISHED = new Date('2024-12-28T12:00:00Z');
const periods = (sentence: string) => findPeriods(sentence, PUBLISHED).map((p) => `${p.text} ${p.startDate}..${p.endDate} ${p.days}`);

test('a length written as an adjective of a period counts back from publication', () => {
  assert.deepEqual(periods('Rescuers pulled 40 bodies from the rubble within a 24-hour period.'), ['within a 24-hour period 2024-12-28..2024-12-28 1']);
  assert.deepEqual(periods('Over a three-day span, 90 soldiers were killed.'), ['Over a three-day span 2024-12-26..2024-12-28 3']);
  assert.deepEqual(periods('In a two-week window the army lost 300 men.'), ['In a two-week window 2024-12-15..2024-12-28 14']);
});

test('an event of stated length keeps its length, not dates it does not give', () => {
  assert.deepEqual(periods('Israeli strikes killed 600 Iranians during the 12-day war.'), ['during the 12-day war null..null 12']);
  assert.deepEqual(periods('About 1,300 died in the 40-day siege of the town.'), ['in the 40-day siege null..null 40']);
  assert.deepEqual(periods('Throughout the six-week offensive, 2,000 soldiers were wounded.'), ['Throughout the six-week offensive null..null 42']);
});
