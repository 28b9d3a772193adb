import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

/** "outcome value: speaker" for each claim of a document; "-" when unattributed. */
function speakers(text: string): string[] {
  return extractClaims({ id: 'd_follow', text, published: '2025-06-20T12:00:00.000Z' }).map(
    (c) => `${c.outcome} ${c.quantity?.value ?? '-'}: ${c.speaker ? (c.speaker.name ?? c.speaker.org ?? c.speaker.text) : '-'} ${c.stance}`,
  );
}

test('figures right after "…, X wrote on Facebook." go on with what X reported', () => {
  assert.deepEqual(speakers('A glide bomb struck a grain store on the edge of the town, the regional police wrote on Facebook. Four people were killed and nine injured, and firefighters were still at the scene.'), [
    'killed 4: regional police asserted',
    'wounded 9: regional police asserted',
  ]);
  assert.deepEqual(speakers('Drones hit two apartment blocks overnight, Mayor Ihor Terekhov said. Another 11 residents were wounded by falling debris.'), ['wounded 11: Ihor Terekhov asserted']);
  assert.deepEqual(speakers('The convoy was ambushed on the road north of the camp, the army reported. At least 8 soldiers died in the exchange of fire.'), ['killed 8: army asserted']);
});

test('a next sentence with its own time, place or event, or after a quotation or a colon, stays the writer\'s', () => {
  assert.deepEqual(speakers('Power was cut to 40,000 homes, the energy ministry said. Twelve children were killed on Tuesday when a shell hit a school.'), ['killed 12: - reported']);
  assert.deepEqual(speakers('Power was cut to 40,000 homes, the energy ministry said. Twelve children were killed in Kherson.'), ['killed 12: - reported']);
  assert.deepEqual(speakers('"We are still digging," rescuer Omar Said told reporters. Nine people were killed in the collapse.'), ['killed 9: - reported']);
  assert.deepEqual(speakers('Power was cut to 40,000 homes, the energy ministry said.\nTwelve people were wounded in the blast.'), ['wounded 12: - reported']);
});
