import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

function read(text: string): Array<[string, number | null, string]> {
  return extractClaims({ id: 'd', text, published: '2025-03-01T12:00:00Z' }).map((c) => [c.outcome, c.quantity?.value ?? null, c.subject.text]);
}

test('troops prepared or readied to be sent are a deployment', () => {
  assert.deepEqual(read('The northern army was preparing 6,000 soldiers to send to the front.'), [['deployed', 6000, 'soldiers']]);
  assert.deepEqual(read('Officials are readying 800 paratroopers for deployment to the island.'), [['deployed', 800, 'paratroopers']]);
  assert.deepEqual(read('The hospital is preparing 40 beds for the season.'), []);
});

test('what a contingent sent abroad includes is deployed', () => {
  assert.deepEqual(read('The contingent includes about 500 officers and three generals.'), [['deployed', 500, 'officers'], ['deployed', 3, 'generals']]);
  assert.deepEqual(read('The expeditionary force numbers about 4,000 marines.'), [['deployed', 4000, 'marines']]);
  assert.deepEqual(read('The detachment consists of 250 military engineers.').map((c) => c[1]), [250]);
});

test('a total of captives is a capture count; a total exchanged is not', () => {
  assert.deepEqual(read('The number of enemy soldiers captured has reached 650, the ministry said.'), [['captured', 650, 'enemy soldiers']]);
  assert.deepEqual(read('The number of marines held captive in the port city has risen to 80.'), [['captured', 80, 'marines']]);
  assert.deepEqual(read('The number of prisoners exchanged has reached 300.'), []);
});
