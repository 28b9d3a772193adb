/**
 * Issue 14: calling a toll untrue denies it ("the RSF said the figures were fabricated", "accused the army of
 * inventing the toll"): a denial with no number, per party. Calling it exaggerated disputes its size only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const denials = (text: string) =>
  extractClaims({ id: 'd_fabricated', text, published: '2024-01-25T12:00:00Z' })
    .filter((c) => c.stance === 'denied')
    .map((c) => `${c.speaker?.text} ${c.outcome} ${c.quantity === null ? 'no number' : c.quantity.value}`);

test('a toll called untrue is denied by whoever calls it so', () => {
  assert.deepEqual(denials('The RSF said the figures were fabricated and that its forces had not targeted civilians.'), ['RSF casualties no number']);
  assert.deepEqual(denials('Russia dismissed the figures as lies.'), ['Russia casualties no number']);
  assert.deepEqual(denials('The militia accused the army of inventing the toll.'), ['The militia casualties no number']);
  assert.deepEqual(denials('Moscow called the casualty figures pure propaganda.'), ['Moscow casualties no number']);
  assert.deepEqual(denials('Officials said 20 people were killed, but the army said the figures were fabricated.'), ['the army casualties no number']);
});

test('a toll called exaggerated, or a report called false, is no denial of the toll', () => {
  assert.deepEqual(denials('The ministry said the figures were exaggerated.'), []);
  assert.deepEqual(denials('The militia accused the army of inflating the toll.'), []);
  assert.deepEqual(denials('He said the report was false.'), []);
  assert.deepEqual(denials('The army said the deaths were not caused by its strike, calling the accusation a lie.'), []);
});
