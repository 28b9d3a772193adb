import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_lists', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}]`,
  );

test('a list after one verb: each count with its own group and complement takes the verb', () => {
  assert.deepEqual(all('Government troops killed 41 members of the rebel coalition and 17 allied militia fighters near Goma.'), [
    'killed 41 exact [members]',
    'killed 17 exact [allied militia fighters]',
  ]);
  assert.deepEqual(all('The clashes killed 12 officers of the border police and 30 insurgents, the army said.'), [
    'killed 12 exact [officers]',
    'killed 30 exact [insurgents]',
  ]);
  assert.deepEqual(all('The army said it had destroyed more than 50 enemy soldiers in the northern sector, 130 troops near Lyman, and up to 40 mercenaries in the south.'), [
    'killed 50 lower [enemy soldiers]',
    'killed 130 exact [troops]',
    'killed 40 upper [mercenaries]',
  ]);
});

test('a list item with its own outcome after it is not the verb’s', () => {
  assert.deepEqual(all('Police killed 5 gunmen in the attack on the market, and 3 civilians were wounded.'), ['killed 5 exact [gunmen]', 'wounded 3 exact [civilians]']);
  assert.deepEqual(all('Gunmen attacked a minibus near Kismayo, killing at least two traders on the road, a local elder said.'), ['killed 2 lower [traders]']);
  assert.deepEqual(all('Troops killed 8 rebels near Beni, and 11 villagers were later abducted.'), ['killed 8 exact [rebels]', 'captured 11 exact [villagers]']);
});

test('two numbers share the head noun after the second', () => {
  assert.deepEqual(all('The ministry said Ukraine lost up to 95 and more than 140 soldiers in the two sectors.'), [
    'casualties 95 upper [soldiers]',
    'casualties 140 lower [soldiers]',
  ]);
  assert.deepEqual(all('Separatists lost about 60 and at least 45 fighters near the two towns.'), ['casualties 60 approx [fighters]', 'casualties 45 lower [fighters]']);
  assert.deepEqual(all('The brigade said 20 or 25 marines were wounded on the island.'), ['wounded 20 exact [marines]', 'wounded 25 exact [marines]']);
});

test('destroyed, eliminated and neutralised kill only when fighters are named', () => {
  assert.deepEqual(all('Artillery units eliminated 25 militants near Bakhmut.'), ['killed 25 exact [militants]']);
  assert.deepEqual(all('The navy said it had neutralised nine commandos off the coast.'), ['killed 9 exact [commandos]']);
  assert.deepEqual(all('The battalion destroyed 12 tanks and 3 trucks.'), []);
  assert.deepEqual(all('Shelling destroyed 40 homes in the village and 3 schools.'), []);
});

test('a list of counts joined by bare commas up to a closing "and" takes the verb, each count its own', () => {
  assert.deepEqual(all('The ministry claimed it had killed two generals, up to 50 officers and up to 20 foreign mercenaries.').map((c) => c.split(' ').slice(0, 2).join(' ')), ['killed 2', 'killed 50', 'killed 20']);
  assert.deepEqual(all('The strike killed three soldiers, at least 12 civilians and some 20 fighters, officials said.').map((c) => c.split(' ').slice(0, 2).join(' ')), ['killed 3', 'killed 12', 'killed 20']);
  assert.deepEqual(all('Rebels captured 14 soldiers, 3 policemen, 2 officers or more, the army said.').map((c) => c.split(' ').slice(0, 2).join(' ')), ['captured 14']);
  // A comma before a count with its own outcome starts a clause.
  assert.deepEqual(all('The strike killed 12 people, 40 were wounded.').map((c) => c.split(' ').slice(0, 2).join(' ')), ['killed 12', 'wounded 40']);
});
