import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseRate, choosePeriod, SentencePeriods } from '../../src/extract/claim-period.js';
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

test('the period right after or inside a claim is its period; a statement date before it is not', () => {
  assert.equal(periodOf('Officials said on Friday that 40 fighters were killed over three days.', '40 fighters were killed'), 'over three days 2024-12-25..2024-12-27');
  assert.equal(periodOf('In the last week 300 soldiers died, the ministry said.', '300 soldiers died'), null);
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
