/** A part set inside its total ("…, including 20,000 killed") counts within the total's period (src/extract/included-parts.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

function periods(text: string): Array<[number | null, string | null]> {
  return extractClaims({ id: 'd_test', text, published: '2023-05-01T09:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.period?.text ?? null]);
}

test('a part after "including", "of whom" or "among them" takes the period its total names', () => {
  assert.deepEqual(periods('Kirby said Russia has suffered more than 100,000 casualties since December, including more than 20,000 killed.'), [[100000, 'since December'], [20000, 'since December']]);
  assert.deepEqual(periods('The army said 300 soldiers had been wounded since January, of whom about 90 were hurt seriously.'), [[300, 'since January'], [90, 'since January']]);
  assert.deepEqual(periods('Officials said 2,000 people have been killed in the region over the past month, among them more than 150 aid workers and volunteers.'), [[2000, 'over the past month'], [150, 'over the past month']]);
});

test('a count not set inside a total keeps its own reading', () => {
  assert.deepEqual(periods('The ministry said 300 soldiers had been wounded since January, and a further 90 were missing.'), [[300, 'since January'], [90, null]]);
});

test('a part with a time of its own keeps it; one without takes its total’s', () => {
  const periods = (text: string) => extractClaims({ id: 'd_test', text, published: '2024-06-12T10:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.period?.text ?? null]);
  assert.deepEqual(periods('Shelling has killed 12 people in the region since Monday, the governor said, including five in the city on Wednesday.'), [[12, 'since Monday'], [5, 'on Wednesday']]);
  assert.deepEqual(periods('Shelling killed 30 people over the past week, including 12 children on Friday, officials said.'), [[30, 'over the past week'], [12, 'on Friday']]);
  assert.deepEqual(periods('Some 40 people died this week, among them 12 children, the ministry said.'), [[40, 'this week'], [12, 'this week']]);
});

test('a time inside a part’s own phrase is the part’s, not its total’s', () => {
  const periods = (text: string) => extractClaims({ id: 'd_test', text, published: '2024-03-01T10:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.period?.text ?? null]);
  assert.deepEqual(periods('The General Staff said Russia had lost about 420,000 troops since the invasion began, including 1,060 over the past day.'), [[420000, null], [1060, 'over the past day']]);
  assert.deepEqual(periods('The ministry said 300 soldiers had been killed in the offensive, among them 40 on Tuesday.'), [[300, null], [40, 'on Tuesday']]);
  assert.deepEqual(periods('Officials said 75 civilians were wounded in the region, of whom 20 in the last 24 hours.')[0], [75, null]);
});
