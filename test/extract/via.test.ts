import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findVia } from '../../src/extract/via.js';

test('the channel a claim came through', () => {
  assert.equal(findVia('Zelenskyy, via a Telegram post, said'), 'telegram');
  assert.equal(findVia('he told a press briefing on Friday'), null);
  assert.equal(findVia('she said in a briefing'), 'briefing');
  assert.equal(findVia('said in a statement'), 'statement');
});
