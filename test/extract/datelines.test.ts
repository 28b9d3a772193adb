import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../src/extract/attribution.js';
import { datelineEnd } from '../../src/extract/datelines.js';

test('a dateline is recognised up to its dash', () => {
  assert.equal('SEOUL — '.length, datelineEnd('SEOUL — Around 100 North Korean soldiers have been killed.'));
  assert.equal('KYIV, Dec 23 (Harbour Wire) - '.length, datelineEnd('KYIV, Dec 23 (Harbour Wire) - More than 3,000 North Korean soldiers.'));
  assert.equal('NEW YORK — '.length, datelineEnd('NEW YORK — Officials said 3 were killed.'));
});

test('prose that starts with a capitalised place is not a dateline', () => {
  assert.equal(datelineEnd('Seoul - the capital - said 100 were killed.'), 0);
  assert.equal(datelineEnd('In Kursk, 30 soldiers were killed.'), 0);
  assert.equal(datelineEnd('US officials said 3 were killed.'), 0);
  assert.equal(datelineEnd('Around 100 were killed — officials said.'), 0);
});

test('a dateline with its region, date or agency after the place is never the speaker', () => {
  const speakerOf = (text: string) => findAttribution(text)?.speaker.text;
  assert.equal(speakerOf('DEIR AL-BALAH, Gaza Strip (AP) — The Gaza Health Ministry said Sunday that 274 Palestinians were killed.'), 'The Gaza Health Ministry');
  assert.equal(speakerOf('KHARKIV, Ukraine — The regional governor said 40 people were killed in the strike.'), 'The regional governor');
  assert.equal(speakerOf('GENEVA, Switzerland, Nov. 20, 2024 (Harbour Wire) — The UN rights office said 12 civilians were killed.'), 'The UN rights office');
  assert.equal(speakerOf('Kharkiv, Ukraine (CNN) — The regional governor said 40 people were killed.'), 'The regional governor');
  assert.equal(speakerOf('Port Sudan, Sudan — The health ministry said 40 people were killed on Saturday.'), 'The health ministry');
});

test('prose after a capitalised name and a comma is no dateline', () => {
  assert.equal(datelineEnd('NATO, the alliance, said 300 soldiers were killed — a figure Moscow disputes.'), 0);
  assert.equal(datelineEnd('Kharkiv, the second city, lost 40 people — officials said.'), 0);
  assert.equal(datelineEnd('Russia and Ukraine - both sides - reported losses.'), 0);
});

test('a dateline of two cities joined by a slash', () => {
  assert.equal(findAttribution("MOSCOW/KYIV, May 17 (Harbour Wire) — Russia's defence ministry said 265 fighters had surrendered.")?.speaker.text, "Russia's defence ministry");
  assert.equal(findAttribution('JERUSALEM/GAZA, Oct 12 — The health ministry said 1,400 people were killed.')?.speaker.text, 'The health ministry');
  assert.equal(findAttribution('BEIRUT/DAMASCUS (Wire) — Officials said 30 were wounded.')?.speaker.text, 'Officials');
});
