import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPersonAndRole, isPersonName, isRole } from '../../src/extract/appositions.js';
import { findAttribution } from '../../src/extract/attribution.js';

test('a person and their role, either way round', () => {
  assert.ok(isPersonAndRole('Jan Egeland', ' the head of the Norwegian Refugee Council'));
  assert.ok(isPersonAndRole("The head of Chile's navy", ' Admiral Juan Soto'));
  assert.ok(isPersonAndRole('Gen. Mark Reyes', ' the chairman of the joint staff'));
  assert.ok(isPersonAndRole('Olena Marchenko', ' a nurse at the district hospital'));
});

test('not a person and role', () => {
  assert.ok(!isPersonAndRole('Kherson', ' the city where 12 people died'));
  assert.ok(!isPersonAndRole('the army', ' the navy'));
  assert.ok(!isRole('the town was shelled again'));
  assert.ok(!isRole('the number of dead'));
  assert.ok(!isPersonName('the governor'));
  assert.ok(isPersonName('Lt. Gen. Oleksandr Pivnenko'));
});

test('a role with no determiner that ends on its title, beside a name, keeps the name', () => {
  assert.equal(isPersonAndRole('Battlegroup Vostok spokesman', 'Lt. Col. Ivan Marchuk'), true);
  assert.equal(isPersonAndRole('Southern battle group spokeswoman', 'Natalia Gumeniuk'), true);
  assert.equal(findAttribution('Eastern group spokesman, Sergei Dolgov, said Ukraine lost 180 servicemen.')?.speaker.name, 'Sergei Dolgov');
  assert.equal(findAttribution('Kherson regional governor, Oleksandr Prokudin, said nine civilians were wounded.')?.speaker.name, 'Oleksandr Prokudin');
});

test('a role with no determiner that opens on its title, after a name, keeps the name and names the organisation', () => {
  assert.equal(isPersonAndRole('Nazar Voloshyn', ' spokesman for the Khortytsia group of forces'), true);
  assert.equal(isPersonAndRole('Oleh Syniehubov', ' head of the Kharkiv regional military administration'), true);
  const speaker = (sentence: string) => {
    const found = findAttribution(sentence)?.speaker;
    return found ? `${found.name} | ${found.org}` : null;
  };
  assert.equal(speaker('At least 40 people were killed, Ahmed Ali, spokesman for the health ministry, said.'), 'Ahmed Ali | health ministry');
  assert.equal(speaker('At least 40 people were killed, Ahmed Ali, a spokesman for the health ministry, said.'), 'Ahmed Ali | health ministry');
  assert.equal(speaker("Russian forces lost 300 soldiers, Nazar Voloshyn, spokesman for Ukraine's Khortytsia group of forces, said."), "Nazar Voloshyn | Ukraine's Khortytsia group of forces");
  assert.equal(speaker('Twelve civilians were killed, Oleh Syniehubov, head of the Kharkiv regional military administration, wrote on Telegram.'), 'Oleh Syniehubov | Kharkiv regional military administration');
  assert.equal(isRole('spokesman for 12 hours'), false, 'a number is no organisation');
});
