import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseRate, choosePeriod, SentencePeriods } from '../../src/extract/claim-period.js';
import { extractClaims } from '../../src/extract/extract.js';
import { findPeriods, findRates } from '../../src/extract/periods.js';

const PUBLISHED = new Date('2024-12-28T12:00:00Z');

/** The period of the claim at the first occurrence of `claim`, read as extract does. */
function periodOf(sentence: string, claim: string): string | null {
  const start = sentence.indexOf(claim);
  const periods = new SentencePeriods(sentence, PUBLISHED);
  periods.claimExtent = [start, start + claim.length];
  const period = periods.of(start, start + claim.length);
  return period ? `${period.text} ${period.start}..${period.end}` : null;
}

test('the period right after or inside a claim is its period; a date before it is not', () => {
  assert.equal(periodOf('Officials said on Friday that 40 fighters were killed over three days.', '40 fighters were killed'), 'over three days 2024-12-25..2024-12-27');
  assert.equal(periodOf('He spoke on Monday; 300 soldiers died, the ministry said.', '300 soldiers died'), null);
  assert.equal(periodOf('The army lost 1,200 men in the past two months.', '1,200 men'), 'in the past two months 2024-10-29..2024-12-28');
});

test('choosePeriod skips statement dates and far periods', () => {
  const sentence = 'He said on Monday that 12 were wounded.';
  assert.equal(choosePeriod(findPeriods(sentence, PUBLISHED), sentence.indexOf('12'), sentence.indexOf('12') + 17), null);
});

test('a rate stands right after the count', () => {
  const sentence = 'Western officials, citing intelligence, think Russia is losing 1,500 soldiers a day.';
  assert.equal(chooseRate(findRates(sentence), sentence.indexOf('1,500') + 5), 'day');
  assert.equal(chooseRate(findRates(sentence), sentence.indexOf('officials')), null);
});

const claimsOf = (text: string) =>
  extractClaims({ id: 'd_test', text, published: '2024-12-28T12:00:00.000Z' }).map((c) => (c.period ? `${c.period.text} ${c.period.start}..${c.period.end}` : null));

test('a time phrase that opens the sentence is the period of its claims', () => {
  assert.deepEqual(claimsOf('Between 1 March and 31 May, 300 civilians were killed in Darfur.'), ['Between 1 March and 31 May 2024-03-01..2024-05-31']);
  assert.deepEqual(claimsOf('In October, 40 soldiers were killed and 90 wounded.'), ['In October 2024-10-01..2024-10-31', 'In October 2024-10-01..2024-10-31']);
  assert.deepEqual(claimsOf('Since the start of the year, at least 200 migrants have died.'), ['Since the start of the year 2024-01-01..2024-12-28']);
  assert.deepEqual(claimsOf('On Friday, the ministry said 40 soldiers were killed.'), [null], 'a fronted day before "said" dates the statement');
});

test('a time phrase after a summing-up opener ("In total,", "In all,") still opens the sentence', () => {
  assert.deepEqual(claimsOf('"In total, since 16 December, 959 fighters have surrendered," the spokesman said.'), ['since 16 December 2024-12-16..2024-12-28']);
  assert.deepEqual(claimsOf('In all, over the past week, 40 soldiers were killed, the army said.'), ['over the past week 2024-12-22..2024-12-28']);
  assert.deepEqual(claimsOf('Altogether, between 1 March and 31 May, 300 civilians were killed.'), ['between 1 March and 31 May 2024-03-01..2024-05-31']);
  assert.deepEqual(claimsOf('In total, 12 people were killed.'), [null]);
});

test('"over the same period" takes the period named earlier in the document, else none', () => {
  assert.deepEqual(claimsOf('From January to June, 1,200 civilians were killed. Over the same period, 3,400 were wounded.'), [
    'From January to June 2024-01-01..2024-06-30',
    'Over the same period 2024-01-01..2024-06-30',
  ]);
  assert.deepEqual(claimsOf('In the last week 50 soldiers died. In the reporting period, another 80 were wounded.').at(-1), 'In the reporting period 2024-12-22..2024-12-28');
  assert.deepEqual(claimsOf('During that period, 12 civilians were killed.'), [null]);
});

test('a time phrase opening a speaker’s words after a colon is the period of their claims, also with a place and the subject before the claim', () => {
  assert.deepEqual(claimsOf('Serhiy Cherevatyi, spokesman of the Eastern group of forces: over the past day in the Bakhmut direction the enemy lost 221 killed and 314 wounded.'), [
    'over the past day 2024-12-28..2024-12-28',
    'over the past day 2024-12-28..2024-12-28',
  ]);
  assert.deepEqual(claimsOf('Governor Oleh Syniehubov: over the past day in the Kharkiv region two civilians were killed.'), ['over the past day 2024-12-28..2024-12-28']);
  assert.deepEqual(claimsOf('In the last week the enemy lost 500 soldiers near Avdiivka.'), ['In the last week 2024-12-22..2024-12-28']);
  assert.deepEqual(claimsOf('Army press office: since Monday our units have killed 64 enemy soldiers.'), ['since Monday 2024-12-23..2024-12-28']);
});

test('a fronted time phrase does not reach past a statement verb or a clause of its own', () => {
  assert.deepEqual(claimsOf('In 2023 the ministry said 5,000 soldiers were killed.'), [null]);
  assert.deepEqual(claimsOf('In the last week the army advanced and said that 40 soldiers were killed.'), [null]);
});

test('a year alone dates a claim: no other time word is needed for the sentence to be read for a period', () => {
  const periodsOf = (text: string) =>
    extractClaims({ id: 'd_years', text, published: '2024-01-19T12:00:00Z' }).map((c) => (c.period ? `${c.period.text} ${c.period.start}..${c.period.end}` : null));
  assert.deepEqual(periodsOf('15,000 people were killed in El Geneina in 2023.'), ['in 2023 2023-01-01..2023-12-31']);
  assert.deepEqual(periodsOf('In 2021, 3,000 civilians were killed in the region, the UN said.'), ['In 2021 2021-01-01..2021-12-31']);
  assert.deepEqual(periodsOf('The group said 300 of its fighters died in 2022.'), ['in 2022 2022-01-01..2022-12-31']);
});

test('the day a running count stands at ("as of April 10") is no period it covers', () => {
  const claimsOn = (text: string) =>
    extractClaims({ id: 'd_test', text, published: '2022-04-10T12:00:00.000Z' }).map((c) => (c.period ? `${c.period.text} ${c.period.start}..${c.period.end}` : null));
  assert.deepEqual(claimsOn('As of 11:00 today, April 10: 57 dead, 109 wounded.'), [null, null]);
  assert.deepEqual(claimsOn('As of April 9, 57 dead.'), [null]);
  assert.deepEqual(claimsOn('As at 8 a.m. on April 9, officials said, 31 people had been killed.'), [null]);
  // A day the count covers stays its period.
  assert.deepEqual(claimsOn('Shelling killed 12 people on April 9, officials said.'), ['on April 9 2022-04-09..2022-04-09']);
});
