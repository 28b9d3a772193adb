import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Board, Relation } from '../../src/contracts/board.js';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

function board(...specs: ClaimSpec[]): Board {
  return reconcile(specs.map(sourced));
}

function between(result: Board, a: string, b: string): Relation | undefined {
  return result.relations.find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a));
}

function figureOf(result: Board, claim: string) {
  const figure = result.figures.find((f) => f.claims.includes(claim));
  assert.ok(figure, `claim ${claim} is on a figure`);
  return figure;
}

test('a running total that shrinks is a conflict; one that grows is consistent', () => {
  const result = board(
    { id: 'a', published: '2024-12-10', speaker: 'Ann Able', bound: 'lower', text: 'over 900', value: 900 },
    { id: 'b', published: '2024-12-20', speaker: 'Bob Baker', bound: 'approx', text: 'about 1,000', value: 1000 },
    { id: 'c', published: '2024-12-30', speaker: 'Cat Cole', bound: 'upper', text: 'at most 800', value: 800 },
  );
  assert.equal(between(result, 'a', 'b')?.verdict, 'consistent');
  assert.equal(between(result, 'b', 'c')?.verdict, 'consistent', '“about 1,000” allows 800');
  const shrink = between(result, 'a', 'c');
  assert.equal(shrink?.verdict, 'conflict', 'an earlier floor above a later ceiling, also when not adjacent');
  assert.match(shrink?.why ?? '', /running total cannot shrink/);
  const figure = figureOf(result, 'a');
  assert.equal(figure.origins, 3);
  assert.equal(figure.low, 800);
  assert.equal(figure.high, 1000, 'the largest stated figure');
  assert.equal(figure.best, 1000, 'the latest origin (c) is contradicted, so the one before it');
});

test('copies of one statement are one origin; ten outlets quoting one briefing count once', () => {
  const specs: ClaimSpec[] = [{ id: 'first', published: '2024-12-27', speaker: 'John Kirby', bound: 'lower', text: 'over 1,000', value: 1000 }];
  for (let i = 0; i < 10; i++) specs.push({ id: `copy${i}`, published: '2024-12-28', speaker: i % 2 ? 'Kirby' : 'John Kirby', bound: 'lower', text: 'over 1,000', value: 1000 });
  const result = board(...specs);
  const figure = figureOf(result, 'first');
  assert.equal(figure.claims.length, 11);
  assert.equal(figure.origins, 1);
  assert.equal(result.relations.filter((r) => r.verdict === 'same-origin').length, 10);
  assert.equal(new Set(Object.values(result.claims).map((c) => c.origin)).size, 1);
});

test('a syndicated copy shares its cluster origin even without a speaker', () => {
  const result = board(
    { id: 'orig', doc: 'd_orig', published: '2024-12-16', speaker: null, value: 30, bound: 'lower', text: 'at least 30' },
    { id: 'copy', doc: 'd_copy', cluster: 'd_orig', published: '2024-12-17', speaker: null, value: 30, bound: 'lower', text: 'at least 30' },
  );
  assert.equal(result.claims.orig?.origin, result.claims.copy?.origin);
  assert.equal(between(result, 'orig', 'copy')?.verdict, 'same-origin');
});

test('a retelling that turns "killed or wounded" into "killed" is drift, and does not land on the first figure', () => {
  const week = { text: 'in the last week', start: '2024-12-21', end: '2024-12-27' };
  const result = board(
    { id: 'kirby', doc: 'd_wh', published: '2024-12-27', speaker: 'John Kirby', bound: 'lower', text: 'over 1,000', value: 1000, period: week },
    { id: 'rewrite', doc: 'd_rw', cluster: 'd_wh', published: '2024-12-28', speaker: 'John Kirby', outcome: 'killed', bound: 'lower', text: 'over 1,000', value: 1000, period: week },
    { id: 'zelensky', doc: 'd_rw', cluster: 'd_wh', published: '2024-12-28', speaker: 'Volodymyr Zelensky', bound: 'lower', text: 'more than 3,000', value: 3000 },
  );
  const drift = between(result, 'kirby', 'rewrite');
  assert.equal(drift?.verdict, 'drift');
  assert.match(drift?.why ?? '', /killed or wounded → killed/);
  assert.notEqual(figureOf(result, 'kirby').id, figureOf(result, 'rewrite').id);
  const compared = between(result, 'rewrite', 'zelensky');
  assert.equal(compared?.verdict, 'not-comparable', 'the rewrite set a week of deaths beside a running total of casualties');
  assert.match(compared?.why ?? '', /only part of “killed or wounded”/);
  assert.match(compared?.why ?? '', /different periods/);
  assert.ok(!result.relations.some((r) => r.verdict === 'conflict'), 'numbers that measure different things never conflict');
});

