import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_breakdown', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} [${c.subject.text}]`,
  );

test('the counts a total includes share its outcome', () => {
  assert.deepEqual(all('The dead included 310 Afghan civilians and 13 members of the US forces, the agency said.'), [
    'killed 310 [Afghan civilians]',
    'killed 13 [members]',
  ]);
  assert.deepEqual(all('Those killed included 12 children and three medics.'), ['killed 12 [children]', 'killed 3 [medics]']);
  assert.deepEqual(all('The wounded include 40 children, the hospital director in Dnipro said.'), ['wounded 40 [children]']);
});

test('a count with its own outcome keeps it, and a total counted first stays the claim', () => {
  assert.deepEqual(all('Russian casualties included 300 killed and 900 wounded.'), ['killed 300 []', 'wounded 900 []']);
  assert.deepEqual(all('The 300 dead included 40 children.'), ['killed 300 []']);
  assert.deepEqual(all('The victims included 5 buses and a school.'), []);
});
