/** A relative clause that names who gives the toll ("the attack, which investigators say killed 137") (src/extract/relative-attribution.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const speakers = (text: string) =>
  extractClaims({ id: 'd_test', text, published: '2024-03-25T09:00:00Z' })
    .filter((c) => c.quantity)
    .map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null]);

test('"which X say killed N", "which X said left N dead": X gives the toll', () => {
  assert.deepEqual(speakers('Ukraine has denied any involvement in the attack, which investigators say killed 137 people.'), [[137, 'investigators']]);
  assert.deepEqual(speakers('Kyiv blamed Moscow for the missile strike, which regional officials say killed 31 civilians.'), [[31, 'regional officials']]);
  assert.deepEqual(speakers('The army denied the raid on the village, which residents said left 12 dead.'), [[12, 'residents']]);
});

test('a relative clause with no speaker gives none', () => {
  assert.deepEqual(speakers('It was the deadliest attack that the city has seen in years, killing 14.'), [[14, null]]);
});
