import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_copular', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}]`,
  );

test('a number of troops with a participle of its own stands at, between or closer to its number', () => {
  assert.deepEqual(all('The latest estimate of the number of Iranian troops deployed to the region stood between 1,500 and 2,000.'), [
    'deployed 1500 range [Iranian troops]',
  ]);
  assert.deepEqual(all('The number of Belarusian troops stationed near the border may actually be closer to 9,000, with about 4,000 now in the Gomel region.'), [
    'deployed 9000 approx [Belarusian troops]',
    'deployed 4000 approx [Belarusian troops]',
  ]);
  assert.deepEqual(all('The number of soldiers sent to the front stood at about 12,000, the ministry said.'), ['deployed 12000 approx [soldiers]']);
});

test('losses amount to, total or number a figure', () => {
  assert.deepEqual(all('The spokesman said enemy losses amounted to 310 servicemen.'), ['casualties 310 exact [servicemen]']);
  assert.deepEqual(all('Rebel losses totalled 85 fighters over the week.'), ['casualties 85 exact [fighters]']);
  assert.deepEqual(all('Casualties among the battalion numbered 140, the commander said.'), ['casualties 140 exact []']);
});

test('a participle that says what the number counts is still no total of troops', () => {
  assert.deepEqual(all('The number of soldiers who deserted rose to 50.'), []);
  assert.deepEqual(all('The number of troops wounded in the shelling rose to 75.'), ['wounded 75 exact [troops]']);
});
