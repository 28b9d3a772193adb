/** "Took no part", "no members of the armed forces had taken part": a denial of the deployment. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) => extractClaims({ id: 'd_participation', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => [c.outcome, c.quantity?.value ?? null, c.stance]);

test('"took no part", "no members of the armed forces had taken part": a denial of the deployment', () => {
  assert.deepEqual(read('The ministry said Russian servicemen took no part in the clash.'), [['deployed', null, 'denied']]);
  assert.deepEqual(read('The ministry said no members of the Russian armed forces had taken part in the clash.'), [['deployed', null, 'denied']]);
  assert.deepEqual(read('No Iranian soldiers took part in the fighting, Tehran said.'), [['deployed', null, 'denied']]);
});
