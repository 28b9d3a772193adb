import assert from 'node:assert/strict';
import { test } from 'node:test';
import { losingSide } from '../../src/extract/losing-side.js';

const at = (sentence: string, count: string) => losingSide(sentence, sentence.indexOf(count));

test('a country that suffered or lost the counted people is their side', () => {
  assert.equal(at('Russia has suffered more than 100,000 casualties in Ukraine since December.', 'more than'), 'RU');
  assert.equal(at('North Korea has lost around 100 soldiers killed and nearly 1,000 wounded.', 'around 100'), 'KP');
  assert.equal(at('Ukraine lost 12 soldiers in the assault, officials said.', '12'), 'UA');
});

test('a country named for another reason is not', () => {
  assert.equal(at('At least 30 soldiers were killed in Russia on Monday.', '30'), null);
  assert.equal(at('Russia said 30 Ukrainian soldiers were killed.', '30'), null);
  assert.equal(at('Kyiv says Russia has lost 50 tanks and 30 soldiers.', '30'), null);
});
