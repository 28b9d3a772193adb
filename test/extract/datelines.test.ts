import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelineEnd } from '../../src/extract/datelines.js';

test('a dateline is recognised up to its dash', () => {
  assert.equal('SEOUL — '.length, datelineEnd('SEOUL — Around 100 North Korean soldiers have been killed.'));
  assert.equal('KYIV, Dec 23 (Harbour Wire) - '.length, datelineEnd('KYIV, Dec 23 (Harbour Wire) - More than 3,000 North Korean soldiers.'));
  assert.equal('NEW YORK — '.length, datelineEnd('NEW YORK — Officials said 3 were killed.'));
});

test('prose that starts with a capitalised place is not a dateline', () => {
  assert.equal(datelineEnd('Seoul - the capital - said 100 were killed.'), 0);
  assert.equal(datelineEnd('In Kursk, 30 soldiers were killed.'), 0);
  assert.equal(datelineEnd('US officials said 3 were killed.'), 0);
  assert.equal(datelineEnd('Around 100 were killed — officials said.'), 0);
});
