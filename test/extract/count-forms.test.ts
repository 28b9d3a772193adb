/**
 * Counts written in ways a fourth fresh sample showed we missed: a hedged higher reading between a vague
 * magnitude and its "of", "scores" as the object of a verb of harm, an adjective between a count and "bodies",
 * coordinated manners of killing, and "one of them a child" counted once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';

const read = (text: string) => extractClaims({ id: 'd_count_forms', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => [c.outcome, c.quantity?.value ?? null]);

test('"scores, and likely hundreds, of": the first, smallest reading, the hedge no count of its own', () => {
  assert.deepEqual(read('Scores, and likely hundreds, of civilians were stabbed or hacked to death in the town.'), [['killed', 40]]);
  assert.deepEqual(read('Hundreds, and possibly thousands, of people were killed.'), [['killed', 200]]);
  assert.deepEqual(read('The group said at the time that "dozens, and perhaps hundreds" of prisoners had died.'), [['killed', 24]]);
  assert.deepEqual(read('Dozens, and possibly more than 100, of soldiers were killed, the army said.'), [['killed', 24]]);
});

test('"scores" stands alone as the object of a verb of harm, and nowhere else', () => {
  assert.deepEqual(read('The strike killed at least 10 people and wounded scores, officials said.'), [['killed', 10], ['wounded', 40]]);
  assert.deepEqual(read('The blast killed five and injured scores.'), [['killed', 5], ['wounded', 40]]);
  assert.deepEqual(read('Final scores of the match were 3-1.'), []);
  assert.deepEqual(read('The team scores 40 points.'), []);
});

test("a people's adjective or the bodies' state between a count and \"bodies\"", () => {
  assert.deepEqual(read('Around a dozen Russian bodies had been brought in.'), [['killed', 12]]);
  assert.deepEqual(read('He counted more than 50 burned bodies.'), [['killed', 50]]);
  assert.deepEqual(read('12 Syrian bodies were returned at the crossing.'), [['killed', 12]]);
  // The count is the people the bodies were, and "two UN bodies" are organisations.
  assert.deepEqual(read('The burnt bodies of four construction workers have been found, bringing the death toll to six.'), [['killed', 4], ['killed', 6]]);
  assert.deepEqual(read('Two UN bodies condemned the attack.'), []);
});

test('coordinated manners of killing, "to death" said once', () => {
  assert.deepEqual(read('Witnesses said 12 men were shot and beaten to death.'), [['killed', 12]]);
  assert.deepEqual(read('At least 30 villagers were stabbed or hacked to death.'), [['killed', 30]]);
  assert.deepEqual(read('Seven prisoners were tortured and beaten to death in custody.'), [['killed', 7]]);
});

test('"one of them a child" is one person counted once', () => {
  assert.deepEqual(read('The toll rose to 21, one of them a child.'), [['killed', 21], ['killed', 1]]);
  assert.deepEqual(read('Fifty people were killed, one of them a child, and a soldier was wounded.'), [['killed', 50], ['killed', 1], ['wounded', 1]]);
  assert.deepEqual(read('Nine were wounded, one of them a police officer.'), [['wounded', 9], ['wounded', 1]]);
});
