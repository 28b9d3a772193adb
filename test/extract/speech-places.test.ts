import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWhereSpoken } from '../../src/extract/speech-places.js';

const at = (sentence: string, place: string) => isWhereSpoken(sentence, sentence.indexOf(place));

test('the place a statement was made in is recognised', () => {
  assert.ok(at('Around 100 were killed, Lee told reporters in Seoul on Thursday.', 'Seoul'));
  assert.ok(at('Kirby said at a briefing in Washington that 1,000 were killed.', 'Washington'));
  assert.ok(at('Speaking in Kyiv, Zelenskyy said 3,000 had been killed.', 'Kyiv'));
});

test('the place of the events is not', () => {
  assert.equal(at('At least 30 soldiers were killed in Kursk, officials said.', 'Kursk'), false);
  assert.equal(at('Officials said 30 soldiers were killed in fighting in Kursk.', 'Kursk'), false);
  assert.equal(at('He said that 50 were wounded in Sudzha.', 'Sudzha'), false);
});

test('a longer occasion before the place of speech, and "addressing"', () => {
  assert.ok(at('Zelensky, speaking on the sidelines of a summit of European leaders in Granada, said 50 were killed.', 'Granada'));
  assert.ok(at('Guterres, addressing reporters in New York, said 12 aid workers were killed.', 'New York'));
  assert.ok(at('The minister, talking to journalists at the airport in Rzeszow, said 9 soldiers died.', 'Rzeszow'));
  assert.ok(!at('Officials said 40 people were killed in a strike on a summit venue in Kharkiv.', 'Kharkiv'));
});
