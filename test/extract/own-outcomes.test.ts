import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_own', text, published: '2024-12-28T12:00:00.000Z' }).map((c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'}`);

test('each count of a list takes the outcome nearest it in its own clause', () => {
  assert.deepEqual(all('Since March the monitors have recorded 2,310 deaths, including 140 children, and 4,870 people injured in the region.'), [
    'killed 2310',
    'killed 140',
    'wounded 4870',
  ]);
  assert.deepEqual(all('Officials reported the deaths of more than 40 villagers and 65 injuries from the shelling.'), ['killed 40', 'wounded 65']);
  assert.deepEqual(all('The raid caused the deaths of 12 people and 30 wounded, the governor said.'), ['killed 12', 'wounded 30']);
  assert.deepEqual(all('The strike killed 6 people and 20 others were hurt.'), ['killed 6', 'wounded 20']);
  assert.deepEqual(all('The militia abducted 14 farmers and 3 herders were later found dead.'), ['captured 14', 'killed 3']);
});

test('an outcome word further inside a list item’s group is not its own outcome', () => {
  assert.deepEqual(all('The shelling killed 9 guards and 4 prisoners of war at the camp.'), ['killed 9', 'killed 4']);
  assert.deepEqual(all('Gunmen killed 7 teachers and 2 hospital cleaners in the town.'), ['killed 7', 'killed 2']);
});

test('a list item with the same outcome after it still counts once', () => {
  assert.deepEqual(all('The bombing killed 11 police officers and 5 bystanders killed as well.'), ['killed 11', 'killed 5']);
});