test('a copy that changes the bound is drift', () => {
  const result = board(
    { id: 'a', doc: 'd_a', published: '2024-12-27', speaker: 'John Kirby', bound: 'lower', text: 'over 1,000', value: 1000 },
    { id: 'b', doc: 'd_b', cluster: 'd_a', published: '2024-12-28', speaker: 'John Kirby', text: '1,000', value: 1000 },
  );
  assert.equal(between(result, 'a', 'b')?.verdict, 'drift');
  assert.match(between(result, 'a', 'b')?.why ?? '', /the bound/);
});

test('a part above its whole is a conflict; a part below it is not', () => {
  const days = { text: 'on December 14 and 15', start: '2024-12-14', end: '2024-12-15' };
  const result = board(
    { id: 'whole', published: '2024-12-16', speaker: 'Ann Able', bound: 'upper', text: 'up to 40', value: 40, period: days },
    { id: 'part', published: '2024-12-17', speaker: 'Bob Baker', outcome: 'killed', value: 55, period: days },
    { id: 'small', published: '2024-12-17', speaker: 'Cat Cole', outcome: 'wounded', value: 20, period: days },
  );
  const conflict = between(result, 'part', 'whole');
  assert.equal(conflict?.verdict, 'conflict');
  assert.match(conflict?.why ?? '', /“killed” is part of “killed or wounded”/);
  assert.equal(between(result, 'small', 'whole'), undefined);
});

test('a denial conflicts with each figure that numbers what it denies (through its largest claim), and marks the figure', () => {
  const result = board(
    { id: 'pentagon', published: '2024-11-05', speakerOrg: 'Pentagon', outcome: 'deployed', bound: 'approx', text: 'about 10,000', value: 10000 },
    { id: 'nis', published: '2024-12-19', speakerOrg: 'NIS', outcome: 'deployed', bound: 'approx', text: 'about 11,000', value: 11000, place: null },
    { id: 'deny', published: '2024-12-16', speakerOrg: 'Russia', stance: 'denied', outcome: 'deployed', value: null, place: 'Russia', country: 'RU' },
    { id: 'killed', published: '2024-12-20', speaker: 'Ann Able', outcome: 'killed', value: 100 },
  );
  assert.equal(between(result, 'deny', 'nis')?.verdict, 'conflict');
  assert.match(between(result, 'deny', 'nis')?.why ?? '', /denies that any North Korean soldiers were deployed in Russia/);
  assert.equal(between(result, 'deny', 'killed'), undefined, 'denying the deployment says nothing about deaths');
  const deployed = figureOf(result, 'pentagon');
  assert.equal(figureOf(result, 'nis').id, deployed.id, 'a claim with no place joins the one place its group has');
  assert.equal(figureOf(result, 'deny').id, deployed.id, 'a denial about the whole country joins the one place inside it');
  assert.equal(deployed.denied, true);
  assert.equal(deployed.best, 11000, 'a denial does not remove the best figure');
  assert.equal(deployed.origins, 2);
});

