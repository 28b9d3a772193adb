import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tollSetterAttribution } from '../../src/extract/toll-setters.js';

const who = (sentence: string): string => tollSetterAttribution(sentence)?.speaker.text ?? 'none';

test('whoever puts a toll at a number is its speaker', () => {
  assert.equal(who("Lebanon's health ministry has put the toll at 2,400 dead since October."), "Lebanon's health ministry");
  assert.equal(who('A running Reuters tally based on hospital records puts the number of people killed at 310.'), 'A running Reuters tally based on hospital records');
  assert.equal(who('The provincial governor later placed the death toll at 57.'), 'The provincial governor');
  assert.equal(who('On Sunday, rescuers put the number of missing miners closer to 40.'), 'rescuers');
  assert.equal(who('An updated UN count puts the number of people killed in the Jan. 3 raids at 77.'), 'An updated UN count');
});

test('not a toll, or nobody who speaks', () => {
  assert.equal(who('The blast put the hospital at risk of collapse.'), 'none');
  assert.equal(who('The latest figures put the toll at 1,200.'), 'none');
  assert.equal(who('Officials said 30 people were killed.'), 'none');
});
