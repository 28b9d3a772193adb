/** A speaker inside a relative clause on one count gives that count only (src/extract/embedded-attribution.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { embeddedAttributions } from '../../src/extract/embedded-attribution.js';

const read = (text: string) =>
  extractClaims({ id: 'd_test', text, published: '2024-06-01T09:00:00Z' })
    .filter((c) => c.quantity)
    .map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null, c.subject.text]);

test('"including N the army says are dead": the army gives N, not the counts before it', () => {
  assert.deepEqual(read('Gunmen seized 140 hostages, including 22 the army says are dead.'), [
    [140, null, 'hostages'],
    [22, 'the army', 'hostages'],
  ]);
  assert.deepEqual(read('Rescuers pulled 40 injured people from the rubble, including 12 that doctors say later died.').map((r) => r.slice(0, 2)), [
    [40, null],
    [12, 'doctors'],
  ]);
  assert.deepEqual(read('Some 300 conscripts were sent to the front, and 50 of them the ministry says were killed.').map((r) => r.slice(0, 2)), [
    [300, null],
    [50, 'the ministry'],
  ]);
});

test('the sentence\'s own speaker keeps the counts before the embedded one', () => {
  assert.deepEqual(read('The governor said 45 people were wounded in the strike, including six that surgeons say later died.').map((r) => r.slice(0, 2)), [
    [45, 'The governor'],
    [6, 'surgeons'],
  ]);
});

test('an article after a number opens no group: the speaker is not the counted people', () => {
  for (const sentence of [
    'Militants seized 252 hostages, and 37 the army says are dead.',
    'The raid left 80 wounded and 9 the local council believes were killed.',
    'Of the 40 sailors, 12 the navy thinks are missing.',
  ]) {
    const last = read(sentence).at(-1);
    assert.ok(last && !/army|council|navy/.test(last[2] as string), `${sentence} → ${JSON.stringify(last)}`);
  }
});

test('a speaker that opens the sentence is no embedded attribution', () => {
  assert.deepEqual(embeddedAttributions('Officials say 30 people were killed.'), []);
  assert.deepEqual(embeddedAttributions('He said 12 people have died in the raid.'), []);
  assert.deepEqual(read('Police said 5 people had been wounded and 3 were killed.').map((r) => r[1]), ['Police', 'Police']);
});
