/**
 * Issue 14, verdicts: a part its speaker gives with the whole in one statement ("more than 30,000
 * casualties, including about 9,000 killed") is consistent with it; the reader is told so, not that the
 * two count different things (which stays the verdict between two statements that only sit side by side).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from '../../src/reconcile/board.js';
import { sourced, type ClaimSpec } from './build.js';

const STATEMENTS: Array<[string, number, number, string]> = [
  ['John Kirby', 30000, 9000, 'Wagner has suffered more than 30,000 casualties, including about 9,000 killed, John Kirby said.'],
  ["South Korea's spy agency", 3000, 300, "About 300 have been killed and 2,700 wounded, a combined toll of about 3,000, South Korea's spy agency said."],
  ['the Eastern group of forces', 500, 120, 'The enemy lost 500 killed or wounded, 120 of them killed, the Eastern group of forces said.'],
];

function statement(speaker: string, whole: number, part: number, sentence: string, doc = 'd_one', partDoc = doc): ClaimSpec[] {
  return [
    { id: 'whole', doc, published: '2023-02-17', speakerOrg: speaker, value: whole, outcome: 'casualties', sentence, affiliation: 'RU' },
    { id: 'part', doc: partDoc, published: '2023-02-17', speakerOrg: speaker, value: part, outcome: 'killed', sentence, affiliation: 'RU' },
  ];
}

test('a part given with its whole in one statement is consistent with it', () => {
  for (const [speaker, whole, part, sentence] of STATEMENTS) {
    const board = reconcile(statement(speaker, whole, part, sentence).map(sourced));
    assert.equal(board.claims.part?.origin, board.claims.whole?.origin, speaker);
    const between = board.relations.filter((r) => [r.a, r.b].sort().join() === 'part,whole');
    assert.deepEqual(between.map((r) => r.verdict), ['consistent'], speaker);
    assert.match(between[0]?.why ?? '', /as part of/);
  }
});

test('a "part" larger than its whole in one statement gets no verdict; two speakers side by side stay not comparable', () => {
  const [speaker, , , sentence] = STATEMENTS[0] as (typeof STATEMENTS)[number];
  const inverted = reconcile(statement(speaker, 300, 900, sentence).map(sourced));
  assert.deepEqual(inverted.relations.filter((r) => [r.a, r.b].sort().join() === 'part,whole'), []);
  const sideBySide: ClaimSpec[] = [
    { id: 'whole', doc: 'd_one', published: '2023-02-17', speakerOrg: 'John Kirby', value: 30000, outcome: 'casualties', affiliation: 'RU' },
    { id: 'part', doc: 'd_one', published: '2023-02-17', speakerOrg: "Britain's defence ministry", value: 9000, outcome: 'killed', affiliation: 'RU' },
  ];
  const two = reconcile(sideBySide.map(sourced));
  assert.deepEqual(two.relations.map((r) => r.verdict), ['not-comparable']);
});

test('two speakers side by side whose part exceeds the other’s whole are not told to count different things', () => {
  const pairs: Array<[string, number, string, number]> = [
    ['Gaza health ministry', 274, 'Daniel Hagari', 100],
    ["Ukraine's General Staff", 1200, 'the Russian defence ministry', 300],
    ['the health ministry', 45, 'the army', 20],
  ];
  for (const [partSpeaker, killed, wholeSpeaker, casualties] of pairs) {
    const result = reconcile(
      [
        { id: 'part', doc: 'd_one', published: '2024-06-09', speakerOrg: partSpeaker, value: killed, outcome: 'killed', affiliation: 'PS' } as ClaimSpec,
        { id: 'whole', doc: 'd_one', published: '2024-06-09', speakerOrg: wholeSpeaker, value: casualties, bound: 'upper', text: `under ${casualties}`, outcome: 'casualties', affiliation: 'PS', sentenceStart: 200 } as ClaimSpec,
      ].map(sourced),
    );
    const between = result.relations.filter((r) => [r.a, r.b].sort().join() === 'part,whole').map((r) => r.verdict);
    assert.ok(!between.includes('not-comparable'), `${partSpeaker} against ${wholeSpeaker}: ${between.join(', ')}`);
  }
});

test('one report giving one source’s dead and another’s dead and wounded of one incident: consistent while the dead fit', () => {
  const reports: Array<[string, string, number, string, number, string, 'vague' | 'exact' | 'lower']> = [
    ['Friday’s attack on the concert hall', "Russia's Investigative Committee", 93, 'Islamic State group', 200, 'hundreds', 'vague'],
    ['Saturday’s strike on the market', 'the health ministry', 41, 'Médecins Sans Frontières', 120, 'more than 120', 'lower'],
    ['the shelling of the bread queue', 'the regional governor', 12, 'the UN monitoring mission', 30, '30', 'exact'],
  ];
  for (const [incident, partSpeaker, killed, wholeSpeaker, casualties, text, bound] of reports) {
    const specs: ClaimSpec[] = [
      { id: 'part', doc: 'd_one', published: '2024-03-23', speakerOrg: partSpeaker, value: killed, outcome: 'killed', affiliation: null, kind: 'civilian', place: 'Kharkiv', incident },
      { id: 'whole', doc: 'd_one', published: '2024-03-23', speakerOrg: wholeSpeaker, value: casualties, text, bound, outcome: 'casualties', affiliation: null, kind: 'civilian', place: 'Kharkiv', incident, sentenceStart: 200 },
    ];
    const result = reconcile(specs.map(sourced));
    const between = result.relations.filter((r) => [r.a, r.b].sort().join() === 'part,whole');
    assert.deepEqual(between.map((r) => r.verdict), ['consistent'], incident);
    assert.match(between[0]?.why ?? '', /“killed” is part of “killed or wounded” of one incident/);
    // "hundreds" reaches up to 999 and "more than 120" has no ceiling: only a whole with a ceiling can be exceeded.
    if (bound === 'lower') continue;
    const above = reconcile(specs.map((spec) => sourced(spec.id === 'part' ? { ...spec, value: casualties * 10 } : spec)));
    const aboveVerdicts = above.relations.filter((r) => [r.a, r.b].sort().join() === 'part,whole').map((r) => r.verdict);
    assert.ok(!aboveVerdicts.includes('consistent') && !aboveVerdicts.includes('not-comparable'), `${incident}: ${aboveVerdicts.join(', ')}`);
  }
});
