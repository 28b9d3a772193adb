import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const claims = (text: string) => extractClaims({ id: 'd_tolls', text, published: '2024-12-28T12:00:00.000Z' });
/** outcome, value, bound, min, max and the counted group of each claim. */
const brief = (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} ${c.quantity?.min ?? '-'}..${c.quantity?.max ?? '-'} [${c.subject.text}]`;
const all = (text: string) => claims(text).map(brief);

test('a total that passes its number is a lower bound: exceeded, surpassed, topped, passes', () => {
  assert.deepEqual(all('The number of Ethiopian troops killed and wounded in Tigray has surpassed 10,000, rebel leaders claimed.'), [
    'casualties 10000 lower 10000..- [Ethiopian troops]',
  ]);
  assert.deepEqual(all('Casualties among Houthi fighters have already exceeded 3,000 since the offensive began.'), [
    'casualties 3000 lower 3000..- [Houthi fighters]',
  ]);
  assert.deepEqual(all('Losses among Syrian government troops topped 5,000 last year.'), ['casualties 5000 lower 5000..- [Syrian government troops]']);
  assert.deepEqual(all('Mosul toll passes 700 as rescuers dig through rubble'), ['killed 700 lower 700..- []']);
});

test('a total that nears its number is approximate with the number as its most', () => {
  assert.deepEqual(all('The death toll is nearing 900 in the besieged town, aid workers say.'), ['killed 900 approx -..900 []']);
  assert.deepEqual(all('Deaths are approaching 2,000 in the province after weeks of fighting.'), ['killed 2000 approx -..2000 []']);
  assert.deepEqual(all('QUAKE DEATHS NEAR 4,000 IN NORTHERN PROVINCES'), ['killed 4000 approx -..4000 []']);
});

test('a total that may be as high as its number is an upper bound', () => {
  assert.deepEqual(all('The death toll in Mariupol may be as high as 20,000, the mayor said.'), ['killed 20000 upper -..20000 []']);
  assert.deepEqual(all('Civilian deaths could be as high as 1,500, a monitoring group said.'), ['killed 1500 upper -..1500 []']);
  assert.deepEqual(all('Officials fear the toll might be as high as 250.'), ['killed 250 upper -..250 []']);
});

test('"N total casualties" counts casualties, the total no part of the group', () => {
  assert.deepEqual(all('The battalion has reported 450 total casualties since January.'), ['casualties 450 exact 450..450 []']);
  assert.deepEqual(all('Officials counted 120 total casualties after the blast.'), ['casualties 120 exact 120..120 []']);
  assert.deepEqual(all('Rebel forces sustained 75 combined casualties in two days.'), ['casualties 75 exact 75..75 [Rebel forces]']);
});

test('a toll updated after an earlier count is a total of the outcome named before', () => {
  assert.deepEqual(all('Three more soldiers died of their wounds on Sunday, bringing the total to 47.'), [
    'killed 3 exact 3..3 [more soldiers]',
    'killed 47 exact 47..47 [more soldiers]',
  ]);
  assert.deepEqual(all('A second strike killed nine people in Odesa, raising the death toll to 31.'), [
    'killed 9 exact 9..9 [people]',
    'killed 31 exact 31..31 [people]',
  ]);
  assert.deepEqual(all('At least 60 people were killed in the attack, and officials later updated the figure to 87.'), [
    'killed 60 lower 60..- [people]',
    'killed 87 exact 87..87 [people]',
  ]);
  assert.deepEqual(all('Medics first reported 12 dead, but a later count put the number closer to 30.'), [
    'killed 12 exact 12..12 []',
    'killed 30 approx -..- []',
  ]);
});

test('a toll put, estimated or revised at a number', () => {
  assert.deepEqual(all('The governor put the toll at 28 on Monday.'), ['killed 28 exact 28..28 []']);
  assert.deepEqual(all('Aid groups put the death toll in Darfur at more than 1,000.'), ['killed 1000 lower 1000..- []']);
  assert.deepEqual(all('The toll from the ferry sinking was estimated at 300 by local officials.'), ['killed 300 approx -..- []']);
  assert.deepEqual(all('Independent monitors put the number of dead closer to 400.'), ['killed 400 approx -..- []']);
});

test('a total whose verb reaches something other than people gives no claim', () => {
  assert.deepEqual(all('The toll on the road network passed 40 kilometres of damaged track.'), []);
  assert.deepEqual(all('Deaths near 3 villages were not counted.'), []);
  assert.deepEqual(all('The total passed 300 votes in the second round.'), []);
});

test('the figure a total was revised from is the same total as said before', () => {
  assert.deepEqual(all('The health ministry revised the death toll down to 310 from 471.'), ['killed 310 exact 310..310 []', 'killed 471 exact 471..471 []']);
  assert.deepEqual(all('Kabul lowered its official death toll from the bombing of August 26 to about 170, from the more than 180 it had given.'), [
    'killed 170 approx -..- []',
    'killed 180 lower 180..- []',
  ]);
  assert.deepEqual(all('The ministry said 50 prisoners had died in the strike on the camp, up from the 40 it reported a day earlier.'), [
    'killed 50 exact 50..50 [prisoners]',
    'killed 40 exact 40..40 [prisoners]',
  ]);
  assert.deepEqual(all('Officials said 12 soldiers were killed in Bakhmut, down from 15 reported earlier.'), [
    'killed 12 exact 12..12 [soldiers]',
    'killed 15 exact 15..15 [soldiers]',
  ]);
});

test('headlines in capitals and without a verb of their own', () => {
  assert.deepEqual(all('DEATH TOLL FROM MARKET BLAST IN KRAMATORSK RISES TO 61'), ['killed 61 exact 61..61 []']);
  assert.deepEqual(all('DEATH TOLL FROM GAZA HOSPITAL BLAST RISES TO 471'), ['killed 471 exact 471..471 []']);
  assert.deepEqual(all('TOLL TOPS 500 IN PORT CITY'), ['killed 500 lower 500..- []']);
  assert.deepEqual(all('Khartoum deaths near 900 as fighting rages'), ['killed 900 approx -..900 []']);
});

test('a noun of the dead before a preposition and a number is no total reaching it', () => {
  assert.deepEqual(all('Deaths at 2 hospitals were reported in the city.'), []);
  assert.deepEqual(all('Casualties from 3 incidents were logged separately.'), []);
  assert.deepEqual(all('The toll of 40 included 12 children.'), ['killed 40 exact 40..40 []']);
});

test('a noun of the dead put or estimated at a number', () => {
  assert.deepEqual(all('Zelensky put North Korean losses at more than 3,000.'), ['casualties 3000 lower 3000..- []']);
  assert.deepEqual(all('The White House puts Russian casualties at 100,000 in five months.'), ['casualties 100000 exact 100000..100000 []']);
  assert.deepEqual(all('Monitors estimated civilian deaths at 300.'), ['killed 300 exact 300..300 []']);
});

test('a number its own outcome follows is that outcome’s, not the total’s', () => {
  const read = (text: string) => extractClaims({ id: 't', text, published: '2025-01-13T12:00:00Z' }).map((c) => `${c.outcome} ${c.quantity?.value}`);
  assert.deepEqual(read('In December the agency put North Korean losses at around 100 killed and nearly 1,000 wounded.'), ['killed 100', 'wounded 1000']);
  assert.deepEqual(read('The ministry put its losses at 40 dead and 120 injured.'), ['killed 40', 'wounded 120']);
  assert.deepEqual(read('Officials put the casualties at 12 killed and 30 wounded.'), ['killed 12', 'wounded 30']);
});

test('a total with a long modifier reaches its number when nothing between them starts another clause', () => {
  assert.deepEqual(all('The number of people killed by a missile that tore through an apartment block in the central city of Dnipro rose to 45 on Tuesday, the governor said.'), [
    'killed 45 exact 45..45 [people]',
  ]);
  assert.deepEqual(all('The death toll from an air strike on a school sheltering displaced families in the northern town of Jabalia rose to 27, the civil defence agency said.'), [
    'killed 27 exact 27..27 []',
  ]);
  assert.deepEqual(all('The number of soldiers killed when a missile hit a training ground near the front line in the southeastern region of Zaporizhzhia has climbed to 19.'), [
    'killed 19 exact 19..19 [soldiers]',
  ]);
  // A comma, a conjunction or another clause between them: the number is something else's.
  assert.deepEqual(all('The death toll was not immediately known, while officials in the region said the number of displaced people had risen to 4,500.'), []);
  assert.deepEqual(all('Casualties in the first days of the offensive were heavy and the number of refugees crossing the border into neighbouring Poland rose to 100,000.'), []);
  assert.deepEqual(all('The death toll from the storms that swept across the southern provinces last week is unclear as the number of people in shelters in the region rose to 9,000.'), []);
});
