import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Board, BoardClaim, Relation } from '../../src/contracts/board.js';
import type { Outcome } from '../../src/contracts/claim.js';
import { scoreBoard, type BoardExpectation } from '../../src/eval/scenario-board.js';
import { evaluateScenario, evaluateScenarios } from '../../src/eval/scenario.js';
import { formatScenarioReport } from '../../src/report/eval.js';
import { tempDir } from '../support/temp.js';

interface Made {
  id: string;
  url: string;
  sentence: string;
  value: number | null;
  origin: string;
  figure: string;
  outcome?: Outcome;
  speaker?: string;
}

/** A board claim with only what the scorer reads. */
function boardClaim(made: Made): BoardClaim {
  return {
    id: made.id,
    url: made.url,
    outcome: made.outcome ?? 'killed',
    quantity: made.value === null ? null : { value: made.value },
    sentence: { text: made.sentence, start: 0, end: made.sentence.length },
    speaker: made.speaker ? { text: made.speaker, name: null, org: made.speaker } : null,
    speaker_label: made.speaker ?? null,
    origin: made.origin,
    figure: made.figure,
  } as unknown as BoardClaim;
}

function board(claims: Made[], relations: Array<Omit<Relation, 'why'>>): Board {
  return {
    as_of: null,
    figures: [],
    relations: relations.map((r) => ({ ...r, why: `${r.a} ${r.verdict} ${r.b}` })),
    claims: Object.fromEntries(claims.map((c) => [c.id, boardClaim(c)])),
  };
}

const A = 'https://a.example/1';
const B = 'https://b.example/2';
const C = 'https://c.example/3';
const D = 'https://d.example/4';

/** A ministry's toll, a verbatim copy, the ministry's later toll, and the other side's count. */
const EXPECTATION: BoardExpectation = {
  claims: [
    { name: 'moh-28', url: A, evidence: 'At least 28 people were killed', outcome: 'killed', value: 28, speaker: 'ministry' },
    { name: 'copy-28', url: B, evidence: 'At least 28 people were killed', outcome: 'killed', value: 28 },
    { name: 'moh-61', url: C, evidence: 'Sixty-one people have now died', outcome: 'killed', value: 61 },
    { name: 'army-5', url: D, evidence: 'five people were killed, all fighters', outcome: 'killed', value: 5 },
  ],
  noClaims: [{ url: D, evidence: 'The army denied carrying out the strike' }],
  origins: [['moh-28', 'copy-28']],
  figures: [['moh-28', 'copy-28', 'moh-61', 'army-5']],
  relations: [
    { a: 'moh-28', b: 'copy-28', verdict: 'same-origin' },
    { a: 'moh-28', b: 'moh-61', verdict: 'update' },
    { a: 'moh-28', b: 'army-5', verdict: 'consistent' },
  ],
  allowed: [{ a: 'moh-61', b: 'army-5', verdict: 'conflict' }],
};

const CLAIMS: Made[] = [
  { id: 'c1', url: A, sentence: 'At least 28 people were killed in the strike, the health ministry said.', value: 28, origin: 'o1', figure: 'f1', speaker: 'the health ministry' },
  { id: 'c2', url: B, sentence: 'At least 28 people were killed in the strike, the health ministry said.', value: 28, origin: 'o1', figure: 'f1', speaker: 'the health ministry' },
  { id: 'c3', url: C, sentence: 'Sixty-one people have now died.', value: 61, origin: 'o2', figure: 'f1' },
  { id: 'c4', url: D, sentence: 'Only five people were killed, all fighters, the army said.', value: 5, origin: 'o3', figure: 'f2', speaker: 'the army' },
];

test('a board that draws what the analyst drew scores 1 on origins, figures and verdicts, with no false accusation', () => {
  const claims = CLAIMS.map((c) => ({ ...c, figure: 'f1' }));
  const score = scoreBoard(EXPECTATION, board(claims, [{ a: 'c1', b: 'c3', verdict: 'update' as never }, { a: 'c3', b: 'c4', verdict: 'conflict' }]));
  assert.equal(score.found, 4);
  assert.deepEqual([score.origins.tp, score.origins.fp, score.origins.fn, score.origins.f1], [1, 0, 0, 1]);
  assert.deepEqual([score.figures.tp, score.figures.fp, score.figures.fn, score.figures.f1], [6, 0, 0, 1]);
  assert.equal(score.verdictsRight, 3);
  assert.equal(score.verdictsExpected, 3);
  assert.deepEqual(score.falseAccusations, [], 'a conflict the analyst allows is no accusation');
});

test('figures split and origins joined are counted over pairs and named; a verdict missing says what the board gave instead', () => {
  // c4 alone on f2 (3 pairs split); c3 wrongly given the ministry's origin (2 pairs joined); no update drawn.
  const claims = CLAIMS.map((c) => (c.id === 'c3' ? { ...c, origin: 'o1' } : c));
  const score = scoreBoard(EXPECTATION, board(claims, []));
  assert.deepEqual([score.origins.tp, score.origins.fp, score.origins.fn], [1, 2, 0]);
  assert.equal(score.origins.f1, 0.5);
  assert.deepEqual(score.origins.joined.map((pair) => pair.join(' + ')), ['moh-28 + moh-61', 'copy-28 + moh-61']);
  assert.deepEqual([score.figures.tp, score.figures.fp, score.figures.fn], [3, 0, 3]);
  assert.equal(score.figures.split.length, 3);
  assert.ok(score.figures.split.every(([a, b]) => a === 'army-5' || b === 'army-5'));
  assert.equal(score.verdictsRight, 1, 'only same-origin holds (one origin); the update is not drawn and consistent needs one figure');
  assert.deepEqual(score.missedVerdicts.map((m) => [m.expected, m.given]), [
    ['update', 'no relation, on one figure'],
    ['consistent', 'no relation, on different figures'],
  ]);
});

