import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_loss', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}] ${c.subject.kind ?? '-'}`,
  );

test('an army that lost fighters had casualties', () => {
  assert.deepEqual(all('Russia has lost 1,500 troops in the battle for Avdiivka, the general staff said.'), ['casualties 1500 exact [troops] military']);
  assert.deepEqual(all('The militia lost 40 fighters in the ambush near Marawi.'), ['casualties 40 exact [fighters] military']);
  assert.deepEqual(all('Kyiv is losing more than 300 soldiers a day in the east, a blogger claimed.'), ['casualties 300 lower [soldiers] military']);
  assert.deepEqual(all('The loss of 12 paratroopers in one week shook the regiment.'), ['casualties 12 exact [paratroopers] military']);
});

test('losing things, or people loosely, is no claim', () => {
  assert.deepEqual(all('The brigade lost 12 tanks and 30 armoured vehicles.'), []);
  assert.deepEqual(all('The town lost 300 homes to the fire.'), []);
  assert.deepEqual(all('The league lost 20 players to injury this season.'), []);
});

test('a loss said with its outcome is that outcome', () => {
  assert.deepEqual(all('North Korea has lost around 100 soldiers killed and nearly 1,000 wounded.'), [
    'killed 100 approx [soldiers] military',
    'wounded 1000 approx [soldiers] military',
  ]);
  assert.deepEqual(all('The regiment lost 40 marines captured in the first week.'), ['captured 40 exact [marines] military']);
});

test('"suffered N killed or wounded" is casualties', () => {
  // Who suffered them is who they count (claim-subject.test.ts).
  assert.deepEqual(all('The army suffered 300 killed or wounded in the assault on Bakhmut.'), ['casualties 300 exact [army] military']);
  assert.deepEqual(all('The rebels suffered some 2,000 killed and wounded, the ministry said.'), ['casualties 2000 approx [rebels] military']);
  assert.deepEqual(all('Government forces have suffered at least 150 dead and wounded since March.'), ['casualties 150 lower [Government forces] military']);
});
