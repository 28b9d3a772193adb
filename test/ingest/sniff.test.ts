import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, sniffText } from '../../src/ingest/sniff.js';

test('a text that opens with a bracketed tag or label is text, not a JSON export', () => {
  for (const text of [
    '[News Today] At least 12 people were killed in a strike on Kharkiv, the governor said.',
    '[UPDATED 14:05] The toll rose to 30, officials said.',
    '{Breaking} Two soldiers were wounded near the border, the army said.',
    '  [Video] Rescuers pulled 4 bodies from the rubble.',
  ]) {
    assert.equal(sniffText(text), null, text);
    assert.equal(detectFormat('note.txt', null, text), 'text', text);
    assert.equal(detectFormat('note', null, text), 'text', text);
  }
});

test('a JSON object or array is still read as a Telegram export', () => {
  for (const text of [
    '{"name": "Channel", "type": "public_channel", "messages": []}',
    '{ }',
    '[{"id": 1, "text": "hello"}]',
    '\uFEFF  {\n  "messages": [] }',
    '[]',
  ]) assert.equal(sniffText(text), 'telegram', text);
});
