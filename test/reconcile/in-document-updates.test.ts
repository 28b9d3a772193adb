/**
 * Issue 14, updates inside one report: a number its speaker gives further on in the same story, told as
 * coming later, updates the one before; a story's background paragraph does not take its tolls; a
 * speaker the story refers back to ("the ministry") is the one it named.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const verdicts = (result: Board, a: string, b: string) =>
  result.relations.filter((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a)).map((r) => r.verdict);
const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people', place: null };

test('a later number from the same speaker further on in one report updates the earlier', () => {
  const stories: Array<[ClaimSpec, ClaimSpec]> = [
    [
      { id: 'first', doc: 'd_story', published: '2023-10-17', speakerOrg: 'Gaza health ministry', value: 200, bound: 'vague', min: 200, max: 900, text: 'hundreds', ...KILLED, sentence: 'The Gaza health ministry said hundreds of people had been killed.' },
      { id: 'later', doc: 'd_story', published: '2023-10-17', speakerOrg: 'Gaza health ministry', value: 500, bound: 'lower', ...KILLED, sentence: 'Later in the evening the ministry said at least 500 people had died.' },
    ],
    [
      { id: 'first', doc: 'd_story', published: '2022-04-08', speakerOrg: 'Donetsk regional administration', value: 30, ...KILLED, sentence: 'The regional administration said 30 people were killed in the strike.' },
      { id: 'later', doc: 'd_story', published: '2022-04-08', speakerOrg: 'Donetsk regional administration', value: 39, ...KILLED, sentence: 'By nightfall the administration said the toll had risen to 39.' },
    ],
    [
      { id: 'first', doc: 'd_story', published: '2024-03-23', speakerOrg: 'Moscow Oblast police', value: 40, ...KILLED, sentence: 'Police said 40 people died at the venue.' },
      { id: 'later', doc: 'd_story', published: '2024-03-23', speakerOrg: 'Moscow Oblast police', value: 60, ...KILLED, sentence: 'The toll later rose to 60, police said.' },
    ],
  ];
  for (const [first, later] of stories) {
    const result = board(first, later);
    assert.deepEqual(verdicts(result, 'first', 'later'), ['update'], later.sentence);
    assert.notEqual(result.claims.first?.origin, result.claims.later?.origin, 'a new statement is its own origin');
  }
});

test('without a word that tells it came later, another number of the same speaker in one report is no update', () => {
  const unordered = board(
    { id: 'first', doc: 'd_story', published: '2024-03-23', speakerOrg: 'Moscow Oblast police', value: 40, ...KILLED, sentence: 'Police said 40 people died at the venue.' },
    { id: 'second', doc: 'd_story', published: '2024-03-23', speakerOrg: 'Moscow Oblast police', value: 60, ...KILLED, sentence: 'Police said 60 people died in the region.' },
  );
  assert.ok(!verdicts(unordered, 'first', 'second').includes('update'));
});

test('"the ministry" the report resolved to the ministry it named is that ministry: its later number is an update, not a stranger’s', () => {
  const result = board(
    { id: 'early', doc: 'd_first', published: '2023-10-17', speakerOrg: 'Gaza health ministry', speakerText: 'the ministry', value: 500, bound: 'lower', ...KILLED, incident: 'the blast at the hospital' },
    { id: 'revised', doc: 'd_second', published: '2023-10-18', speakerOrg: 'Gaza health ministry', value: 471, ...KILLED, incident: 'the blast at the hospital' },
  );
  assert.deepEqual(verdicts(result, 'early', 'revised'), ['update']);
});

test('a toll that names no event, told before the story turns to another event, is its headline’s; one told after is no incident’s', () => {
  const stories: Array<[string, string, string, string, string, string]> = [
    ['Hospital blast toll revised to 471', 'Tuesday’s blast at the hospital', '2023-10-17', 'the blast', 'the attack on southern Israel on Oct. 7', '2023-10-07'],
    ['Market strike: 61 dead, UN says', 'Saturday’s strike on the market', '2025-03-08', 'the strike', 'the raid on the camp in January', '2025-01-14'],
    ['Concert hall attack toll rises to 144', 'Friday’s attack on the concert hall', '2024-03-22', 'the attack', 'the school siege of 2004', '2004-09-01'],
  ];
  for (const [title, event, day, bare, backgroundEvent, backgroundDay] of stories) {
    const next = new Date(Date.parse(day) + 2 * 86_400_000).toISOString().slice(0, 10);
    const result = board(
      { id: 'dated', published: day, speakerOrg: 'Civil defence', value: 300, ...KILLED, incident: event, incidentDate: day },
      { id: 'lead', doc: 'd_story', published: next, speakerOrg: 'Hospital director', value: 471, ...KILLED, sentenceStart: 0, title },
      { id: 'named', doc: 'd_story', published: next, speakerOrg: 'Health ministry', value: 314, ...KILLED, outcome: 'wounded', incident: bare, sentenceStart: 200 },
      { id: 'background', doc: 'd_story', published: next, speakerOrg: 'Officials', value: 1400, ...KILLED, incident: backgroundEvent, incidentDate: backgroundDay, sentenceStart: 900 },
      { id: 'after', doc: 'd_story', published: next, speakerOrg: 'Monitors', value: 3000, ...KILLED, sentenceStart: 1200 },
    );
    assert.equal(result.claims.lead?.figure, result.claims.dated?.figure, title);
    assert.notEqual(result.claims.background?.figure, result.claims.dated?.figure, title);
    const after = result.figures.find((f) => f.claims.includes('after'));
    assert.equal(after?.incident, undefined, `${title}: a toll after the story turned to another event is no incident's`);
  }
});
