/**
 * Issue 14, figures: a number for a whole country ("killed in Ukraine") is a whole that holds the
 * number for a place in it ("killed in Bakhmut"), not that place's figure; only a claim naming no place
 * (or a denial of the whole country) joins the one place its group has.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const CASES: Array<{ story: string; country: [string, string]; place: [string, string]; affiliation: string }> = [
  { story: 'Wagner dead in Ukraine and at Bakhmut', country: ['Ukraine', 'UA'], place: ['Bakhmut', 'UA'], affiliation: 'RU' },
  { story: 'North Korean losses in Russia and in Kursk', country: ['Russia', 'RU'], place: ['Kursk Oblast', 'RU'], affiliation: 'KP' },
  { story: 'civilians killed in Sudan and in El Fasher', country: ['Sudan', 'SD'], place: ['El Fasher', 'SD'], affiliation: 'SD' },
];

function claim(id: string, day: string, value: number, [place, country]: [string, string], affiliation: string, extra: Partial<ClaimSpec> = {}): ClaimSpec {
  return { id, doc: `d_${id}`, published: day, speakerOrg: `Agency ${id}`, value, outcome: 'killed', affiliation, place, country, ...extra };
}

test('a number for a whole country is not the figure of the one place in it that its group has', () => {
  for (const { story, country, place, affiliation } of CASES) {
    const board = reconcile([claim('place', '2023-05-01', 20000, place, affiliation), claim('country', '2023-02-17', 9000, country, affiliation)].map(sourced));
    assert.notEqual(board.claims.country?.figure, board.claims.place?.figure, story);
  }
});

test('a claim naming no place still joins the one place its group has', () => {
  for (const { story, place, affiliation } of CASES) {
    const board = reconcile([claim('place', '2023-05-01', 20000, place, affiliation), claim('none', '2023-05-02', 21000, place, affiliation, { place: null })].map(sourced));
    assert.equal(board.claims.none?.figure, board.claims.place?.figure, story);
  }
});

test('a denial naming only the country conflicts with the figure for the whole country as well as with the place in it', () => {
  const cases: Array<{ story: string; country: [string, string]; place: [string, string]; affiliation: string }> = [
    { story: 'North Korean troops in Russia and in Kursk', country: ['Russia', 'RU'], place: ['Kursk Oblast', 'RU'], affiliation: 'KP' },
    { story: 'Wagner fighters in Mali and in Menaka', country: ['Mali', 'ML'], place: ['Menaka', 'ML'], affiliation: 'RU' },
    { story: 'Eritrean troops in Ethiopia and in Tigray', country: ['Ethiopia', 'ET'], place: ['Tigray', 'ET'], affiliation: 'ER' },
  ];
  for (const { story, country, place, affiliation } of cases) {
    const deployed = { outcome: 'deployed' as const, kind: 'military' as const };
    const board = reconcile(
      [
        claim('whole', '2024-10-28', 10000, country, affiliation, deployed),
        claim('part', '2024-10-31', 8000, place, affiliation, deployed),
        claim('denial', '2024-11-01', 0, country, affiliation, { ...deployed, value: null, stance: 'denied', speakerOrg: 'Foreign ministry' }),
      ].map(sourced),
    );
    const denied = board.relations.filter((r) => r.verdict === 'conflict' && r.a === 'denial').map((r) => r.b).sort();
    assert.deepEqual(denied, ['part', 'whole'], story);
  }
});
