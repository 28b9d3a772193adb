/** Issue 14: quote marks around a count alone are no quotation, and do not cut the count from its group. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { unquoteCounts } from '../../src/extract/quoted-counts.js';

const read = (text: string) =>
  extractClaims({ id: 'd_quoted', text, published: '2024-06-09T12:00:00Z' }).map((c) => `${c.outcome} ${c.quantity?.value} ${c.subject.affiliation ?? '-'}/${c.subject.kind ?? '-'}`);

test('a count in quote marks reaches its group', () => {
  assert.deepEqual(read('The army said it knew of "under 100" Palestinian casualties in the operation.'), ['casualties 100 PS/-']);
  assert.deepEqual(read('Officials said "at least 30" Russian soldiers were killed.'), ['killed 30 RU/military']);
  assert.deepEqual(read('The ministry said the strike killed “more than 40” civilians.'), ['killed 40 -/civilian']);
});

test('a quotation that says more than a count keeps its quote marks, and offsets never move', () => {
  const quotation = 'He said: "Twelve were killed in the strike."';
  assert.equal(unquoteCounts(quotation), quotation);
  const scare = 'knew of "under 100" casualties';
  assert.equal(unquoteCounts(scare).length, scare.length);
  assert.equal(unquoteCounts(scare), 'knew of  under 100  casualties');
});
