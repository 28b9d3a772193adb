import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_non_counts', text, published: '2024-12-28T12:00:00.000Z' }).map((c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'}`);

test('a question heading asks how many: no claim', () => {
  assert.deepEqual(all('Sudan: How many civilians have been killed in El Fasher?'), []);
  assert.deepEqual(all('How many soldiers were wounded in the assault'), []);
  assert.deepEqual(all('Nobody knows how many fighters died in the tunnels.'), []);
});

test('"one" standing for an attack named before is no victim', () => {
  assert.deepEqual(all('It was the fourth raid this month in which 12 or more villagers died, including one on May 2 that killed 19, seven of them children.'), [
    'killed 12',
    'killed 19',
    'killed 7',
  ]);
  assert.deepEqual(all('Two drones struck the depot; one that hit the barracks killed 6 soldiers.'), ['killed 6']);
  assert.deepEqual(all('Several convoys were ambushed, one which left 4 drivers dead.'), ['killed 4']);
  assert.deepEqual(all('One was killed and two were injured.'), ['killed 1', 'wounded 2']);
});

test('an article whose noun comes before "of" counts no one', () => {
  assert.deepEqual(all('The figures break a pattern of falling numbers of civilian casualties in 2022.'), []);
  assert.deepEqual(all('Analysts see a trend of rising numbers of soldier deaths.'), []);
  assert.deepEqual(all('A member of the militia was killed near Bunia.'), ['killed 1']);
});

test('the whole a share is taken of counts those there were, not the dead: no claim of it', () => {
  assert.deepEqual(all("About one in six of the village's 330 residents were killed."), []);
  assert.deepEqual(all('Half of the 300 soldiers in the unit were killed, the commander said.'), []);
  assert.deepEqual(all('A third of its 900 inhabitants died in the siege.'), []);
  assert.deepEqual(all('Nearly 40 percent of the 2,000 troops sent were wounded.'), []);
  assert.deepEqual(all('One in four of the 120 hostages has died, officials said.'), []);
});

test('a share of the dead still counts the dead: the outcome follows the group', () => {
  assert.deepEqual(all('Most of the 300 people killed were civilians, the ministry said.'), ['killed 300']);
  assert.deepEqual(all('Half of the 1,200 people killed were women and children.'), ['killed 1200']);
  assert.deepEqual(all('The strike killed 20 people, 40 percent of them children.'), ['killed 20']);
});

test('a number of estimates, tallies or reports of the dead is no toll', () => {
  assert.deepEqual(all('The monitoring group has recorded three separate estimates of the dead.'), []);
  assert.deepEqual(all('Reporters compared two tallies of the wounded kept by rival hospitals.'), []);
  assert.deepEqual(all('The ministry has issued four reports on the killed and missing since Monday.'), []);
});

test('the people who speak are no count of the dead', () => {
  assert.deepEqual(all('Two doctors and a nurse in Mekelle, the regional capital, said they could not yet say how many people had been killed.'), []);
  assert.deepEqual(all('Three witnesses said at least 20 people were killed.'), ['killed 20']);
  assert.deepEqual(all('Two officials at the hospital said they did not know how many soldiers died.'), []);
});

test('a year after its month is a date, not a count of bodies or soldiers', () => {
  assert.deepEqual(all('In April 2022 bodies of civilians were found in the streets of Bucha.'), []);
  assert.deepEqual(all('Since February 24, 2022 soldiers have died in their thousands.'), []);
  assert.deepEqual(all('Since February 2022 bodies of 12 soldiers have been returned.'), ['killed 12']);
  assert.deepEqual(all('In March 2023 37 bodies were recovered, police said.'), ['killed 37']);
});

test('a number made into an adjective by a hyphen counts stars or storeys, not people', () => {
  assert.deepEqual(all('Sixteen service members, among them a two-star general, have been disciplined over the strike on the hospital, the Pentagon said.'), []);
  assert.deepEqual(all('Twelve people were killed when a missile hit a five-storey building.'), ['killed 12']);
  assert.deepEqual(all('Two soldiers, among them a four-star general, were wounded.'), ['wounded 2']);
});
