import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../src/contracts/claim.js';
import { extractClaims } from '../../src/extract/extract.js';

const all = (text: string) =>
  extractClaims({ id: 'd_capture', text, published: '2024-12-28T12:00:00.000Z' }).map(
    (c: Claim) => `${c.outcome} ${c.quantity?.value ?? '-'} ${c.quantity?.bound ?? '-'} [${c.subject.text}]`,
  );

test('people taken captive, prisoner or hostage are captured', () => {
  assert.deepEqual(all('Gunmen took several villagers captive near Kaduna.'), ['captured 3 vague [villagers]']);
  assert.deepEqual(all('The insurgents took 14 soldiers prisoner after the raid.'), ['captured 14 exact [soldiers]']);
  assert.deepEqual(all('Hamas took about 250 people hostage on October 7.'), ['captured 250 approx [people]']);
  assert.deepEqual(all('Ukrainian units have taken 48 North Korean soldiers prisoner in Kursk.'), ['captured 48 exact [North Korean soldiers]']);
  assert.deepEqual(all('The division reported taking 300 prisoners near Izium.'), ['captured 300 exact [prisoners]']);
});

test('"take" without captives is no capture', () => {
  assert.deepEqual(all('Buses took 12 soldiers to the railway station near the prisoner camp.'), []);
  assert.deepEqual(all('The convoy took 40 minutes to reach the hostage site.'), []);
  assert.deepEqual(all('Five soldiers who took part in the raid were captured.'), ['captured 5 exact [soldiers]']);
});

test('held captive and taken prisoner after the group', () => {
  assert.deepEqual(all('Some 40 aid workers are still held captive in Darfur.'), ['captured 40 approx [aid workers]']);
  assert.deepEqual(all('Two marines were taken prisoner near Kherson, officials said.'), ['captured 2 exact [marines]']);
  assert.deepEqual(all('Militants also seized 31 hostages from the bus.'), ['captured 31 exact [hostages]']);
});
