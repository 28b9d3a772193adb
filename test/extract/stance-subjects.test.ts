import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stanceSubjects } from '../../src/extract/stance-subjects.js';
import { extractClaims } from '../../src/extract/extract.js';

test('a person who rejects, denies or dismisses is someone a later "he said" speaks for', () => {
  const speakerOf = (text: string) => extractClaims({ id: 'd_he', text, published: '2023-10-10T12:00:00Z' }).map((c) => c.speaker?.name ?? null);
  assert.deepEqual(speakerOf('Serhiy Bolvinov, head of the investigative department of the regional police, rejected the claim on Monday. There were 12 servicemen among the dead, he said.'), ['Serhiy Bolvinov']);
  assert.deepEqual(speakerOf('Maria Zakharova dismissed the reports on Friday. Forty people died in the shelling, she said.'), ['Maria Zakharova']);
  assert.deepEqual(speakerOf('Getnet Adane denied that account. Thirty fighters were killed in the strike, he said.'), ['Getnet Adane']);
});

test('only people: an organisation or a single word is not taken', () => {
  assert.deepEqual(stanceSubjects('The Russian Defence Ministry rejected the claim.'), []);
  assert.deepEqual(stanceSubjects('Moscow denied it.'), []);
  assert.deepEqual(stanceSubjects('The convoy arrived on Monday.'), []);
  assert.deepEqual(stanceSubjects('Kremlin spokesman Dmitry Peskov, speaking in Moscow, dismissed the figures.').map((s) => s.name), []);
});
