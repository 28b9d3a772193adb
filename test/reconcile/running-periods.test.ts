/**
 * Issue 14, figures: a count "since" a day, read on different days, is one running total (its end is
 * each report's own day), and is compared as a running total: it may grow, it may not shrink.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}

/** A count "since" a day, by one speaker, as published on `day`. */
function since(id: string, day: string, value: number, text: string, start: string, speakerOrg = "Kharkiv's regional administration"): ClaimSpec {
  return { id, doc: `d_${id}`, published: day, speakerOrg, value, outcome: 'killed', affiliation: 'UA', kind: 'civilian', place: 'Kharkiv', country: 'UA', period: { text, start, end: day } };
}

const SERIES: Array<[string, string, Array<[string, number]>]> = [
  ['since Oct. 7', '2023-10-07', [['2023-10-12', 1354], ['2023-10-15', 2300], ['2023-11-10', 11000]]],
  ['since Monday', '2024-06-03', [['2024-06-05', 40], ['2024-06-07', 71]]],
  ['since the start of March', '2022-03-01', [['2022-03-09', 120], ['2022-03-20', 390], ['2022-04-02', 812]]],
];

test('one speaker’s count since a day, reported on several days, is one figure that runs from that day', () => {
  for (const [text, start, reports] of SERIES) {
    const result = board(...reports.map(([day, value], i) => since(`c${i}`, day, value, text, start)));
    const figures = new Set(Object.values(result.claims).map((c) => c.figure));
    assert.equal(figures.size, 1, `${text}: ${reports.length} reports, one figure`);
    const figure = result.figures.find((f) => figures.has(f.id));
    assert.deepEqual(figure?.period, { start, end: null }, `${text}: open from its start`);
    assert.deepEqual(result.relations.map((r) => r.verdict), reports.slice(1).map(() => 'update'), `${text}: each later number updates the last`);
  }
});

test('counts since different days, and a window of the last days, stay apart', () => {
  const result = board(since('oct', '2024-12-16', 3000, 'since October', '2024-10-01'), since('nov', '2024-12-18', 1000, 'since November', '2024-11-01'));
  assert.notEqual(result.claims.oct?.figure, result.claims.nov?.figure);
  const week = board(since('a', '2024-12-20', 300, 'in the last week', '2024-12-14'), since('b', '2024-12-27', 1000, 'in the last week', '2024-12-21'));
  assert.notEqual(week.claims.a?.figure, week.claims.b?.figure, 'two weeks are two periods, not one running total');
});

test('another source’s lower count since the same day, later, cannot be true with the earlier: a running total does not shrink', () => {
  const result = board(since('ministry', '2024-06-05', 71, 'since Monday', '2024-06-03'), since('governor', '2024-06-07', 40, 'since Monday', '2024-06-03', "Ukraine's emergency service"));
  assert.deepEqual(result.relations.map((r) => [r.verdict, r.why]), [['conflict', result.relations[0]?.why]]);
  assert.match(result.relations[0]?.why ?? '', /running total cannot shrink/);
});

/** A count since a day in the words a report chose for the people and the place. */
function worded(id: string, day: string, value: number, speakerOrg: string, group: string, affiliation: string | null, kind: 'civilian' | 'military' | null, place: string | null, start: string): ClaimSpec {
  return { id, doc: `d_${id}`, published: day, speakerOrg, value, outcome: 'killed', group, affiliation, kind, place, country: place ? 'XX' : null, period: { text: 'since the first day', start, end: day } };
}

test('one running count since a day, however each report words the people, is one figure; a report naming no side is on its speaker’s', () => {
  const series: Array<[string, Array<[string, string | null, 'civilian' | 'military' | null, string | null]>]> = [
    ['the Gaza health ministry', [['people', null, 'civilian', 'Gaza Strip'], ['Palestinians', 'PS', null, null], ['people', null, null, 'Gaza Strip']]],
    ['the Sudan Doctors Network', [['civilians', 'SD', 'civilian', 'El Fasher'], ['people', null, null, 'El Fasher'], ['Sudanese', 'SD', null, null]]],
    ["Lebanon's health ministry", [['Lebanese', 'LB', null, null], ['people', null, null, 'Lebanon'], ['civilians', null, 'civilian', 'Lebanon']]],
  ];
  for (const [speaker, reports] of series) {
    const board = reconcile(reports.map(([group, affiliation, kind, place], i) => worded(`c${i}`, `2023-10-${12 + 3 * i}`, 1000 * (i + 1), speaker, group, affiliation, kind, place, '2023-10-07')).map(sourced));
    assert.equal(new Set(Object.values(board.claims).map((c) => c.figure)).size, 1, speaker);
  }
});

test('fighters, a part, another side or another place since the same day are other figures', () => {
  const base = worded('all', '2023-10-12', 1354, 'the Gaza health ministry', 'people', 'PS', null, 'Gaza Strip', '2023-10-07');
  const others: ClaimSpec[] = [
    worded('fighters', '2023-10-13', 1500, 'the Israeli military', 'Hamas fighters', 'PS', 'military', 'Gaza Strip', '2023-10-07'),
    worded('children', '2023-10-13', 447, 'the Gaza health ministry', 'children', 'PS', null, 'Gaza Strip', '2023-10-07'),
    worded('israelis', '2023-10-13', 1300, 'the Israeli government', 'Israelis', 'IL', null, null, '2023-10-07'),
    worded('westbank', '2023-10-13', 54, 'the Gaza health ministry', 'Palestinians', 'PS', null, 'West Bank', '2023-10-07'),
  ];
  const board = reconcile([base, ...others].map(sourced));
  for (const other of others) assert.notEqual(board.claims[other.id]?.figure, board.claims.all?.figure, other.id);
});
