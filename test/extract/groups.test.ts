import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGroup } from '../../src/extract/groups.js';
import { findSides, sideOf } from '../../src/extract/sides.js';

const group = (sentence: string, after: string) => readGroup(sentence, sentence.indexOf(after) + after.length);

test('the counted group after a number, with its kind', () => {
  const soldiers = group('over 3,000 North Korean soldiers have died', '3,000');
  assert.equal(soldiers.text, 'North Korean soldiers');
  assert.equal(soldiers.kind, 'military');
  assert.equal(group('killing dozens of people and wounding many', 'dozens').text, 'people');
  assert.equal(group('Four women were killed', 'Four').kind, 'civilian');
  assert.equal(group('At least 14 police officers were hurt', '14').text, 'police officers');
  assert.equal(group('and ten others were injured', 'ten').others, true);
  assert.equal(group('three of its members have been abducted', 'three').text, 'its members');
});

test('numbers of things are not groups of people; a number with no noun has an empty group', () => {
  assert.equal(group('fired dozens of rockets towards Olea', 'dozens').things, true);
  assert.equal(group('seized 500 live bullets', '500').things, true);
  assert.equal(group('another bomber killed four at a camp', 'four').text, '');
});

test('sides from demonyms; "us" the pronoun is not the United States', () => {
  assert.equal(sideOf('North Korean soldiers'), 'KP');
  assert.equal(sideOf('Malian soldiers'), 'ML');
  assert.equal(sideOf('South Korean lawmakers'), 'KR');
  assert.deepEqual(findSides('they told us about US troops').map((s) => s.country), ['US']);
});

test('the words one side uses for the other side’s soldiers ("nationalists", "Nazis") count fighters', async () => {
  const { extractClaims } = await import('../../src/extract/extract.js');
  const read = (text: string) => extractClaims({ id: 'd_groups', text, published: '2022-07-12T12:00:00.000Z' }).map((c) => [c.outcome, c.quantity?.value, c.subject.kind]);
  assert.deepEqual(read('More than 300 nationalists were eliminated, the Russian defence ministry said.'), [['killed', 300, 'military']]);
  assert.deepEqual(read('The ministry said it had eliminated up to 70 nationalists and 9 units of military equipment.'), [['killed', 70, 'military']]);
  assert.deepEqual(read('The channel wrote that Russian forces eliminated 300 Nazis in the strike.'), [['killed', 300, 'military']]);
});
