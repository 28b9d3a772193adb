/**
 * Outcomes said without their usual word, each class with sentences of our own: surrender by
 * idiom, the dead counted by their burial or their bodies, fighters "eliminated" in the passive,
 * and a part set off by commas that carries an outcome of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_forms', text, published: '2024-03-01T12:00:00.000Z' }).map((c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'}`);

test('laying down arms and giving oneself up are surrenders', () => {
  assert.deepEqual(all('In all, 2,439 fighters have laid down their arms since Monday, the ministry said.'), ['surrendered 2439']);
  assert.deepEqual(all('About 300 soldiers of the garrison gave themselves up overnight, the army said.'), ['surrendered 300']);
  assert.deepEqual(all('The commander said 45 militiamen had capitulated after the siege.'), ['surrendered 45']);
  assert.deepEqual(all('Officials said 120 rebels would lay down their weapons under the deal.').length <= 1, true);
});

test('the dead counted by their burial are killed, the trapped are not', () => {
  assert.deepEqual(all('"We have already had to bury 280 people in mass graves," the mayor said.'), ['killed 280']);
  assert.deepEqual(all('The mayor said that 280 people had been buried in mass graves there.'), ['killed 280']);
  assert.deepEqual(all('Volunteers buried 57 bodies in the village cemetery, the priest said.'), ['killed 57']);
  assert.deepEqual(all('Rescuers said 12 people were buried under the rubble.'), []);
  assert.deepEqual(all('Four miners remain buried alive after the collapse, officials said.'), []);
});

test('bodies counted before "of" are the dead', () => {
  assert.deepEqual(all('The prosecutor said 410 bodies of civilians had been removed from the region.'), ['killed 410']);
  assert.deepEqual(all('Investigators said 57 bodies of men were exhumed from the forest.'), ['killed 57']);
  assert.deepEqual(all('Workers recovered the bodies of 12 fishermen, police said.'), ['killed 12']);
});

test('fighters "eliminated" or "neutralised" in the passive are killed; destroyed things are not', () => {
  assert.deepEqual(all('The ministry claimed that more than 30 Ukrainian servicemen had been eliminated.'), ['killed 30']);
  assert.deepEqual(all('The army said 14 militants were neutralised in the raid.'), ['killed 14']);
  assert.deepEqual(all('Two tanks and 12 trucks were destroyed, the army said.'), []);
});

test('a part set off by commas with an outcome of its own leaves the whole its later outcome', () => {
  assert.deepEqual(all('Another 694 militants, including 29 wounded, have laid down their arms, the ministry said.'), ['surrendered 694', 'wounded 29']);
  assert.deepEqual(all('Some 300 soldiers, most of them wounded, were taken prisoner, the army said.'), ['captured 300']);
  assert.deepEqual(all('Forty prisoners, among them 11 injured in the shelling, were exchanged on Friday, officials said.'), ['wounded 11']);
  assert.deepEqual(all('More than 100 people, including 20 children and nine aid workers, have been killed, officials said.'), ['killed 100', 'killed 20', 'killed 9']);
});

test('the dead buried by their relatives are the dead; people buried by a collapse may live', () => {
  assert.deepEqual(all('Local officials said 35 people had been buried by their relatives in the village.'), ['killed 35']);
  assert.deepEqual(all('Police said 20 workers were buried by a landslide at the mine.'), []);
  assert.deepEqual(all('Nine people were buried in the debris of the building.'), []);
});
