import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { sendingState } from '../../src/extract/sending-states.js';

const sideOfDeployed = (text: string) => extractClaims({ id: 'd_send', text, published: '2024-10-20T12:00:00Z' }).find((c) => c.outcome === 'deployed')?.subject.affiliation ?? null;

test('the state that sends troops owns them: a country or a capital as the subject of the deployment verb', () => {
  assert.equal(sideOfDeployed('North Korea has sent 1,500 troops to Russia, Seoul said.'), 'KP');
  assert.equal(sideOfDeployed('Pyongyang deployed 3,000 soldiers to Kursk, officials said.'), 'KP');
  assert.equal(sideOfDeployed('Kyiv said Moscow had sent 700 troops to the border.'), 'RU');
  assert.equal(sideOfDeployed('The US will send 1,000 troops to Poland.'), 'US');
});

test('a state named elsewhere than as the sender gives the troops no side', () => {
  const verbAt = (sentence: string, verb: string) => sendingState(sentence, sentence.indexOf(verb));
  assert.equal(verbAt('Troops were sent to Russia, officials said.', 'sent'), null);
  assert.equal(verbAt('In Russia, officials said 1,000 troops were sent.', 'sent'), null);
  assert.equal(verbAt('Kharkiv residents said 300 troops were deployed nearby.', 'deployed'), null, 'a city that is no capital sends no one');
});
