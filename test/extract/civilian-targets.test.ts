import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const kinds = (text: string) =>
  extractClaims({ id: 'd_kinds', text, published: '2024-12-28T12:00:00.000Z' }).map((c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.subject.kind}`);

test('people killed in an attack on a civilian place are civilians, whatever battle is named elsewhere', () => {
  assert.deepEqual(kinds('At least six people were killed in renewed air strikes on civilian targets in the region, officials said, as heavy fighting continued in the east.'), [
    'killed 6 civilian',
  ]);
  assert.deepEqual(kinds('Militia kills at least 80 in attack on village, activists say.'), ['killed 80 civilian']);
  assert.deepEqual(kinds('Clashes went on near the front while a drone strike on a market in the town killed 14 people.'), ['killed 14 civilian']);
  assert.deepEqual(kinds('As fighting raged in the east, a missile attack on Kharkiv killed 9 people.'), ['killed 9 civilian']);
  assert.deepEqual(kinds('Rebels attacked an army base near the town, killing 12 people.'), ['killed 12 null']);
  assert.deepEqual(kinds('Heavy fighting near the front killed 12 people, the army said.'), ['killed 12 null']);
});

test('a total with its civilian part named is mixed', () => {
  assert.deepEqual(kinds('The jihadists have killed 47 people, including 30 civilians, in an attack on a convoy.'), ['killed 47 mixed', 'killed 30 civilian']);
  assert.deepEqual(kinds('The blast killed 30, 11 of them civilians.'), ['killed 30 mixed', 'killed 11 civilian']);
  assert.deepEqual(kinds('Fighting near the dam left 65 people dead, among them 20 civilians.'), ['killed 65 mixed', 'killed 20 civilian']);
});

test('gang members are combatants, and a total that includes them is mixed', () => {
  assert.deepEqual(kinds('At least 16 people were seriously injured, including two gang members hit during a shootout.'), ['wounded 16 mixed', 'wounded 2 military']);
  assert.deepEqual(kinds('Nine people were hurt in the fire, including three gang members shot by police.'), ['wounded 9 mixed', 'wounded 3 military']);
  assert.deepEqual(kinds('Police said nine cartel members were killed in the raid.'), ['killed 9 military']);
  assert.deepEqual(kinds('Two party members were killed in the capital.'), ['killed 2 civilian']);
});

test('a toll of a whole war borrows no earlier group’s kind', () => {
  assert.deepEqual(kinds('Four civilians died in the shelling. These attacks, along with sectarian violence, have killed more than 2,300.'), [
    'killed 4 civilian',
    'killed 2300 null',
  ]);
  assert.deepEqual(kinds('Three villagers were shot dead. The monitors have documented over 900 deaths as a result of this conflict.'), ['killed 3 civilian', 'killed 900 null']);
  assert.deepEqual(kinds('Two farmers were killed on Monday. Another three died on Tuesday.'), ['killed 2 civilian', 'killed 3 civilian']);
});
