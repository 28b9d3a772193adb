import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution, findVia, localStance, parseSpeaker } from '../../src/extract/attribution.js';

function who(sentence: string): string {
  const found = findAttribution(sentence);
  return found ? `${found.speaker.text} | ${found.stance}` : 'none';
}

test('a speaker at the start: "X said", "X disclosed on Friday that", "X has claimed"', () => {
  assert.equal(who('White House National Security Council spokesperson John Kirby disclosed on Friday that some soldiers have taken their own lives.'), 'White House National Security Council spokesperson John Kirby | asserted');
  assert.equal(who('Onisimo said two police officers died and 10 rebels were also killed'), 'Onisimo | asserted');
  assert.equal(who('The U.S. alleges that Russia is deploying approximately 11,000 North Korean soldiers.'), 'The U.S. | alleged');
  assert.equal(who('Sunni militant group Jaish ul-Adl has claimed responsibility for killing nine border guards.'), 'Sunni militant group Jaish ul-Adl | alleged');
  assert.equal(who('Police say at least 28 people have been injured, four critically.'), 'Police | asserted');
});

test('a speaker with a parenthetical, or whose statement follows as a participle', () => {
  assert.equal(who('Ukrainian President Volodymyr Zelenskyy, via a Telegram post, highlighted the severe casualties, stating that over 3,000 soldiers have died.'), 'Ukrainian President Volodymyr Zelenskyy | asserted');
  assert.equal(who('Despite these claims, Kirby suggested a lower casualty figure, noting that over 1,000 soldiers were killed in the last week alone.'), 'Kirby | asserted');
});

test('a speaker at the end, inverted, after "according to", or before ", which"', () => {
  assert.equal(who("Two protesters were killed in the capital's Tayaran Square, officials said"), 'officials | asserted');
  assert.equal(who('At least 16 people were killed and another 38 wounded on Tuesday, an official source told EFE'), 'an official source | asserted');
  assert.equal(who('Three points were set up in Idlib province, said the Syrian Observatory for Human Rights.'), 'the Syrian Observatory for Human Rights | asserted');
  assert.equal(who('Eight civilians were injured Thursday, according to the military.'), 'the military | asserted');
  assert.equal(who('Russia faces heavy losses, exceeding 1,500 casualties daily according to British estimates.'), 'British | estimated');
  assert.equal(who("This was corroborated by South Korea’s National Intelligence Service, which confirmed the death of a captured soldier."), 'South Korea’s National Intelligence Service | confirmed');
  assert.equal(who('Recent footage from Ukrainian special operations on Telegram showed drone attacks, with claims of killing 77.'), 'Ukrainian special operations | asserted');
});

test('no speaker: reports, a number phrase, a denial of something else', () => {
  assert.equal(who('Reports indicate over 1,000 North Korean soldiers have died in the past week alone.'), 'none');
  assert.equal(who('At least 86 people were killed and 230 others were wounded in the market.'), 'none');
  assert.equal(who('Taliban spokesman Zabiullah Mujahid denied his group was responsible for the attack, killing 17 people'), 'none');
});

test('speaker phrases are split into person, organisation and country', () => {
  assert.deepEqual(parseSpeaker('White House National Security Council spokesperson John Kirby'), {
    text: 'White House National Security Council spokesperson John Kirby',
    name: 'John Kirby',
    org: 'White House National Security Council',
    country: 'US',
  });
  assert.deepEqual(parseSpeaker('Ukrainian President Volodymyr Zelenskyy'), { text: 'Ukrainian President Volodymyr Zelenskyy', name: 'Volodymyr Zelenskyy', org: 'Ukrainian', country: 'UA' });
  assert.equal(parseSpeaker('South Korea’s National Intelligence Service').country, 'KR');
  assert.equal(parseSpeaker('Kirby').name, 'Kirby');
  assert.equal(parseSpeaker('the military').org, 'military');
});

test('the channel and the stance words right before a claim', () => {
  assert.equal(findVia('Zelenskyy, via a Telegram post, said'), 'telegram');
  assert.equal(findVia('he told a press briefing on Friday'), null);
  assert.equal(findVia('she said in a briefing'), 'briefing');
  assert.equal(findVia('said in a statement'), 'statement');
  assert.equal(localStance('drone attacks, with claims of '), 'alleged');
  assert.equal(localStance('which confirmed the death of '), 'confirmed');
  assert.equal(localStance('officials said that '), null);
});
