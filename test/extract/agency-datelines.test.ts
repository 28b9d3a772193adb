import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agencyDatelineEnd } from '../../src/extract/agency-datelines.js';
import { findAttribution } from '../../src/extract/attribution.js';
import { datelineEnd } from '../../src/extract/datelines.js';

test('a dateline in ordinary case with its agency in brackets is never the speaker', () => {
  assert.equal(findAttribution('Kharkiv (Ukrinform) - Governor Oleh Syniehubov said on Sunday that four people were killed.')?.speaker.text, 'Governor Oleh Syniehubov');
  assert.equal(findAttribution('Goma, (Radio Okapi - 12th May, 2024) The provincial governor said 14 civilians were killed.')?.speaker.text, 'The provincial governor');
  assert.equal(findAttribution('Khartoum, March 3 (Wire Service) — Sudan’s army said 27 fighters were killed near Omdurman.')?.speaker.text, 'Sudan’s army');
});

test('where such a dateline ends; a speaker with its acronym in brackets is no dateline', () => {
  const text = 'Kharkiv (Ukrinform) - Four people were killed.';
  assert.equal(agencyDatelineEnd(text), text.indexOf('Four'));
  assert.equal(datelineEnd(text), text.indexOf('Four'));
  assert.equal(agencyDatelineEnd('Doctors Without Borders (MSF) said 20 people were killed.'), 0);
  assert.equal(findAttribution('Doctors Without Borders (MSF) said 20 people were killed.')?.speaker.text, 'Doctors Without Borders (MSF)');
});
