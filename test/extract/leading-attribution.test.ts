import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';

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

test('no leading speaker: a denial of something else', () => {
  assert.equal(who('Taliban spokesman Zabiullah Mujahid denied his group was responsible for the attack, killing 17 people'), 'none');
});

test('a plural noun before its own verb is no verb of speech; participles after a noun are no main verb', () => {
  const speaker = (s: string) => findAttribution(s)?.speaker.text ?? 'none';
  assert.equal(speaker('Preliminary reports indicate that more than 200 people have been killed in the camp, the UN refugee agency said.'), 'the UN refugee agency');
  assert.equal(speaker('Unconfirmed claims circulated that 30 soldiers had surrendered.'), 'none');
  assert.equal(speaker('A militia allied to the government and led by former general Ali Hassan said more than 100 fighters had been killed in the fighting around the oil fields.'), 'A militia allied to the government and led by former general Ali Hassan');
  assert.equal(speaker('A rebel group backed by its neighbours said 45 government soldiers were captured near the border crossing on Sunday.'), 'A rebel group backed by its neighbours');
});

test('a leading subject keeps a person beside their role', () => {
  const found = findAttribution("The chief of Peru's national police, General Luis Vera, told congress on Tuesday that 33 officers had been wounded.");
  assert.equal(found?.speaker.text, "The chief of Peru's national police, General Luis Vera");
  assert.equal(found?.speaker.name, 'Luis Vera');
  assert.equal(findAttribution('The mayor, who visited the site, said 9 people had died.')?.speaker.text, 'The mayor');
});