test('a daily rate beside a total is not comparable', () => {
  const result = board(
    { id: 'rate', doc: 'd_1', published: '2024-12-20', speaker: 'Ann Able', value: 1500, rate: 'day', outcome: 'casualties', affiliation: 'RU' },
    { id: 'total', doc: 'd_1', published: '2024-12-20', speaker: 'Bob Baker', value: 700000, outcome: 'casualties', affiliation: 'RU' },
  );
  const relation = between(result, 'rate', 'total');
  assert.equal(relation?.verdict, 'not-comparable');
  assert.match(relation?.why ?? '', /a rate is not a total/);
});

test('an unattributed report of a number an official gave the same week is not an independent origin', () => {
  const result = board(
    { id: 'official', published: '2024-12-23', speaker: 'Volodymyr Zelenskyy', bound: 'lower', text: 'more than 3,000', value: 3000 },
    { id: 'outlet', published: '2024-12-26', speaker: null, bound: 'lower', text: 'more than 3,000', value: 3000 },
  );
  assert.equal(result.claims.outlet?.origin, result.claims.official?.origin);
  assert.equal(figureOf(result, 'official').origins, 1);
});

test('ranges: low is the most conservative origin, high null when the largest is only a floor, best the latest', () => {
  const result = board(
    { id: 'a', published: '2024-12-19', speaker: 'Lee Seong-kweun', bound: 'approx', text: 'around 100', value: 100, outcome: 'killed' },
    { id: 'b', published: '2025-01-13', speakerOrg: 'National Intelligence Service', bound: 'approx', text: 'about 300', value: 300, outcome: 'killed' },
    { id: 'c', published: '2024-12-25', speaker: 'Ann Able', bound: 'lower', text: 'over 350', value: 350, outcome: 'killed' },
  );
  const figure = figureOf(result, 'a');
  assert.deepEqual([figure.low, figure.best, figure.high], [100, 300, null]);
  assert.equal(figure.first, '2024-12-19');
  assert.equal(figure.latest, '2025-01-13');
  assert.equal(result.as_of, '2025-01-13');
});

test('the board JSON has the fields of board.md', () => {
  const result = board({ id: 'a', published: '2024-12-19', speaker: 'Ann Able' });
  const figure = result.figures[0];
  assert.ok(figure);
  for (const key of ['id', 'subject', 'outcome', 'location', 'period', 'rate', 'claims', 'origins', 'low', 'best', 'high', 'first', 'latest']) {
    assert.ok(key in figure, key);
  }
  assert.match(figure.id, /^f_[0-9a-f]{16}$/);
  const claim = result.claims.a;
  assert.ok(claim);
  for (const key of ['url', 'published', 'publisher', 'origin']) assert.ok(key in claim, key);
  assert.match(claim.origin, /^o_[0-9a-f]{16}$/);
  assert.deepEqual(reconcile([]), { as_of: null, figures: [], relations: [], claims: {} });
});

test('undated documents are never placed beside each other by date: the same small number in unrelated stories is not one statement', () => {
  const result = board(
    { id: 'a', published: null, speakerOrg: 'police', value: 2, outcome: 'killed', affiliation: null, place: null },
    { id: 'b', published: null, speakerOrg: 'police', value: 2, outcome: 'killed', affiliation: null, place: null },
    { id: 'c', published: null, speaker: null, value: 2, outcome: 'killed', affiliation: null, place: null },
    { id: 'd', published: null, speakerOrg: 'police', value: 7, outcome: 'killed', affiliation: null, place: null },
  );
  assert.equal(new Set(Object.values(result.claims).map((c) => c.origin)).size, 4);
  assert.deepEqual(result.relations, [], 'no order in time, no shared statement: nothing to say');
  assert.equal(result.as_of, null);
  const known = board(
    { id: 'e', published: '2024-12-23', speaker: 'Volodymyr Zelenskyy', bound: 'lower', text: 'more than 3,000', value: 3000 },
    { id: 'f', published: null, speaker: 'Zelensky', bound: 'lower', text: 'more than 3,000', value: 3000 },
  );
  assert.equal(known.claims.e?.origin, known.claims.f?.origin, 'a speaker known by name restating the same number is the same statement, dated or not');
});
