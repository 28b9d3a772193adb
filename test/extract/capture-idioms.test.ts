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

test('captives held are captured; holding anything else is not', () => {
  assert.deepEqual(all('Pushilin said 193 Ukrainian prisoners had been held in the building.'), ['captured 193 exact [Ukrainian prisoners]']);
  assert.deepEqual(all('Hamas is still holding about 130 hostages in Gaza.'), ['captured 130 approx [hostages]']);
  assert.deepEqual(all('The rebels hold 25 detainees in a school in Goma.'), ['captured 25 exact [detainees]']);
  assert.deepEqual(all('The 40 soldiers held the bridge for three days.'), []);
  assert.deepEqual(all('The army held 12 soldiers back in reserve.'), []);
});

test('people held in the passive are captives; held to account, in regard, or a meeting held is not', () => {
  assert.deepEqual(all('The governor said 137 pupils and staff were being held, revising down an earlier figure.'), ['captured 137 exact [pupils]']);
  assert.deepEqual(all('Officials said 12 aid workers are still held by the militia.'), ['captured 12 exact [aid workers]']);
  assert.deepEqual(all('Relatives say 45 fishermen have been held since March.'), ['captured 45 exact [fishermen]']);
  assert.deepEqual(all('Police said 40 officers were held responsible for the failure.'), []);
  assert.deepEqual(all('Funerals were held for 12 soldiers on Monday.'), []);
  assert.deepEqual(all('Elections were held in 12 regions.'), []);
});
