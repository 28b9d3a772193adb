import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesDisaster } from '../../src/extract/claim-subject.js';
import { extractClaims } from '../../src/extract/extract.js';

const claims = (text: string) => extractClaims({ id: 'd_test', text, published: '2024-12-28T12:00:00.000Z' });
const subjects = (text: string) => claims(text).map((c) => `${c.subject.kind ?? '-'} ${c.subject.affiliation ?? '-'}`);

test('the counted group gives the kind and side', () => {
  assert.deepEqual(subjects('At least 30 Ethiopian soldiers were killed.'), ['military ET']);
  assert.deepEqual(subjects('Twelve Sudanese civilians were wounded.'), ['civilian SD']);
});

test('a group without a noun borrows from its sibling claim', () => {
  assert.deepEqual(subjects('Four Israeli soldiers were killed and nine wounded.'), ['military IL', 'military IL']);
});

test('people in a disaster are civilians; a deployment counts soldiers', () => {
  assert.ok(namesDisaster('The flood swept away the village.'));
  assert.ok(!namesDisaster('The brigade advanced on the village.'));
  assert.deepEqual(subjects('Floods killed 40 people in the valley.'), ['civilian -']);
});
