/**
 * Issue 14, incidents on unseen stories: a drone strike is not the suicide
 * bombing of the same week; an event told "three days after" another is
 * still that other when its words date it to that incident's day; and a
 * mention that fitted two incidents is no third choice for the next one.
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

test('an attack from the air and one on the ground in the same days and place are two incidents', () => {
  const stories: ClaimSpec[][] = [
    [
      { id: 'ground', published: '2019-12-28', speakerOrg: 'Mogadishu police', value: 79, ...KILLED, place: 'Mogadishu', country: 'SO', incident: 'Saturday’s truck bombing at the checkpoint', period: day('2019-12-28') },
      { id: 'air', published: '2019-12-30', speakerOrg: 'US Africa Command', value: 4, ...KILLED, kind: 'military', group: 'militants', place: 'Mogadishu', country: 'SO', incident: 'the US airstrikes near Mogadishu' },
    ],
    [
      { id: 'ground', published: '2023-05-04', speakerOrg: 'Regional police', value: 9, ...KILLED, place: 'Kherson', country: 'UA', incident: 'the shooting at the bus stop', period: day('2023-05-03') },
      { id: 'air', published: '2023-05-05', speakerOrg: 'Regional governor', value: 21, ...KILLED, place: 'Kherson', country: 'UA', incident: 'Wednesday’s shelling of the supermarket', period: day('2023-05-03') },
    ],
    [
      { id: 'air', published: '2021-08-27', speakerOrg: 'Pentagon', value: 2, ...KILLED, kind: 'military', group: 'militants', place: null, incident: 'the drone strike', title: 'Pentagon: drone strike kills two planners' },
      { id: 'ground', published: '2021-08-26', speakerOrg: 'Health ministry', value: 60, ...KILLED, place: null, incident: 'Thursday’s suicide attack at the gate', period: day('2021-08-26') },
    ],
  ];
  for (const story of stories) {
    const result = board(...story);
    assert.notEqual(figureOf(result, 'air'), figureOf(result, 'ground'), story[0]?.incident);
  }
});

test('a bare “the blast” or “the attack” tells no kind, and joins a strike or a bombing alike', () => {
  for (const incident of ['Friday’s drone strike on the depot', 'Friday’s car bombing at the market', 'Friday’s missile attack on the station']) {
    const result = board(
      { id: 'first', published: '2024-06-08', speakerOrg: 'Regional governor', value: 12, ...KILLED, place: 'Kramatorsk', country: 'UA', incident, period: day('2024-06-07') },
      { id: 'later', published: '2024-06-09', speakerOrg: 'Emergency service', value: 15, ...KILLED, place: null, incident: 'the blast' },
      { id: 'attack', published: '2024-06-09', speakerOrg: 'Prosecutors', value: 15, ...KILLED, place: null, incident: 'the attack' },
    );
    assert.equal(figureOf(result, 'later'), figureOf(result, 'first'), incident);
    assert.equal(figureOf(result, 'attack'), figureOf(result, 'first'), incident);
  }
});

test('an event told as some days before another is still the incident its date and name give', () => {
  const stories: Array<[ClaimSpec, ClaimSpec]> = [
    [
      { id: 'first', published: '2024-05-26', speakerOrg: 'Kharkiv governor', value: 16, ...KILLED, place: 'Kharkiv', country: 'UA', incident: 'Saturday’s strike on the Epicentr hypermarket', period: day('2024-05-25') },
      { id: 'apart', published: '2024-06-01', speakerOrg: 'Prosecutors', value: 19, ...KILLED, place: 'Kharkiv', country: 'UA', incident: 'the May 25 strike on the Epicentr hypermarket', incidentDate: '2024-05-25', sentence: 'The raid came a week after the May 25 strike on the Epicentr hypermarket that killed 19 people.' },
    ],
    [
      { id: 'first', published: '2023-01-15', speakerOrg: 'Dnipro governor', value: 25, ...KILLED, place: 'Dnipro', country: 'UA', incident: 'Saturday’s missile strike on the apartment block on Naberezhna Peremohy', period: day('2023-01-14') },
      { id: 'apart', published: '2023-01-20', speakerOrg: 'Emergency service', value: 46, ...KILLED, place: 'Dnipro', country: 'UA', incident: 'the Jan. 14 strike on the apartment block on Naberezhna Peremohy', incidentDate: '2023-01-14', sentence: 'The funeral was held two days after the Jan. 14 strike on the apartment block on Naberezhna Peremohy, which killed 46.' },
    ],
    [
      { id: 'first', published: '2017-04-05', speakerOrg: 'Idlib health directorate', value: 58, ...KILLED, place: 'Khan Sheikhoun', country: null, incident: 'Tuesday’s chemical attack on Khan Sheikhoun', period: day('2017-04-04') },
      { id: 'apart', published: '2017-04-08', speakerOrg: 'Syrian American Medical Society', value: 86, ...KILLED, place: 'Khan Sheikhoun', country: null, incident: 'the April 4 attack on Khan Sheikhoun', incidentDate: '2017-04-04', sentence: 'The missile strikes came three days after the April 4 attack on Khan Sheikhoun that killed 86 people.' },
    ],
  ];
  for (const [first, apart] of stories) {
    const result = board(first, apart);
    assert.equal(figureOf(result, 'apart'), figureOf(result, 'first'), first.incident);
  }
});

test('an event told as days before another, with no day of its own, stays apart', () => {
  const result = board(
    { id: 'first', published: '2025-04-12', speakerOrg: 'Regional governor', value: 9, ...KILLED, place: 'Sumy', country: 'UA', incident: 'Friday’s strike on the university', period: day('2025-04-11') },
    { id: 'apart', published: '2025-04-13', speakerOrg: 'Regional governor', value: 34, ...KILLED, place: 'Sumy', country: 'UA', incident: 'a strike on the city centre', sentence: 'The attack came two days after a strike on the city centre killed 34 people.' },
  );
  assert.notEqual(figureOf(result, 'apart'), figureOf(result, 'first'));
});

test('a mention that could be of two incidents does not stand as a third choice for the next mention', () => {
  // The bombing on Thursday and the drone strike on Sunday, both in one city; "the strike" on Monday could be either and begins its own;
  // "the drone strike" on Tuesday is Sunday's, not Monday's undecided one.
  const result = board(
    { id: 'bombing', published: '2021-08-27', speakerOrg: 'Health ministry', value: 170, ...KILLED, place: 'Kabul', country: 'AF', incident: 'Thursday’s suicide bombing at the airport', period: day('2021-08-26') },
    { id: 'drone', published: '2021-08-30', speakerOrg: 'Relatives', value: 10, ...KILLED, place: 'Kabul', country: 'AF', incident: 'Sunday’s drone strike on a car in Kabul', period: day('2021-08-29') },
    { id: 'either', published: '2021-08-31', speakerOrg: 'Police chief', value: 3, ...KILLED, place: 'Kabul', country: 'AF', incident: 'the strike in Kabul' },
    { id: 'later', published: '2021-09-01', speakerOrg: 'UN mission', value: 10, ...KILLED, place: 'Kabul', country: 'AF', incident: 'the drone strike in Kabul' },
  );
  assert.equal(figureOf(result, 'later'), figureOf(result, 'drone'));
  assert.notEqual(figureOf(result, 'later'), figureOf(result, 'bombing'));
});

test('a count inside a clause that sets its event days apart is not the story’s incident’s toll', () => {
  const sentences: Array<[string, string]> = [
    ['five', 'The strike came a day after a suicide bomber killed five people at a mosque on the university campus, police said.'],
    ['12', 'It was the second attack on the town in a week, three days after a car bomb at the bus station left 12 dead.'],
    ['at least 9', 'The raid came two weeks before gunmen stormed a church in the district, killing at least 9 worshippers.'],
  ];
  for (const [text, sentence] of sentences) {
    const value = Number(text.replace(/\D+/g, '')) || 5;
    const result = board(
      { id: 'toll', doc: 'd_story', published: '2017-01-18', speakerOrg: 'Médecins Sans Frontières', value: 52, ...KILLED, place: 'Rann', country: null, incident: 'Tuesday’s air strike on the camp', period: day('2017-01-17'), title: 'Air strike on camp kills 52' },
      { id: 'apart', doc: 'd_story', sentenceStart: 500, published: '2017-01-18', speakerOrg: 'Police', value, text, ...KILLED, place: null, sentence },
    );
    assert.notEqual(figureOf(result, 'apart'), figureOf(result, 'toll'), sentence);
  }
});

test('a count after a clause set apart in time, in the main clause, is the story’s toll', () => {
  const result = board(
    { id: 'toll', doc: 'd_story', published: '2017-01-18', speakerOrg: 'Médecins Sans Frontières', value: 52, ...KILLED, place: 'Rann', country: null, incident: 'Tuesday’s air strike on the camp', period: day('2017-01-17'), title: 'Air strike on camp kills 52' },
    { id: 'main', doc: 'd_story', sentenceStart: 500, published: '2017-01-18', speakerOrg: 'Local officials', value: 76, text: '76', ...KILLED, place: null, sentence: 'The strike, which came a day after a bombing at the university, killed 76 people, local officials said.' },
  );
  assert.equal(figureOf(result, 'main'), figureOf(result, 'toll'));
});
