/** An adverb telling when a statement was first made ("originally said", "initially reported") is no part of its speaker. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const speakers = (text: string) => extractClaims({ id: 'd_test', text, published: '2023-10-04T09:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null]);

test('"originally" and "initially" before the verb of speech are not the speaker’s words', () => {
  assert.deepEqual(speakers('The Iraqi health ministry originally said 12 people died in the bombing.'), [[12, 'The Iraqi health ministry']]);
  assert.deepEqual(speakers('Officials originally reported that 40 soldiers were killed.'), [[40, 'Officials']]);
  assert.deepEqual(speakers('The army initially put the number of dead at 17.'), [[17, 'The army']]);
});
