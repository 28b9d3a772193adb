import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { forwardedSpeaker } from '../../src/extract/post-speaker.js';

function speakers(text: string, forwardedFrom: string | null = null): Array<[number | null, string | null, string]> {
  return extractClaims({ id: 'p', text, published: '2025-04-12T10:00:00Z', forwardedFrom }).map((c) => [c.quantity?.value ?? null, c.speaker?.text ?? null, c.stance]);
}

test('a forwarded post: what it does not attribute is the forwarded channel’s', () => {
  assert.deepEqual(speakers('This morning the militia shelled the camp. At least 14 civilians were killed, among them four children.', 'Darfur Emergency Lawyers'), [[14, 'Darfur Emergency Lawyers', 'asserted']]);
  assert.deepEqual(speakers('Statement: 31 people were killed in the raid on the market.', 'North Kordofan Resistance Committees'), [[31, 'North Kordofan Resistance Committees', 'asserted']]);
  assert.deepEqual(speakers('Over the past day the enemy lost 1,340 personnel.', 'General Staff of the Armed Forces of Ukraine')[0]?.[1], 'General Staff of the Armed Forces of Ukraine');
});

test('a forward line at the top of the text names the post’s speaker', () => {
  assert.equal(forwardedSpeaker('Forwarded from Kharkiv Regional Military Administration\n\nSix people were injured.', null)?.text, 'Kharkiv Regional Military Administration');
  assert.equal(forwardedSpeaker('Переслано з Telegram-каналу «Генеральний штаб ЗСУ»\n\nВтрати…', null)?.text, 'Генеральний штаб ЗСУ');
  assert.deepEqual(speakers('Forwarded from Sumy Regional Administration\n\nTwo residents were killed and nine wounded in the shelling of Bilopillia.').map((s) => s[1]), ['Sumy Regional Administration', 'Sumy Regional Administration']);
});

test('a claim the post attributes to someone keeps its own speaker; a post that is no forward has none', () => {
  assert.deepEqual(speakers('The health ministry said 22 people were killed in the strike.', 'Gaza Now Relay'), [[22, 'The health ministry', 'asserted']]);
  assert.deepEqual(speakers('At least 12 people were killed in the strike on the station.'), [[12, null, 'reported']]);
  assert.equal(forwardedSpeaker('A line that mentions being forwarded from somewhere in the middle of a sentence.', null), null);
});
