/** Ranks and honorifics before a name are dropped while a name of two words is left, a name with a particle too. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutRank, withoutRankOrHonorific } from '../../src/extract/ranks.js';

test('ranks go, honorifics go where asked, a lone surname keeps its rank', () => {
  assert.equal(withoutRank('Maj. Gen. Lucky Irabor'), 'Lucky Irabor');
  assert.equal(withoutRank('Rear Admiral Daniel Hagari'), 'Daniel Hagari');
  assert.equal(withoutRank('General Vera'), 'General Vera');
  assert.equal(withoutRankOrHonorific('Alhaji Babagana Malarima'), 'Babagana Malarima');
  assert.equal(withoutRankOrHonorific('Dr. Taha al-Mutawakkil'), 'Taha al-Mutawakkil');
  assert.equal(withoutRankOrHonorific('Sheikh Ahmed bin Zayed'), 'Ahmed bin Zayed');
  assert.equal(withoutRankOrHonorific('Mr. Smith'), 'Mr. Smith');
});
