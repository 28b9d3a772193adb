import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_toll_updates', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'}`,
  );

test('a toll brought to its number with "there", "of the war" or a long "number of … killed"', () => {
  assert.deepEqual(all('The shelling continued overnight, bringing the death toll there to 19, officials said.'), ['killed 19 exact']);
  assert.deepEqual(all('Two more bodies were found, taking the overall death toll of the flooding to 2,417.'), ['killed 2 exact', 'killed 2417 exact']);
  assert.deepEqual(all('The latest strikes brought the confirmed number of people killed in the enclave since October to at least 31,802, with 73,000 others wounded.'), [
    'killed 31802 lower',
    'wounded 73000 exact',
  ]);
  assert.deepEqual(all('This brought the number of people killed in the raids since March 3, 2024 to at least 9,120, with 20,400 others wounded.'), [
    'killed 9120 lower',
    'wounded 20400 exact',
  ]);
  assert.deepEqual(all('Renewed raids pushed the official number of civilians killed across the province to 640.'), ['killed 640 exact']);
});

test('an overall death toll is a total of the dead', () => {
  assert.deepEqual(all('The overall death toll from the cyclone stood at 312 on Sunday.'), ['killed 312 exact']);
  assert.deepEqual(all('Officials said the combined death toll in both towns had reached 86.'), ['killed 86 exact']);
});

test('an overall toll updated by news of deaths counts the dead; by deaths and injuries, casualties', () => {
  assert.deepEqual(all('The new deaths brought the overall toll since Monday to 412.'), ['killed 412 exact']);
  assert.deepEqual(all('Shelling killed four more people in Avdiivka, bringing the overall toll to 57.'), ['killed 4 exact', 'killed 57 exact']);
  assert.deepEqual(all('The report raised the overall toll of the war to 8,900.'), ['killed 8900 exact']);
  assert.deepEqual(all('Shelling killed 4 and wounded 10 in Avdiivka, bringing the overall toll to 57.'), ['killed 4 exact', 'wounded 10 exact', 'casualties 57 exact']);
});
