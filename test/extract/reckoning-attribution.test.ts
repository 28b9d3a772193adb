import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../src/extract/extract.js';
import { reckoningAttribution } from '../../src/extract/reckoning-attribution.js';

const claims = (text: string) =>
  extractClaims({ id: 'd_reckoning', text, published: '2024-03-01T12:00:00.000Z' }).map((c) => `${c.quantity?.value} ${c.speaker?.text ?? '-'} ${c.stance} ${c.subject.affiliation ?? '-'}`);

test('a count given as someone\'s reckoning is theirs: "By X\'s count,", "By the count of X,", "On X\'s own figures,"', () => {
  assert.deepEqual(claims("By the Russian defence ministry's count, 2,439 fighters surrendered between May 16 and May 20."), ['2439 the Russian defence ministry asserted -']);
  assert.deepEqual(claims("By the UN's tally, 40 civilians died in the strike."), ['40 the UN asserted -']);
  assert.deepEqual(claims('By the count of local officials, 12 people died.'), ['12 local officials asserted -']);
  assert.deepEqual(claims("On the ministry's own figures, 80 soldiers were wounded."), ['80 the ministry asserted -']);
  assert.deepEqual(claims("By the monitor's estimates, 500 people died."), ['500 the monitor estimated -']);
});

test('a time or place phrase with "in" or "by" is no reckoning', () => {
  assert.equal(reckoningAttribution('In the past week, 40 soldiers died.'), null);
  assert.equal(reckoningAttribution('By Friday, 12 people had died.'), null);
  assert.equal(reckoningAttribution('In the data released on Monday, 30 deaths were listed.'), null);
});