test('a drift or conflict nobody listed is a false accusation, and so is any accusation resting on a claim read from a sentence that holds none', () => {
  const fromDenial: Made = { id: 'c5', url: D, sentence: 'The army denied carrying out the strike.', value: null, origin: 'o4', figure: 'f1', outcome: 'killed' };
  const score = scoreBoard(
    EXPECTATION,
    board([...CLAIMS, fromDenial], [
      { a: 'c1', b: 'c3', verdict: 'drift' }, // an update called drift: the ministry did not misquote itself
      { a: 'c1', b: 'c4', verdict: 'conflict' }, // listed as consistent, not as a conflict
      { a: 'c3', b: 'c4', verdict: 'conflict' }, // allowed
      { a: 'c5', b: 'c1', verdict: 'conflict' }, // a denial of responsibility set against the toll
      { a: 'c2', b: 'c4', verdict: 'not-comparable' }, // says less: never an accusation
    ]),
  );
  assert.deepEqual(score.falseAccusations.map((f) => `${f.a} ${f.verdict} ${f.b}`), ['moh-28 drift moh-61', 'moh-28 conflict army-5', 'c5 conflict moh-28']);
  assert.ok(score.falseAccusations.every((f) => f.why.length > 0), 'each carries the board\u2019s why');
});

test('a named claim not on the board is no pair, and its expected verdicts count as missed', () => {
  const score = scoreBoard(EXPECTATION, board(CLAIMS.filter((c) => c.id !== 'c2'), []));
  assert.equal(score.found, 3);
  assert.equal(score.origins.f1, null, 'nothing joined and nothing to join among the found');
  assert.equal(score.missedVerdicts[0]?.given, 'not found');
});

test('eval on a scenario folder ingests it into a store, reconciles it, and prints the board\u2019s scores with every false accusation under --verbose', async () => {
  const dir = join(tempDir(), 'strike');
  mkdirSync(dir, { recursive: true });
  const doc = (name: string, url: string, published: string, text: string) =>
    writeFileSync(join(dir, name), `---\ntitle: ${name}\nurl: ${url}\npublished: ${published}\n---\n\n${text}\n`);
  doc('01-wire.md', A, '2025-03-02T10:00:00Z', 'At least 28 people were killed in the strike on the market in Kabkabiya, the health ministry said on Sunday.');
  doc('02-rival.md', D, '2025-03-02T12:00:00Z', 'Only five people were killed in the strike on the market in Kabkabiya, all of them fighters, the army said on Sunday.');
  const claims = {
    'moh-28': { url: A, evidence: 'At least 28 people were killed', outcome: 'killed', value: 28, speaker: 'ministry' },
    'army-5': { url: D, evidence: 'Only five people were killed', outcome: 'killed', value: 5, speaker: 'army' },
  };
  const write = (extra: Record<string, unknown>) => writeFileSync(join(dir, 'expect.json'), JSON.stringify({ title: 'Strike', claims, figures: [['moh-28', 'army-5']], ...extra }));

  write({});
  const unlisted = await evaluateScenario(dir);
  assert.equal(unlisted.found, 2);
  assert.equal(unlisted.board.found, 2, 'both named claims are on the board');
  assert.equal(unlisted.board.figures.f1, 1, 'one strike, one figure');
  const conflicts = unlisted.board.falseAccusations.length;
  write({ relations: [{ a: 'moh-28', b: 'army-5', verdict: 'conflict' }] });
  const listed = await evaluateScenario(dir);
  assert.equal(listed.board.falseAccusations.length, 0, 'a conflict the analyst draws is no accusation');
  assert.equal(listed.board.verdictsRight, conflicts, 'the board sets the two counts against each other exactly when it accused without the listing');
  assert.equal(conflicts, 1, 'two sides\u2019 counts of one strike, 28 against 5, conflict');

  write({});
  const text = formatScenarioReport(await evaluateScenarios(dir), { verbose: true });
  assert.match(text, /origins F1 +— +figures F1 1\.00 +verdicts +— \(0\/0\) +false accusations 1/);
  assert.match(text, /FALSE ACCUSATION +moh-28 conflict army-5: /);
});

test('expect.json naming a claim it does not define, or a verdict outside board.md, is refused with the file and the key', async () => {
  const dir = join(tempDir(), 'bad');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'expect.json'), JSON.stringify({ claims: { a: { url: A, evidence: 'x', outcome: 'killed', value: 1 } }, origins: [['a', 'b']] }));
  await assert.rejects(evaluateScenario(dir), /expect\.json: origins\[0\]: "b" is not a named claim/);
  writeFileSync(join(dir, 'expect.json'), JSON.stringify({ claims: { a: { url: A, evidence: 'x', outcome: 'killed', value: 1 } }, relations: [{ a: 'a', b: 'a', verdict: 'agrees' }] }));
  await assert.rejects(evaluateScenario(dir), /expect\.json: relations\[0\]: expected \{ a, b, verdict \}/);
});
