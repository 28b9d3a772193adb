/** The number layer's readings as the claim extractor sees them: what counts people and what does not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../../src/contracts/claim.js';
import { extractClaims } from '../../../src/extract/extract.js';

const claims = (text: string) => extractClaims({ id: 'd_numbers', text, published: '2024-12-28T12:00:00.000Z' });
const quantities = (text: string) => claims(text).map((c: Claim) => [c.outcome, c.quantity?.text, c.quantity?.value, c.quantity?.bound, c.quantity?.max]);

test('vague counts in claims keep claims.md\'s bound: the smallest reading, no maximum', () => {
  assert.deepEqual(quantities('Dozens of civilians were killed in the strike on Kharkiv, police said.'), [['killed', 'Dozens', 24, 'vague', null]]);
  assert.deepEqual(quantities('Hundreds were wounded in the shelling of Khartoum, the ministry said.'), [['wounded', 'Hundreds', 200, 'vague', null]]);
  assert.deepEqual(quantities('Tens of thousands of people were killed in Tigray, researchers estimated.'), [['killed', 'Tens of thousands', 20000, 'vague', null]]);
});

test('a proportion counts no one: "one in five soldiers was wounded"', () => {
  assert.deepEqual(quantities('One in five soldiers was wounded in the assault, according to the report.'), []);
  assert.deepEqual(quantities('Nine out of ten residents were displaced, the UN said.'), []);
  assert.deepEqual(quantities('Two in three of the fighters were killed, a commander said.'), []);
});

test('names with numbers count no one; the count beside them does', () => {
  assert.deepEqual(quantities('A Boeing 737 crashed near Kunming, killing 132 people, officials said.'), [['killed', '132', 132, 'exact', 132]]);
  assert.deepEqual(quantities('As the FTSE 100 fell, 12 miners were killed in Chile.'), [['killed', '12', 12, 'exact', 12]]);
  assert.deepEqual(quantities('Two soldiers were killed when their F-16 crashed near 10 Downing Street.'), [['killed', 'Two', 2, 'exact', 2]]);
});

test('a fraction is not a count of people: "half of the staff were wounded"', () => {
  assert.deepEqual(quantities('Half of the staff were wounded, the hospital said.'), []);
  assert.deepEqual(quantities('A third of the crew were killed, the navy said.'), []);
  assert.deepEqual(quantities('Nearly half the villagers were killed, witnesses said.'), []);
});
