/**
 * Issue 14, speakers and figures: a state organ placed only by a description of who holds the place
 * ("the health ministry in the Hamas-run enclave") is the organ of the place its claim names; and the
 * parts of an incident's toll named by one head noun in other words ("its staff", "aid workers") are one part.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const ORGANS: Array<{ described: string; named: string; place: string; country: string }> = [
  { described: 'the health ministry in the Hamas-run enclave', named: 'the Gaza health ministry', place: 'Gaza Strip', country: 'PS' },
  { described: 'the health ministry in the Houthi-controlled territory', named: 'the Sanaa health ministry', place: 'Sanaa', country: 'YE' },
  { described: 'the emergencies ministry in the Russian-installed region', named: 'the Donetsk emergencies ministry', place: 'Donetsk', country: 'UA' },
];

function report(id: string, day: string, speakerOrg: string, place: string | null, country: string, value: number): ClaimSpec {
  return { id, doc: `d_${id}`, published: day, speakerOrg, value, outcome: 'killed', affiliation: null, kind: 'civilian', place, country };
}

test('an organ placed by a description of who holds its place is the organ of the place its claim names', () => {
  for (const { described, named, place, country } of ORGANS) {
    const board = reconcile([report('first', '2024-03-01', described, place, country, 412), report('second', '2024-03-02', named, place, country, 412)].map(sourced));
    assert.equal(board.claims.second?.speaker_id, board.claims.first?.speaker_id, described);
    assert.equal(board.claims.second?.origin, board.claims.first?.origin, `${named} restating ${described}'s number is its statement`);
  }
});

test('with no place on its claim, an organ placed by a description stays apart', () => {
  const { described, named, place, country } = ORGANS[0] as (typeof ORGANS)[number];
  const board = reconcile([report('first', '2024-03-01', described, null, country, 412), report('second', '2024-03-02', named, place, country, 412)].map(sourced));
  assert.notEqual(board.claims.second?.speaker_id, board.claims.first?.speaker_id);
});

function toll(id: string, day: string, group: string, value: number): ClaimSpec {
  return { id, doc: `d_${id}`, published: day, speakerOrg: `Agency ${id}`, value, outcome: 'killed', affiliation: null, kind: 'civilian', place: 'Zamzam', country: 'SD', group, incident: 'the attack on the clinic in Zamzam' };
}

test('one part of a toll in other words is one figure: staff and workers, kids and children', () => {
  const cases: Array<[string, string]> = [
    ['nine of its staff', 'nine aid workers'],
    ['its employees', 'humanitarian workers'],
    ['kids', 'children'],
    ['a 10-year-old boy', 'six children'],
    ['a girl', 'children'],
    ['one child', 'minors'],
    ['a woman', 'women'],
  ];
  for (const [a, b] of cases) {
    const board = reconcile([toll('whole', '2025-04-12', 'people', 100), toll('a', '2025-04-12', a, 9), toll('b', '2025-04-13', b, 10)].map(sourced));
    assert.equal(board.claims.a?.figure, board.claims.b?.figure, `${a} and ${b}`);
    assert.notEqual(board.claims.a?.figure, board.claims.whole?.figure, `${a} is a part of the toll, not the toll`);
  }
});

test('a people named by its side is the whole toll, not a part of it: "28 Palestinians" and "30 people" killed in one strike', () => {
  const cases: Array<[string, string]> = [
    ['Palestinians', 'people'],
    ['Ukrainians', 'civilians'],
    ['Sudanese', 'victims'],
  ];
  for (const [people, whole] of cases) {
    const board = reconcile([toll('whole', '2025-04-12', whole, 30), toll('side', '2025-04-13', people, 28)].map(sourced));
    assert.equal(board.claims.side?.figure, board.claims.whole?.figure, `${people} and ${whole}`);
  }
});

test('the whole toll in the singular or as an adjective is the whole: "80 civilian deaths", "one resident", "a victim"', () => {
  const cases: Array<[string, string]> = [
    ['civilian', 'people'],
    ['resident', 'residents'],
    ['victim', 'civilians'],
  ];
  for (const [single, whole] of cases) {
    const board = reconcile([toll('whole', '2025-04-12', whole, 64), toll('single', '2025-04-13', single, 80)].map(sourced));
    assert.equal(board.claims.single?.figure, board.claims.whole?.figure, `${single} and ${whole}`);
  }
});
