import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOfIso, isoOfDay } from '../../src/reconcile/days.js';
import { statedSpan } from '../../src/reconcile/occasions.js';
import { sourced } from './build.js';

function stated(sentence: string, published: string, period: { text: string; start: string; end: string } | null = null): string {
  const { claim } = sourced({ id: 'x', published, sentence, period });
  const span = statedSpan(claim, dayOfIso(published));
  return `${isoOfDay(span.start)}..${isoOfDay(span.end)}`;
}

test('the day a statement was made: a weekday, a date, a month, or the days before publication', () => {
  assert.equal(stated('Kirby said on Friday that over 1,000 were killed or wounded.', '2024-12-28'), '2024-12-27..2024-12-27');
  assert.equal(stated('Ukraine said on December 16 that at least 30 were hit.', '2024-12-20'), '2024-12-16..2024-12-16');
  assert.equal(stated('In December the agency said around 100 were killed.', '2025-01-13'), '2024-12-01..2024-12-31');
  assert.equal(stated('Officials said 50 were killed.', '2024-12-22'), '2024-12-20..2024-12-22');
});

test('dates inside the claim’s own period are what the number covers, not when it was said', () => {
  const period = { text: 'on December 14 and 15', start: '2024-12-14', end: '2024-12-15' };
  assert.equal(stated('HUR said at least 30 were killed or wounded on December 14 and 15.', '2024-12-16', period), '2024-12-14..2024-12-16');
  assert.equal(stated('On Monday, HUR said at least 30 were killed or wounded on December 14 and 15.', '2024-12-17', period), '2024-12-16..2024-12-16');
});
