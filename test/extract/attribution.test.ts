import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';

function who(sentence: string): string {
  const found = findAttribution(sentence);
  return found ? `${found.speaker.text} | ${found.stance}` : 'none';
}

test('a speaker after "according to", before ", which", or framing footage', () => {
  assert.equal(who('Eight civilians were injured Thursday, according to the military.'), 'the military | asserted');
  assert.equal(who('Russia faces heavy losses, exceeding 1,500 casualties daily according to British estimates.'), 'British | estimated');
  assert.equal(who("This was corroborated by South Korea’s National Intelligence Service, which confirmed the death of a captured soldier."), 'South Korea’s National Intelligence Service | confirmed');
  assert.equal(who('Recent footage from Ukrainian special operations on Telegram showed drone attacks, with claims of killing 77.'), 'Ukrainian special operations | asserted');
});

test('no speaker: reports, a number phrase', () => {
  assert.equal(who('Reports indicate over 1,000 North Korean soldiers have died in the past week alone.'), 'none');
  assert.equal(who('At least 86 people were killed and 230 others were wounded in the market.'), 'none');
});

test('"according to" reads through the periods of initials and titles, and stops at the sentence\'s own', () => {
  assert.equal(who('According to U.S. estimates, about 1,200 fighters died in the assault.'), 'U.S. | estimated');
  assert.equal(who('Forty-two refugees drowned off the coast, according to the U.N. refugee agency.'), 'the U.N. refugee agency | asserted');
  assert.equal(who('According to Lt. Gen. Oleh Marchenko, 60 attackers were killed overnight.'), 'Lt. Gen. Oleh Marchenko | asserted');
  assert.equal(who('Nine guards were wounded, according to Dr. Amal Haddad of the district hospital.'), 'Dr. Amal Haddad of the district hospital | asserted');
  assert.equal(who('Six soldiers died, according to officials. Talks resumed later.'), 'officials | asserted');
});
