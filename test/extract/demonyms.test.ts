import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { namesDemonym } from '../../src/extract/demonyms.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_idioms', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}]`,
  );

test('people named by their country are deployed in a story of war', () => {
  assert.deepEqual(all('Kyiv said more than 6,000 Eritreans have been deployed in Tigray.'), ['deployed 6000 lower [Eritreans]']);
  assert.deepEqual(all('Likely more than 9,000 North Koreans have been deployed in the Kursk region, she said.'), ['deployed 9000 lower [North Koreans]']);
  assert.deepEqual(all('Officials said 800 Pakistanis were stationed at the base.'), ['deployed 800 exact [Pakistanis]']);
  assert.deepEqual(all('The charity sent 300 Americans to help with the harvest.'), []);
});

test('a demonym is a capitalised plural with a demonym’s ending, not any such word', () => {
  assert.equal(namesDemonym('North Koreans'), true);
  assert.equal(namesDemonym('Sudanese'), true);
  assert.equal(namesDemonym('Republicans'), false);
  assert.equal(namesDemonym('veterans'), false);
});

test('"took N prisoner": the idiom keeps the captive word singular', () => {
  assert.deepEqual(all('The insurgents took at least three prisoner during the raid.'), ['captured 3 lower [prisoner]']);
  assert.deepEqual(all('Marines took two prisoner near the bridge, the brigade said.'), ['captured 2 exact [prisoner]']);
  assert.deepEqual(all('Gunmen took one hostage at the border post.'), ['captured 1 exact [hostage]']);
  assert.deepEqual(all('The convoy took two wounded to the clinic.'), ['wounded 2 exact []']);
});
