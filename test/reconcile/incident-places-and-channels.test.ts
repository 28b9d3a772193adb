/**
 * Issue 14, incidents on unseen stories: a place written with and without its
 * type ("Pazigyi", "Pazigyi village") is one place; villagers and residents
 * are the whole toll, not a part; a channel's untitled post that names no
 * event goes on with the one incident the channel told of in the days before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}
const figureOf = (result: Board, id: string) => result.claims[id]?.figure;
const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people' };
const day = (iso: string) => ({ text: 'that day', start: iso, end: iso });

test('a place with and without its type word is one place', () => {
  const pairs: Array<[string, string]> = [
    ['Pazigyi village', 'Pazigyi'],
    ['Zamzam camp', 'Zamzam'],
    ['the al-Jadida neighbourhood', 'al-Jadida'],
  ];
  for (const [incidentPlace, tollPlace] of pairs) {
    const result = board(
      { id: 'strike', published: '2023-04-12', speakerOrg: 'Activists', value: 100, ...KILLED, place: incidentPlace, country: null, incident: 'Tuesday’s air strike', period: day('2023-04-11') },
      { id: 'later', published: '2023-04-14', speakerOrg: 'A rights group', value: 171, ...KILLED, place: tollPlace, country: null },
    );
    assert.equal(figureOf(result, 'later'), figureOf(result, 'strike'), `${incidentPlace} / ${tollPlace}`);
  }
});

test('villagers, residents and inhabitants are the whole toll of their place, not a part of it', () => {
  for (const group of ['villagers', 'residents', 'inhabitants']) {
    const result = board(
      { id: 'whole', published: '2023-04-12', speakerOrg: 'Activists', value: 100, ...KILLED, place: 'Pazigyi', country: null, incident: 'Tuesday’s air strike on the village', period: day('2023-04-11') },
      { id: 'named', published: '2023-04-12', speakerOrg: 'Residents', value: 100, ...KILLED, group, place: 'Pazigyi', country: null, incident: 'the air strike on the village' },
    );
    assert.equal(figureOf(result, 'named'), figureOf(result, 'whole'), group);
  }
});

test('an untitled post that names no event goes on with the one incident its channel told of in the days before', () => {
  const channel = { publisher: 'Kanbalu Voice', title: null };
  const stories: Array<[string, string]> = [
    ['2023-04-12', 'The toll has risen to 133.'],
    ['2023-04-13', 'Volunteers have now recovered 160 bodies.'],
    ['2023-04-14', '171 people are now confirmed dead.'],
  ];
  for (const [published, sentence] of stories) {
    const result = board(
      { id: 'first', doc: 'd_post1', ...channel, published: '2023-04-11', speakerOrg: 'Activists', value: 100, ...KILLED, place: null, incident: 'this morning’s air attack', period: day('2023-04-11') },
      { id: 'post', doc: 'd_post2', ...channel, published, speakerOrg: 'Activists', value: 133, ...KILLED, place: null, sentence },
      { id: 'other', doc: 'd_other', publisher: 'Another Channel', title: null, published, speakerOrg: 'Activists', value: 133, ...KILLED, place: null, sentence },
    );
    assert.equal(figureOf(result, 'post'), figureOf(result, 'first'), sentence);
    assert.notEqual(figureOf(result, 'other'), figureOf(result, 'first'), `another channel: ${sentence}`);
  }
});

test('a post after a channel told of two incidents, a week later, or by another speaker, is left to its own', () => {
  const channel = { publisher: 'Kanbalu Voice', title: null };
  const two = board(
    { id: 'a', doc: 'd_a', ...channel, published: '2023-04-10', speakerOrg: 'Activists', value: 9, ...KILLED, place: 'Falam', country: null, incident: 'Monday’s strike on the town', period: day('2023-04-10') },
    { id: 'b', doc: 'd_b', ...channel, published: '2023-04-11', speakerOrg: 'Activists', value: 100, ...KILLED, place: 'Pazigyi', country: null, incident: 'this morning’s air attack on the village', period: day('2023-04-11') },
    { id: 'post', doc: 'd_post', ...channel, published: '2023-04-12', speakerOrg: 'Activists', value: 133, ...KILLED, place: null, sentence: 'The toll has risen to 133.' },
  );
  assert.notEqual(figureOf(two, 'post'), figureOf(two, 'a'));
  assert.notEqual(figureOf(two, 'post'), figureOf(two, 'b'));
  const late = board(
    { id: 'first', doc: 'd_first', ...channel, published: '2023-04-11', speakerOrg: 'Activists', value: 100, ...KILLED, place: null, incident: 'this morning’s air attack', period: day('2023-04-11') },
    { id: 'post', doc: 'd_post', ...channel, published: '2023-04-25', speakerOrg: 'Activists', value: 133, ...KILLED, place: null, sentence: 'The toll has risen to 133.' },
  );
  assert.notEqual(figureOf(late, 'post'), figureOf(late, 'first'));
  // Another speaker's count in the channel may be of an event its post names in a sentence with no number.
  const other = board(
    { id: 'first', doc: 'd_first', ...channel, published: '2022-01-08', speakerOrg: 'Zone administration', value: 56, ...KILLED, place: null, incident: 'Friday’s air strike on the camp', period: day('2022-01-07') },
    { id: 'post', doc: 'd_post', ...channel, published: '2022-01-10', speakerOrg: 'Local officials', value: 17, ...KILLED, place: null, sentence: 'Local officials say at least 17 people were killed, most of them women waiting to grind grain.' },
  );
  assert.notEqual(figureOf(other, 'post'), figureOf(other, 'first'));
});
