import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

/** "outcome value: speaker" for each claim of a document; "-" when unattributed. */
function speakers(text: string): string[] {
  return extractClaims({ id: 'd_quoted', text, published: '2025-03-10T12:00:00.000Z' }).map(
    (c) => `${c.outcome} ${c.quantity?.value ?? '-'}: ${c.speaker ? (c.speaker.name ?? c.speaker.org ?? c.speaker.text) : '-'}`,
  );
}

test('a quotation of several sentences is the speaker named after its closing mark, in every sentence', () => {
  assert.deepEqual(speakers('"Nine fighters were killed when our patrol was ambushed near the bridge. Two armoured vehicles were also lost," the Malian army said in a statement.'), [
    'killed 9: Malian army',
  ]);
  assert.deepEqual(speakers('“The water rose in minutes. Fourteen villagers died before the boats arrived,” said Joana Mbeki, a district official.'), ['killed 14: Joana Mbeki']);
});

test('a quotation of several sentences is the speaker named before its opening mark', () => {
  assert.deepEqual(speakers('Red Cross spokeswoman Ana Ruiz said: "The convoy reached the town at noon. Eleven people had died waiting for it. We treated 40 wounded."'), [
    'killed 11: Ana Ruiz',
    'wounded 40: Ana Ruiz',
  ]);
});

test('a paragraph that opens with a quote mark and names no speaker continues the quotation of the line before', () => {
  const text = [
    '“The shelling did not stop all night,” Governor Oleh Marchenko said on Telegram.',
    '“Fourteen people were killed when the roof of the school fell in.',
    '“Another 22 residents were taken to hospital with shrapnel wounds.”',
    'The governor’s office later published photographs of the site.',
  ].join('\n');
  assert.deepEqual(speakers(text), ['killed 14: Oleh Marchenko', 'wounded 22: Oleh Marchenko']);
  assert.deepEqual(speakers('"We lost 40 soldiers at the crossing," Colonel Pierre Ndaye told reporters.\n\n"Another 12 are still missing."'), [
    'casualties 40: Pierre Ndaye',
    'missing 12: Pierre Ndaye',
  ]);
});

test('a quotation with no speaker beside it, or after the writer\'s own words, names no one', () => {
  assert.deepEqual(speakers('Colonel Pierre Ndaye told reporters the unit had withdrawn.\n"Another 12 are still missing."'), ['missing 12: -']);
  assert.deepEqual(speakers('Residents called it “a massacre”. Seven bodies were found in the village.'), ['killed 7: -']);
  assert.deepEqual(speakers('Shops stayed shut, and “Thirty people were killed in the raid. Nobody came to help” was written on a wall.'), ['killed 30: -']);
});
