/**
 * Speakers the fourth fresh sample named in ways we missed: unnamed sources counted ("three people familiar
 * with the matter"), heads of roles the list lacked, a name with a chairman's or president's role, and a
 * group named by where it is based referring back to the group named before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const claims = (text: string) => extractClaims({ id: 'd_sources', text, published: '2024-03-01T12:00:00.000Z' });
const speakers = (text: string) => claims(text).map((c) => c.speaker?.text ?? null);

test('unnamed sources, counted, are speakers; people counted as the toll are not', () => {
  assert.deepEqual(speakers('About 300 men were killed or wounded in Syria last week, according to three people familiar with the matter.'), ['three people familiar with the matter']);
  assert.deepEqual(speakers('More than 200 soldiers died in the assault, two people with knowledge of the report said.'), ['two people with knowledge of the report']);
  assert.deepEqual(speakers('About 40 people were killed, sources familiar with the investigation said.'), ['sources familiar with the investigation']);
});

test('a coordinator, a rapporteur, an acquaintance can speak', () => {
  assert.deepEqual(speakers('The UN humanitarian coordinator in Yemen said on 8 October that initial reports indicated more than 140 people killed.'), ['The UN humanitarian coordinator in Yemen']);
  assert.deepEqual(speakers('The special rapporteur said 40 people were killed.'), ['The special rapporteur']);
  assert.deepEqual(speakers('An acquaintance of several of the fighters put the death toll at more than 80.'), ['An acquaintance of several of the fighters']);
});

test('a name and a chairman\'s or president\'s role are one speaker', () => {
  assert.deepEqual(speakers('The toll rose to 21, one of them a child, Mykola Lukashuk, chairman of the regional council, said on Telegram.'), Array(2).fill('Mykola Lukashuk, chairman of the regional council'));
  assert.deepEqual(speakers('Ali Hassan, president of the local Red Crescent, said 12 people were killed.'), ['Ali Hassan, president of the local Red Crescent']);
  assert.deepEqual(speakers('Twelve people were killed, Ali Hassan, Kherson regional council chairman, said.'), ['Ali Hassan, Kherson regional council chairman']);
});

test('"the New York-based group" is the group named before', () => {
  const hrw = claims('Human Rights Watch said on Thursday that the strike broke the laws of war. The attack killed at least 100 people, the New York-based group said.');
  assert.deepEqual(hrw.map((c) => c.speaker?.org), ['Human Rights Watch']);
  const sohr = claims('The Syrian Observatory for Human Rights said 30 died. The toll later rose to 40, the UK-based war monitor said.');
  assert.deepEqual(sohr.map((c) => c.speaker?.org), ['Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights']);
  const msf = claims('Doctors Without Borders said 12 staff were hurt. Four more died overnight, the Geneva-based charity said.');
  assert.deepEqual(msf.map((c) => c.speaker?.org), ['Doctors Without Borders', 'Doctors Without Borders']);
});

test('admitting, acknowledging, "putting" and "speaking of" a count give it; admitting mistakes gives nothing', () => {
  const stances = (text: string) => claims(text).map((c) => [c.speaker?.text ?? null, c.stance]);
  assert.deepEqual(stances('The Kremlin has admitted just 63 deaths.'), [['The Kremlin', 'confirmed']]);
  assert.deepEqual(stances('The defence ministry has acknowledged 63 deaths.'), [['The defence ministry', 'confirmed']]);
  assert.deepEqual(stances('Military sources are now putting the number of Palestinians killed at between 100 and 200.'), [['Military sources', 'asserted']]);
  assert.deepEqual(stances('Lebanese security sources spoke of at least 54 dead.'), [['Lebanese security sources', 'asserted']]);
  assert.deepEqual(stances('He admitted 3 mistakes in the report.'), []);
});

test('"give a fuller toll:", "according to their preliminary reports": the giver, and whom "their" refers to', () => {
  assert.deepEqual(speakers('Lebanese security sources give a fuller toll: at least 54 dead, 37 of them children.'), ['Lebanese security sources', 'Lebanese security sources']);
  assert.deepEqual(speakers('The governor gave a higher toll: 40 dead.'), ['The governor']);
  assert.deepEqual(speakers('Lebanese authorities said 30 died. According to their preliminary reports, at least 54 people were killed.'), ['Lebanese authorities', 'Lebanese authorities']);
});

test('"the group" after a group outside the state is that group; after a ministry it names no one known', () => {
  assert.deepEqual(claims('Human Rights Watch said the strike was unlawful. The group counted 28 dead.').map((c) => c.speaker?.org), ['Human Rights Watch']);
  assert.deepEqual(claims('Amnesty International said 12 died on Monday. The group said on Tuesday that 20 were killed.').map((c) => c.speaker?.org), ['Amnesty International', 'Amnesty International']);
  assert.deepEqual(claims('The health ministry said 12 died. The group said 20 were killed.').map((c) => c.speaker?.org), ['health ministry', 'group']);
});
