/**
 * Issue 14, denials of one kind of people: "not a single civilian died" answers the counts of
 * civilians and of people; "not a single serviceman was among the dead" only counts of soldiers. A
 * denial of an incident's toll stands on the incident's figure and answers each independent count of it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const board = (...specs: ClaimSpec[]): Board => reconcile(specs.map(sourced));
const conflictsOf = (result: Board, id: string) => result.relations.filter((r) => r.verdict === 'conflict' && (r.a === id || r.b === id)).map((r) => (r.a === id ? r.b : r.a)).sort();
const NO_SIDE = { affiliation: null, country: null };

test('a denial that soldiers died answers counts of soldiers, not counts of children or people', () => {
  for (const [place, denier] of [['Hroza', 'regional police'], ['Togoga', 'the army'], ['Kunduz', 'provincial police']] as const) {
    const result = board(
      { id: 'people', doc: 'd_a', published: '2023-10-05', speakerOrg: 'regional governor', value: 52, outcome: 'killed', ...NO_SIDE, kind: null, group: 'people', place },
      { id: 'children', doc: 'd_b', published: '2023-10-06', speakerOrg: 'regional governor', value: 6, outcome: 'killed', ...NO_SIDE, kind: 'civilian', group: 'children', place },
      { id: 'soldiers', doc: 'd_c', published: '2023-10-07', speakerOrg: 'enemy ministry', value: 30, outcome: 'killed', ...NO_SIDE, kind: 'military', group: 'servicemen', place },
      { id: 'denial', doc: 'd_d', published: '2023-10-09', speakerOrg: denier, value: null, stance: 'denied', outcome: 'killed', ...NO_SIDE, kind: 'military', group: 'serviceman', place },
    );
    assert.deepEqual(conflictsOf(result, 'denial'), ['soldiers'], place);
  }
});

test('a denial that civilians died answers counts of civilians and of people, not of soldiers', () => {
  for (const [place, denier] of [['Mariupol', 'Russian defence ministry'], ['Togoga', 'army spokesman'], ['Bucha', 'the ministry']] as const) {
    const result = board(
      { id: 'people', doc: 'd_a', published: '2022-03-25', speakerOrg: 'city council', value: 300, outcome: 'killed', ...NO_SIDE, kind: null, group: 'people', place },
      { id: 'civilians', doc: 'd_b', published: '2022-03-26', speakerOrg: 'UN monitors', value: 64, outcome: 'killed', ...NO_SIDE, kind: 'civilian', group: 'civilians', place },
      { id: 'soldiers', doc: 'd_c', published: '2022-03-27', speakerOrg: 'army', value: 5, outcome: 'killed', ...NO_SIDE, kind: 'military', group: 'fighters', place },
      { id: 'denial', doc: 'd_d', published: '2022-03-28', speakerOrg: denier, value: null, stance: 'denied', outcome: 'killed', ...NO_SIDE, kind: 'civilian', group: 'civilian', place },
    );
    assert.deepEqual(conflictsOf(result, 'denial'), ['civilians', 'people'], place);
  }
});

test('a denial of an incident\'s civilian toll, said before the tolls, stands on the incident and answers each source once', () => {
  for (const [place, target] of [['Mariupol', 'the drama theatre'], ['Kramatorsk', 'the railway station'], ['Hroza', 'the café']] as const) {
    const incident = `the strike on ${target}`;
    const result = board(
      { id: 'denial', doc: 'd_a', published: '2022-03-17', speakerOrg: 'war channel', value: null, stance: 'denied', outcome: 'killed', ...NO_SIDE, kind: 'civilian', group: 'civilian', place, incident, incidentDate: '2022-03-16' },
      { id: 'council', doc: 'd_b', published: '2022-03-25', speakerOrg: 'city council', value: 300, outcome: 'killed', ...NO_SIDE, kind: null, group: 'people', place, incident, incidentDate: '2022-03-16' },
      { id: 'copy', doc: 'd_c', cluster: 'd_c', published: '2022-03-26', speakerOrg: 'city council', value: 300, outcome: 'killed', ...NO_SIDE, kind: null, group: 'people', place, incident, incidentDate: '2022-03-16' },
      { id: 'agency', doc: 'd_d', published: '2022-05-04', speakerOrg: 'news agency investigation', value: 600, outcome: 'killed', ...NO_SIDE, kind: null, group: 'people', place, incident, incidentDate: '2022-03-16' },
    );
    const figureOf = (id: string) => result.figures.find((f) => f.claims.includes(id))?.id;
    assert.equal(figureOf('denial'), figureOf('council'), `${place}: the denial is on the incident's figure`);
    // Told first, the denial still makes the whole's figure, not a figure of civilians.
    assert.equal(result.figures.find((f) => f.id === figureOf('council'))?.incident, incident, place);
    assert.deepEqual(conflictsOf(result, 'denial'), ['agency', 'council'], place);
  }
});

test('a denial of one incident\'s toll does not answer a toll of the same place over a whole period', () => {
  for (const [place, target, wide] of [['Mariupol', 'the drama theatre', 2357], ['Kramatorsk', 'the railway station', 420], ['Kharkiv', 'the market', 1200]] as const) {
    const incident = `the strike on ${target}`;
    const result = board(
      { id: 'city', doc: 'd_a', published: '2022-03-15', speakerOrg: 'city council', value: wide, outcome: 'killed', ...NO_SIDE, kind: 'civilian', group: 'residents', place },
      { id: 'denial', doc: 'd_b', published: '2022-03-17', speakerOrg: 'war channel', value: null, stance: 'denied', outcome: 'killed', ...NO_SIDE, kind: 'civilian', group: 'civilian', place, incident, incidentDate: '2022-03-16' },
      { id: 'toll', doc: 'd_c', published: '2022-03-25', speakerOrg: 'city council', value: 300, outcome: 'killed', ...NO_SIDE, kind: null, group: 'people', place, incident, incidentDate: '2022-03-16' },
    );
    assert.deepEqual(conflictsOf(result, 'denial'), ['toll'], place);
  }
});
