import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

/** "outcome value: speaker text (name or org)" for each claim of a document; "-" when unattributed. */
function speakers(text: string): string[] {
  return extractClaims({ id: 'd_pronouns', text, published: '2025-05-02T12:00:00.000Z' }).map(
    (c) => `${c.outcome} ${c.quantity?.value ?? '-'}: ${c.speaker ? `${c.speaker.text} (${c.speaker.name ?? c.speaker.org})` : '-'}`,
  );
}

test('"he said" is the person named just before, also one named by "according to", and is written as that person', () => {
  assert.deepEqual(speakers('A drone hit the bus depot on Sunday, according to Aung Min Thu, a volunteer medic in the town. Eight people were killed and 15 wounded, he said.'), [
    'killed 8: Aung Min Thu (Aung Min Thu)',
    'wounded 15: Aung Min Thu (Aung Min Thu)',
  ]);
  assert.deepEqual(speakers('Police chief Maria Lopes said the bomb went off at noon near the port. The interior ministry later confirmed the blast. She said six officers were wounded.'), [
    'wounded 6: Police chief Maria Lopes (Maria Lopes)',
  ]);
});

test('"he said" with no one named before it names no one: the speaker is never the bare pronoun', () => {
  assert.deepEqual(speakers('Heavy rain fell on the camp overnight. The tents collapsed and four children were killed, he said.'), ['killed 4: -']);
  assert.deepEqual(speakers('Four soldiers were wounded in the ambush, she added.'), ['wounded 4: -']);
});

test('"it said" after "X has released its report, an outlet reported" is X, not the outlet', () => {
  assert.deepEqual(speakers('The Somali health ministry has released its weekly bulletin, the state broadcaster reported. In a post on Facebook, it said 19 people were killed in the market blast.'), [
    'killed 19: The Somali health ministry (Somali health ministry)',
  ]);
  assert.deepEqual(speakers('The Sudan Doctors Network issued a statement on Friday, Radio Dabanga said. It said 31 civilians had been killed in El Fasher.'), [
    'killed 31: The Sudan Doctors Network (Sudan Doctors Network)',
  ]);
  assert.deepEqual(speakers('The Kenya Red Cross said floods had killed 38 people in the county. It added that 9 more were missing.'), [
    'killed 38: The Kenya Red Cross (Kenya Red Cross)',
    'missing 9: The Kenya Red Cross (Kenya Red Cross)',
  ]);
});
