import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { claimStance, stanceBefore, stanceInside } from '../../src/extract/stance-cues.js';

test('stance words right before a claim', () => {
  assert.equal(stanceBefore('drone attacks, with claims of '), 'alleged');
  assert.equal(stanceBefore('which confirmed the death of '), 'confirmed');
  assert.equal(stanceBefore('officials said that '), null);
  assert.equal(stanceBefore('By one estimate, '), 'estimated');
  assert.equal(stanceBefore('The latest casualty estimate puts the toll at '), 'estimated');
  assert.equal(stanceBefore('Officials put the toll at '), null);
  assert.equal(stanceBefore('a casualty estimate of '), 'estimated');
  assert.equal(stanceBefore('The purported '), 'alleged');
});

test('"confirmed" and "verified" inside the counted noun phrase', () => {
  assert.equal(stanceInside('1,300 confirmed deaths'), 'confirmed');
  assert.equal(stanceInside('212 verified civilian killings'), 'confirmed');
  assert.equal(stanceInside('at least 57 confirmed fatalities'), 'confirmed');
  assert.equal(stanceInside('74 deaths'), null);
});

test('"claimed" and "alleged" as adjectives', () => {
  assert.equal(stanceInside('90 claimed kills'), 'alleged');
  assert.equal(stanceInside('15 alleged civilian deaths'), 'alleged');
  assert.equal(stanceInside('6 reported deaths'), null);
});

test('passives of belief: "are believed to have been", "is thought to have", "presumed dead"', () => {
  assert.equal(stanceInside('400 fighters are believed to have been killed'), 'estimated');
  assert.equal(stanceInside('some 2,000 sailors were thought to have drowned'), 'estimated');
  assert.equal(stanceInside('eleven miners are presumed dead'), 'estimated');
  assert.equal(stanceInside('35 were killed'), null);
});

test('the claim span first, then the words before it', () => {
  const sentence = 'The ministry said 1,300 confirmed deaths had been recorded.';
  assert.equal(claimStance(sentence, sentence.indexOf('1,300'), sentence.indexOf(' had')), 'confirmed');
  const alleged = 'With claims of killing 40 soldiers, the unit advanced.';
  assert.equal(claimStance(alleged, alleged.indexOf('killing'), alleged.indexOf(' soldiers')), 'alleged');
});

test('believe and assess as verbs of a speaker give "estimated"', () => {
  const stance = (text: string) => extractClaims({ id: 'd', text, published: null }).map((c) => `${c.speaker?.text} ${c.stance}`);
  assert.deepEqual(stance('Western officials believe about 3,000 troops have been killed since the summer.'), ['Western officials estimated']);
  assert.deepEqual(stance('Military analysts assess that 500 fighters were captured in the pocket.'), ['Military analysts estimated']);
  assert.deepEqual(stance('US intelligence now believes at least 1,200 sailors died when the cruiser sank.'), ['US intelligence estimated']);
  assert.deepEqual(stance('At least 400 fighters are believed to have been killed in the fighting.'), ['undefined estimated']);
  assert.deepEqual(stance('There have been 1,300 confirmed deaths in the region since January.'), ['undefined confirmed']);
});
