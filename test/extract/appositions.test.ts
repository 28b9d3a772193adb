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
