import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findRates } from '../../src/extract/rates.js';

function rates(sentence: string): string[] {
  return findRates(sentence).map((r) => `${r.text}=${r.rate}`);
}

test('rates: daily, a day after a count, per/each/every', () => {
  assert.deepEqual(rates('Russia faces heavy losses, exceeding 1,500 casualties daily according to British estimates'), ['daily=day']);
  assert.deepEqual(rates('Russia is losing 1,500 soldiers a day'), ['a day=day']);
  assert.deepEqual(rates('about 1,000 men a week'), ['a week=week']);
  assert.deepEqual(rates('some 30 a month, 400 monthly'), ['a month=month', 'monthly=month']);
  assert.deepEqual(rates('1,200 per day, 8,000 per week, 30,000 each month'), ['per day=day', 'per week=week', 'each month=month']);
  assert.deepEqual(rates('Daily losses reached 1,500'), ['Daily=day']);
  assert.deepEqual(rates('1,500 weekly'), ['weekly=week']);
});

test('rates: offsets, lengths and publications are not rates', () => {
  assert.deepEqual(rates('A day after the attack, 5 more died'), []);
  assert.deepEqual(rates('a day earlier 12 were wounded'), []);
  assert.deepEqual(rates('100 were killed in a day'), []);
  assert.deepEqual(rates('the ministry said in its daily briefing that 40 died'), []);
  assert.deepEqual(rates('the Daily Mail reported 5 dead'), []);
  assert.deepEqual(rates('a weekly increase of 1,000 cases'), []);
  assert.deepEqual(rates('Hundreds fled, a week before 20 were killed'), []);
  assert.deepEqual(rates('it took a day to count the 40 dead'), []);
  assert.deepEqual(rates('a month-long siege that killed 300'), []);
});

test('"daily" or "weekly" before another noun qualifies that noun, not the count', () => {
  assert.deepEqual(rates('Sixty-four people were killed and about 180 wounded when an air strike hit the weekly market in Togoga.'), []);
  assert.deepEqual(rates('The strike hit a daily bread queue, killing 12 people.'), []);
  assert.deepEqual(rates('Shelling disrupted the monthly aid distribution; 9 people were wounded.'), []);
  assert.deepEqual(rates('The daily death toll reached 40.'), ['daily=day']);
  assert.deepEqual(rates('Daily losses of 1,000 soldiers were reported.'), ['Daily=day']);
  assert.deepEqual(rates('Russia is losing 1,500 soldiers daily in Bakhmut.'), ['daily=day']);
});
