import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

function attributed(text: string): Array<[number | null, string | null, string]> {
  return extractClaims({ id: 'c', text, published: '2025-03-01T12:00:00Z' }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null, c.stance]);
}

test('whoever puts or places the toll at a number is its source', () => {
  assert.deepEqual(attributed("Yemen's health ministry put the toll at 68 after the strike on the port."), [[68, "Yemen's health ministry", 'asserted']]);
  assert.deepEqual(attributed('Provincial officials have placed the number of dead at 23.'), [[23, 'Provincial officials', 'asserted']]);
  assert.deepEqual(attributed('The regional council puts the overall death toll at more than 140.'), [[140, 'The regional council', 'asserted']]);
});

test('whoever counts, records, recovers or documents the dead is the source of the count', () => {
  assert.deepEqual(attributed('Civil defence teams have recovered 45 bodies from the collapsed building.'), [[45, 'Civil defence teams', 'asserted']]);
  assert.deepEqual(attributed('The monitoring mission documented 312 civilian deaths in May.').map((c) => [c[1], c[2]]), [['The monitoring mission', 'confirmed']]);
  assert.deepEqual(attributed('Medics at the district hospital have counted 17 dead since the morning.').map((c) => c[1]), ['Medics at the district hospital']);
});

test('an estimate by the one who counts keeps its stance', () => {
  assert.deepEqual(attributed('The observatory estimated the number of fighters killed at around 200.').map((c) => [c[1], c[2]]), [['The observatory', 'estimated']]);
  assert.deepEqual(attributed('Western officials estimate the toll at up to 5,000.').map((c) => [c[1], c[2]]), [['Western officials', 'estimated']]);
  assert.deepEqual(attributed('The UN agency revised the death toll to 1,090 on Friday.').map((c) => c[1]), ['The UN agency']);
});

test('an event or a thing that raises a toll is no speaker', () => {
  assert.deepEqual(attributed('The second strike raised the death toll to 31.').map((c) => c[1]), [null]);
  assert.deepEqual(attributed('Overnight shelling pushed the number of dead to 12.').map((c) => c[1]), [null]);
  assert.deepEqual(attributed('Heavy rain has recovered nothing, but 40 people were killed in the floods.').map((c) => c[1]), [null]);
});

test('a fronted place or time, even with a clause of its own, does not hide the subject that counts', () => {
  assert.deepEqual(
    attributed('At the music festival near the kibbutz, where gunmen opened fire at dawn, rescue workers have recovered more than 260 bodies.').map(([value, speaker]) => [value, speaker]),
    [[260, 'rescue workers']],
  );
  assert.deepEqual(attributed('In the town of Bucha, where Russian troops withdrew last week, local officials have recovered 410 bodies.').map(([value, speaker]) => [value, speaker]), [[410, 'local officials']]);
  assert.deepEqual(attributed('After the floodwaters receded, volunteers recovered 37 bodies.').map(([value, speaker]) => [value, speaker]), [[37, 'volunteers']]);
  assert.deepEqual(attributed('Hamas fighters, who had hidden in the tunnels, recovered 12 bodies.').map(([value, speaker]) => [value, speaker]), [[12, 'Hamas fighters']], 'a relative clause between the subject and its verb is no part of the subject');
});
