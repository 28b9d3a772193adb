/** A speaker opening a later contrasting clause (", but X say …") speaks for that clause only (src/extract/extract.ts, attributionAt). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const speakers = (text: string) => extractClaims({ id: 'd_test', text, published: '2024-01-30T09:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null]);

test('the claims before ", but X say", ", although X said" are not X’s', () => {
  assert.deepEqual(speakers('Twelve soldiers were killed in the ambush, but officials say the toll could rise.'), [[12, null]]);
  assert.deepEqual(speakers('Officials said 40 soldiers were killed, but the army said only 12 died.'), [[40, 'Officials'], [12, 'the army']]);
  assert.deepEqual(speakers('The governor said 9 civilians died, although police say the toll is lower.'), [[9, 'The governor']]);
});
