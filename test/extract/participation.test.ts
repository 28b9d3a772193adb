/** Fighters who took part in a battle were deployed to it; a force's make-up is deployed; "took no part" denies it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) => extractClaims({ id: 'd_participation', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => [c.outcome, c.quantity?.value ?? null, c.stance]);

test('fighters who took part, and what an assault involved, were deployed; marchers were not', () => {
  assert.deepEqual(read('Around 500 pro-government fighters took part in the assault.'), [['deployed', 500, 'reported']]);
  assert.deepEqual(read('Some 300 soldiers had taken part in the offensive, officials said.'), [['deployed', 300, 'asserted']]);
  assert.deepEqual(read('The assault involved roughly 500 pro-government fighters.'), [['deployed', 500, 'reported']]);
  assert.deepEqual(read('About 12,000 people took part in the march.'), []);
});

test('"took no part", "no members of the armed forces had taken part": a denial of the deployment', () => {
  assert.deepEqual(read('The ministry said Russian servicemen took no part in the clash.'), [['deployed', null, 'denied']]);
  assert.deepEqual(read('The ministry said no members of the Russian armed forces had taken part in the clash.'), [['deployed', null, 'denied']]);
  assert.deepEqual(read('No Iranian soldiers took part in the fighting, Tehran said.'), [['deployed', null, 'denied']]);
});
