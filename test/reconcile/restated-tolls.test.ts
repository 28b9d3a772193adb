/**
 * Issue 14, origins: a speaker's toll of one event, given again exactly weeks or months later ("the ministry
 * reported that 471 people were killed in the blast"), is their statement restated, not a new one. A small
 * number with no place of its own may be another event's: it is left its own statement.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const KILLED = { outcome: 'killed' as const, affiliation: null, kind: 'civilian' as const, group: 'people' };

test('a speaker’s exact toll of one event, restated weeks later, is the same statement', () => {
  const cases: Array<[ClaimSpec, ClaimSpec]> = [
    [
      { id: 'first', published: '2023-10-18', speakerOrg: 'Gaza health ministry', value: 471, ...KILLED, place: 'Gaza City', incident: 'Tuesday’s explosion at the hospital' },
      { id: 'restated', published: '2023-11-26', speakerOrg: 'Gaza health ministry', value: 471, ...KILLED, place: null, incident: 'the blast' },
    ],
    [
      { id: 'first', published: '2022-04-09', speakerOrg: 'Donetsk regional administration', value: 52, ...KILLED, place: 'Kramatorsk', incident: 'the strike on the railway station' },
      { id: 'restated', published: '2022-06-20', speakerOrg: 'Donetsk regional administration', value: 52, ...KILLED, place: 'Kramatorsk', incident: 'the April strike on the station' },
    ],
    [
      { id: 'first', published: '2024-03-25', speaker: 'Alexander Bastrykin', value: 139, ...KILLED, place: 'Crocus City Hall', incident: 'Friday’s attack on the concert hall' },
      { id: 'restated', published: '2024-06-01', speaker: 'Alexander Bastrykin', value: 139, ...KILLED, place: null, incident: 'the attack' },
    ],
  ];
  for (const [first, restated] of cases) {
    const board = reconcile([first, restated].map(sourced));
    assert.equal(board.claims.first?.origin, board.claims.restated?.origin, `${first.speakerOrg ?? first.speaker}`);
  }
});

test('a small toll with no place, or a toll at another place, months later is a statement of its own', () => {
  const small = reconcile(
    [
      { id: 'first', published: '2024-01-10', speakerOrg: 'Kharkiv regional administration', value: 12, ...KILLED, place: 'Kharkiv', incident: 'the strike on the market' },
      { id: 'later', published: '2024-04-02', speakerOrg: 'Kharkiv regional administration', value: 12, ...KILLED, place: null, incident: 'the strike' },
    ].map(sourced),
  );
  assert.notEqual(small.claims.first?.origin, small.claims.later?.origin);
  const elsewhere = reconcile(
    [
      { id: 'first', published: '2024-01-10', speakerOrg: 'Ukrainian emergency service', value: 130, ...KILLED, place: 'Kharkiv', incident: 'the strike on the market' },
      { id: 'later', published: '2024-04-02', speakerOrg: 'Ukrainian emergency service', value: 130, ...KILLED, place: 'Odesa', incident: 'the strike on the port' },
    ].map(sourced),
  );
  assert.notEqual(elsewhere.claims.first?.origin, elsewhere.claims.later?.origin);
});

test('a toll of one event at one place, restated months later by officials the report does not name, is the statement that gave it', () => {
  const cases: Array<[string, string, number, string]> = [
    ['Israeli government', 'Israeli officials', 1400, 'Israel'],
    ['Gaza health ministry', 'health officials', 471, 'Gaza City'],
    ['Kyiv city military administration', 'local officials', 33, 'Kyiv'],
  ];
  for (const [speaker, described, value, place] of cases) {
    const board = reconcile(
      [
        { id: 'first', published: '2023-10-15', speakerOrg: speaker, value, ...KILLED, place, incident: 'the attack' },
        { id: 'recap', published: '2023-12-20', speakerOrg: described, value, ...KILLED, place, incident: 'the attack on Oct. 7' },
      ].map(sourced),
    );
    assert.equal(board.claims.first?.origin, board.claims.recap?.origin, described);
  }
});
