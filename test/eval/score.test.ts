import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../../src/contracts/claim.js';
import { parseGold, resolveTextPath, type GoldClaim, type GoldDocument } from '../../src/eval/gold.js';
import { evaluateGoldFile } from '../../src/eval/run.js';
import { identifyText } from '../../src/ingest/normalise.js';
import { findEvidence, scoreDocuments, type EvalReport, type ScoringInput } from '../../src/eval/score.js';
import { formatEvalReport } from '../../src/report/eval.js';
import { tempDir } from '../support/temp.js';

// ------------------------------------------------------------------ builders

function goldClaim(overrides: Partial<GoldClaim> = {}): GoldClaim {
  return {
    outcome: 'killed',
    manner: null,
    value: 77,
    bound: 'exact',
    max: null,
    subject_text: 'soldiers',
    subject_kind: 'military',
    location_text: null,
    speaker_key: null,
    stance: 'reported',
    evidence: 'killing 77 soldiers',
    ...overrides,
  };
}

/** A prediction whose sentence is `text.slice(start, end)` and which agrees with goldClaim()'s defaults. */
function prediction(text: string, start: number, end: number, overrides: Partial<Claim> = {}): Claim {
  return {
    id: `c_${start}_${end}`,
    doc: 'd_test',
    sentence: { start, end, text: text.slice(start, end) },
    outcome: 'killed',
    manner: null,
    subject: { text: 'soldiers', affiliation: null, kind: 'military' },
    quantity: { text: '77', value: 77, min: 77, max: 77, bound: 'exact' },
    rate: null,
    period: null,
    location: null,
    speaker: null,
    via: null,
    relay: null,
    stance: 'reported',
    confidence: 0.9,
    ...overrides,
  };
}

function predictionAt(text: string, sentence: string, overrides: Partial<Claim> = {}, occurrence = 0): Claim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(sentence, start + 1);
  assert.ok(start >= 0, `test sentence not in text: ${sentence}`);
  return prediction(text, start, start + sentence.length, overrides);
}

function scoreOne(text: string, claims: GoldClaim[], predicted: Claim[]): EvalReport {
  return scoreDocuments([{ gold: { doc: 'a.txt', published: null, claims }, text, predicted }]);
}

function counts(report: EvalReport) {
  return { tp: report.tp, fp: report.fp, fn: report.fn };
}

const SENTENCE = 'The army said the strike ended by killing 77 soldiers near Kursk.';

// ------------------------------------------------------------------ matching

test('a prediction whose sentence contains the evidence, with the same outcome and value, is a hit', () => {
  const report = scoreOne(SENTENCE, [goldClaim()], [predictionAt(SENTENCE, SENTENCE)]);
  assert.deepEqual(counts(report), { tp: 1, fp: 0, fn: 0 });
  assert.equal(report.precision, 1);
  assert.equal(report.recall, 1);
  assert.equal(report.f1, 1);
});

test('evidence is found case-insensitively across runs of white space and curly quotes', () => {
  const text = 'Officials said \u201cover  3,000\nNorth Korean\u201d soldiers had died.';
  const claim = goldClaim({ outcome: 'killed', value: 3000, bound: 'lower', evidence: '"OVER 3,000 north korean" soldiers' });
  assert.deepEqual(findEvidence(text, claim.evidence), [{ start: text.indexOf('\u201c'), end: text.indexOf(' had') }]);
  const quantity = { text: 'over 3,000', value: 3000, min: 3000, max: null, bound: 'lower' as const };
  assert.equal(scoreOne(text, [claim], [prediction(text, 0, text.length, { quantity })]).tp, 1);
});

test('when the evidence occurs twice, a sentence over either occurrence matches', () => {
  const text = 'Kyiv said 5 soldiers were killed. Moscow later said 5 soldiers were killed.';
  const claim = goldClaim({ value: 5, evidence: '5 soldiers were killed' });
  assert.equal(findEvidence(text, claim.evidence).length, 2);
  const quantity = { text: '5', value: 5, min: 5, max: 5, bound: 'exact' as const };
  const second = predictionAt(text, 'Moscow later said 5 soldiers were killed.', { quantity });
  assert.deepEqual(counts(scoreOne(text, [claim], [second])), { tp: 1, fp: 0, fn: 0 });
});

test('a sentence that overlaps only part of the evidence matches; one that does not touch it does not', () => {
  const text = 'The raid ended. It left 77 dead. Soldiers were buried. Another line.';
  const claim = goldClaim({ evidence: 'left 77 dead. Soldiers' });
  assert.equal(scoreOne(text, [claim], [predictionAt(text, 'It left 77 dead.')]).tp, 1);
  assert.equal(scoreOne(text, [claim], [predictionAt(text, 'Soldiers were buried.')]).tp, 1);
  const elsewhere = scoreOne(text, [claim], [predictionAt(text, 'Another line.')]);
  assert.deepEqual(counts(elsewhere), { tp: 0, fp: 1, fn: 1 });
});

test('evidence missing from the text falls back to the predicted sentence text containing it', () => {
  const text = 'The document text was edited after annotation.';
  const claim = goldClaim({ evidence: 'killing 77 \u2018soldiers\u2019' });
  const predicted = prediction(text, 0, 10, { sentence: { start: 0, end: 10, text: "It ended by killing 77 'soldiers'." } });
  assert.equal(scoreOne(text, [claim], [predicted]).tp, 1);
});

test('a different outcome or a different value is no match', () => {
  const wrongOutcome = scoreOne(SENTENCE, [goldClaim()], [predictionAt(SENTENCE, SENTENCE, { outcome: 'wounded' })]);
  assert.deepEqual(counts(wrongOutcome), { tp: 0, fp: 1, fn: 1 });
  const quantity = { text: '78', value: 78, min: 78, max: 78, bound: 'exact' as const };
  const wrongValue = scoreOne(SENTENCE, [goldClaim()], [predictionAt(SENTENCE, SENTENCE, { quantity })]);
  assert.deepEqual(counts(wrongValue), { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(wrongValue.perDocument[0]?.missed[0]?.overlapping, [{ outcome: 'killed', value: 78 }]);
});

test('a denial matches with null values on both sides, and only then', () => {
  const text = 'Both Russia and North Korea deny the deployment.';
  const claim = goldClaim({ outcome: 'deployed', value: null, bound: null, stance: 'denied', speaker_key: 'russia', evidence: 'deny the deployment' });
  const speaker = { text: 'Russia', name: null, org: 'Russia', country: 'RU' };
  const denial = predictionAt(text, text, { outcome: 'deployed', quantity: null, stance: 'denied', speaker });
  const report = scoreOne(text, [claim], [denial]);
  assert.deepEqual(counts(report), { tp: 1, fp: 0, fn: 0 });
  assert.equal(report.attributes.bound.accuracy, 1);
  const withNumber = predictionAt(text, text, { outcome: 'deployed', stance: 'denied', speaker });
  assert.equal(scoreOne(text, [claim], [withNumber]).tp, 0);
});

test('an optional gold claim adds no hit when matched and no miss when not; its match is no false positive', () => {
  const text = 'Some soldiers have taken their own lives. Another 77 soldiers were killed.';
  const optional = goldClaim({ value: null, bound: 'vague', optional: true, evidence: 'Some soldiers have taken their own lives' });
  const required = goldClaim({ evidence: '77 soldiers were killed' });
  const vague = predictionAt(text, 'Some soldiers have taken their own lives.', { quantity: null });
  const hit = predictionAt(text, 'Another 77 soldiers were killed.');

  const matched = scoreOne(text, [optional, required], [vague, hit]);
  assert.deepEqual(counts(matched), { tp: 1, fp: 0, fn: 0 });
  assert.equal(matched.optionalMatched, 1);
  assert.equal(matched.neutral, 1);
  assert.equal(matched.gold, 1);
  assert.equal(matched.attributes.stance.total, 2, 'attributes are scored on matched optional claims too');

  const unmatched = scoreOne(text, [optional, required], [hit]);
  assert.deepEqual(counts(unmatched), { tp: 1, fp: 0, fn: 0 });
  assert.equal(unmatched.optionalMatched, 0);

  const repeated = scoreOne(text, [optional], [vague, { ...vague, id: 'again' }]);
  assert.deepEqual(counts(repeated), { tp: 0, fp: 0, fn: 0 });
});

test('a duplicate prediction matches once; the second copy is a false positive', () => {
  const first = predictionAt(SENTENCE, SENTENCE);
  const report = scoreOne(SENTENCE, [goldClaim()], [first, { ...first, id: 'copy' }]);
  assert.deepEqual(counts(report), { tp: 1, fp: 1, fn: 0 });
  assert.equal(report.precision, 0.5);
});

test('two gold claims with the same evidence take two predictions, each the one with the right speaker', () => {
  const text = 'Both Russia and North Korea deny the deployment.';
  const denial = (key: string) => goldClaim({ outcome: 'deployed', value: null, bound: null, stance: 'denied', speaker_key: key, evidence: 'deny the deployment' });
  const said = (org: string) => predictionAt(text, text, { outcome: 'deployed', quantity: null, stance: 'denied', speaker: { text: org, name: null, org, country: null } });
  const report = scoreOne(text, [denial('korea'), denial('russia')], [said('Russia'), said('North Korea')]);
  assert.deepEqual(counts(report), { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(report.attributes.speaker, { right: 2, total: 2, accuracy: 1 });
});

test('matching moves an earlier choice when that lets another gold claim match too', () => {
  const text = 'They reported 5 killed and 5 killed again.';
  const quantity = { text: '5', value: 5, min: 5, max: 5, bound: 'exact' as const };
  const broad = goldClaim({ value: 5, evidence: 'reported 5 killed and 5 killed again' });
  const narrow = goldClaim({ value: 5, evidence: '5 killed again' });
  // The broad claim comes first and prefers the whole sentence (its stance is right), which the narrow claim also needs;
  // the broad claim must then give it up for the prediction that covers only the start of its evidence.
  const whole = predictionAt(text, text, { quantity, stance: 'reported' });
  const start = prediction(text, 5, 16, { quantity, stance: 'asserted' });
  const report = scoreOne(text, [broad, narrow], [whole, start]);
  assert.deepEqual(counts(report), { tp: 2, fp: 0, fn: 0 });
});

// ------------------------------------------------------------------ attributes

function attributeOf(claim: GoldClaim, overrides: Partial<Claim>, text = SENTENCE) {
  const report = scoreOne(text, [claim], [predictionAt(text, text, overrides)]);
  assert.equal(report.tp, 1, 'the attribute test needs a match');
  return report.attributes;
}

test('bound, stance, subject_kind and rate are right only when equal', () => {
  const approx = { text: 'about 77', value: 77, min: null, max: null, bound: 'approx' as const };
  assert.equal(attributeOf(goldClaim(), {}).bound.right, 1);
  assert.equal(attributeOf(goldClaim(), { quantity: approx }).bound.right, 0);
  assert.equal(attributeOf(goldClaim(), { stance: 'asserted' }).stance.right, 0);
  assert.equal(attributeOf(goldClaim(), { subject: { text: 'people', affiliation: null, kind: 'civilian' } }).subject_kind.right, 0);
  assert.equal(attributeOf(goldClaim({ subject_kind: null }), { subject: { text: 'people', affiliation: null, kind: null } }).subject_kind.right, 1);
  assert.deepEqual(attributeOf(goldClaim({ rate: 'day' }), { rate: 'day' }).rate, { right: 1, total: 1, accuracy: 1 });
  assert.deepEqual(attributeOf(goldClaim({ rate: null }), { rate: 'day' }).rate, { right: 0, total: 1, accuracy: 0 });
});

test('a vague gold bound with no number is right against a null quantity', () => {
  const text = 'Many others were wounded.';
  const claim = goldClaim({ outcome: 'wounded', value: null, bound: 'vague', evidence: 'Many others were wounded' });
  assert.equal(attributeOf(claim, { outcome: 'wounded', quantity: null }, text).bound.right, 1);
});

test('attributes the gold claim leaves out are not scored', () => {
  const attributes = attributeOf(goldClaim(), { rate: 'day', period: { text: 'yesterday', start: null, end: null } });
  assert.deepEqual(attributes.rate, { right: 0, total: 0, accuracy: null });
  assert.deepEqual(attributes.period, { right: 0, total: 0, accuracy: null });
});

test('speaker: the gold key appears case-insensitively in the speaker text, name or org; null only matches null', () => {
  const kirby = goldClaim({ speaker_key: 'kirby' });
  const speaker = (text: string, name: string | null, org: string | null) => ({ speaker: { text, name, org, country: null } });
  assert.equal(attributeOf(kirby, speaker('White House spokesperson John KIRBY', null, null)).speaker.right, 1);
  assert.equal(attributeOf(kirby, speaker('the spokesperson', 'John Kirby', null)).speaker.right, 1);
  assert.equal(attributeOf(goldClaim({ speaker_key: 'u.s.' }), speaker('officials', null, 'The U.S. government')).speaker.right, 1);
  assert.equal(attributeOf(kirby, speaker('Volodymyr Zelenskyy', 'Volodymyr Zelenskyy', 'Ukraine')).speaker.right, 0);
  assert.equal(attributeOf(kirby, { speaker: null }).speaker.right, 0);
  assert.equal(attributeOf(goldClaim({ speaker_key: null }), speaker('the army', null, 'army')).speaker.right, 0);
  assert.equal(attributeOf(goldClaim({ speaker_key: null }), { speaker: null }).speaker.right, 1);
});

test('location: both null, containment either way, or a shared distinctive word', () => {
  const place = (text: string) => ({ location: { text, name: text, country: null } });
  const kursk = goldClaim({ location_text: 'Kursk region' });
  assert.equal(attributeOf(kursk, place('the Kursk region')).location.right, 1);
  assert.equal(attributeOf(kursk, place('kursk')).location.right, 1);
  assert.equal(attributeOf(kursk, place('Kursk Oblast')).location.right, 1);
  assert.equal(attributeOf(kursk, place('Donetsk region')).location.right, 0, 'a shared generic word is not enough');
  assert.equal(attributeOf(kursk, { location: null }).location.right, 0);
  assert.equal(attributeOf(goldClaim(), place('Kursk')).location.right, 0);
  assert.equal(attributeOf(goldClaim(), { location: null }).location.right, 1);
});

test('period: the predicted dates span the gold days plus or minus one; open or missing periods are wrong', () => {
  const week = goldClaim({ period: { text: 'in the last week', days: 7 } });
  const period = (start: string | null, end: string | null) => ({ period: { text: 'in the last week', start, end } });
  assert.equal(attributeOf(week, period('2024-12-21', '2024-12-27')).period.right, 1, '7 days');
  assert.equal(attributeOf(week, period('2024-12-20', '2024-12-27')).period.right, 1, '8 days');
  assert.equal(attributeOf(week, period('2024-12-22', '2024-12-27')).period.right, 1, '6 days');
  assert.equal(attributeOf(week, period('2024-12-19', '2024-12-27')).period.right, 0, '9 days');
  assert.equal(attributeOf(week, period('2024-12-23', '2024-12-27')).period.right, 0, '5 days');
  assert.equal(attributeOf(week, period('2025-02-25', '2025-03-03')).period.right, 1, 'calendar days across February');
  assert.equal(attributeOf(week, period(null, '2024-12-27')).period.right, 0);
  assert.equal(attributeOf(week, { period: null }).period.right, 0);
  assert.equal(attributeOf(goldClaim({ period: null }), period(null, null)).period.right, 0);
  assert.equal(attributeOf(goldClaim({ period: null }), { period: null }).period.right, 1);
});

test('the match prefers, among equal candidates, the prediction with more attributes right', () => {
  const wrong = predictionAt(SENTENCE, SENTENCE, { stance: 'asserted', id: 'wrong' });
  const right = predictionAt(SENTENCE, SENTENCE, { id: 'right' });
  const report = scoreOne(SENTENCE, [goldClaim()], [wrong, right]);
  assert.equal(report.attributes.stance.right, 1);
  assert.equal(report.perDocument[0]?.falsePositives.length, 1);
});

// ------------------------------------------------------------------ counting

test('a document with no gold and no predictions scores perfectly', () => {
  const report = scoreOne('Nothing happened.', [], []);
  assert.deepEqual(counts(report), { tp: 0, fp: 0, fn: 0 });
  assert.deepEqual([report.precision, report.recall, report.f1], [1, 1, 1]);
  assert.deepEqual(report.attributes.bound, { right: 0, total: 0, accuracy: null });
});

test('precision, recall and F1 are summed over documents', () => {
  const text = 'A: killing 77 soldiers. B: killing 5 soldiers. C: killing 9 soldiers.';
  const q = (value: number) => ({ quantity: { text: String(value), value, min: value, max: value, bound: 'exact' as const } });
  const doc = (claims: GoldClaim[], predicted: Claim[]): ScoringInput => ({ gold: { doc: 'x', published: null, claims }, text, predicted });
  const report = scoreDocuments([
    doc([goldClaim(), goldClaim({ value: 5, evidence: 'killing 5 soldiers' })], [predictionAt(text, 'A: killing 77 soldiers.')]),
    doc([goldClaim({ value: 9, evidence: 'killing 9 soldiers' })], [predictionAt(text, 'C: killing 9 soldiers.', q(9)), predictionAt(text, 'B: killing 5 soldiers.', q(4))]),
    doc([], [predictionAt(text, 'A: killing 77 soldiers.')]),
  ]);
  assert.deepEqual(counts(report), { tp: 2, fp: 2, fn: 1 });
  assert.equal(report.documents, 3);
  assert.equal(report.gold, 3);
  assert.equal(report.predicted, 4);
  assert.equal(report.precision, 2 / 4);
  assert.equal(report.recall, 2 / 3);
  assert.ok(Math.abs(report.f1 - (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3)) < 1e-12);
  assert.deepEqual(report.perDocument.map((d) => [d.tp, d.fp, d.fn]), [[1, 0, 1], [1, 1, 0], [0, 1, 0]]);
  assert.equal(report.perDocument[0]?.missed[0]?.evidence, 'killing 5 soldiers');
  assert.equal(report.perDocument[1]?.falsePositives[0]?.value, 4);
});

test('no predictions against gold: recall and F1 are 0', () => {
  const report = scoreOne(SENTENCE, [goldClaim()], []);
  assert.deepEqual([report.precision, report.recall, report.f1], [1, 0, 0]);
});

test('the terminal report shows the figures, one line per attribute, and with verbose the errors', () => {
  const report = scoreOne(SENTENCE, [goldClaim()], [predictionAt(SENTENCE, SENTENCE, { stance: 'asserted' }), predictionAt(SENTENCE, SENTENCE, { outcome: 'wounded' })]);
  const brief = formatEvalReport(report, { verbose: false });
  assert.match(brief, /^claims {2}P 0\.50 {2}R 1\.00 {2}F1 0\.67 {2}\(tp 1, fp 1, fn 0;/);
  assert.match(brief, /^bound {9}1\.00 {2}\(1\/1\)$/m);
  assert.match(brief, /^stance {8}0\.00 {2}\(0\/1\)$/m);
  assert.match(brief, /^period {11}— {2}\(0\/0\)$/m);
  assert.doesNotMatch(brief, /extra/);
  const verbose = formatEvalReport(report, { verbose: true });
  assert.match(verbose, /extra {3}wounded 77/);
  assert.match(verbose, /wrong stance: gold reported, predicted asserted/);
});

// ------------------------------------------------------------------ gold files

test('parseGold reads documents, keeps optional fields absent, and skips blank lines', () => {
  const line = JSON.stringify({ doc: 'a.txt', published: '2024-12-28', claims: [goldClaim()] });
  const documents = parseGold(`${line}\n\n`, 'g.jsonl');
  assert.equal(documents.length, 1);
  assert.equal(documents[0]?.published, '2024-12-28');
  assert.equal('period' in (documents[0]?.claims[0] ?? {}), false);
});

test('parseGold names file:line and the problem for a bad line', () => {
  const good = JSON.stringify({ doc: 'a.txt', published: null, claims: [] });
  const bad = (line: string, problem: RegExp) =>
    assert.throws(() => parseGold(`${good}\n${line}\n`, 'dev/x.gold.jsonl'), (error: Error) => {
      assert.match(error.message, /^dev\/x\.gold\.jsonl:2: /);
      assert.match(error.message, problem);
      return true;
    });
  bad('{"doc": "b.txt", "claims": [', /invalid JSON/);
  bad('[1, 2]', /JSON object/);
  bad('{"published": null, "claims": []}', /doc is missing/);
  bad('{"doc": "b.txt", "claims": {}}', /claims is \{\}, expected an array/);
  bad(JSON.stringify({ doc: 'b.txt', claims: [goldClaim({ outcome: 'died' as never })] }), /claims\[0\]: outcome is "died", expected killed \| wounded/);
  bad(JSON.stringify({ doc: 'b.txt', claims: [goldClaim({ stance: 'said' as never })] }), /stance is "said"/);
  bad(JSON.stringify({ doc: 'b.txt', claims: [goldClaim({ value: '77' as never })] }), /value is "77", expected a number or null/);
  bad(JSON.stringify({ doc: 'b.txt', claims: [goldClaim({ evidence: '' })] }), /evidence/);
  bad(JSON.stringify({ doc: 'b.txt', claims: [goldClaim({ period: { text: 'a week' } as never })] }), /period/);
  bad(JSON.stringify({ doc: 'b.txt', published: '28/12/2024', claims: [] }), /published is "28\/12\/2024"/);
  bad(good, /doc "a.txt" is already annotated at line 1/);
});

test('texts resolve against --texts when given, else the gold file folder', () => {
  assert.equal(resolveTextPath('1.txt', '/data/dev/x.gold.jsonl'), '/data/dev/1.txt');
  assert.equal(resolveTextPath('1.txt', '/data/dev/x.gold.jsonl', '/texts'), '/texts/1.txt');
});

test('evaluateGoldFile passes each text as ingest reads it, with its document id and the gold\'s noon-UTC date, and names a missing text', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.txt'), SENTENCE);
  const goldFile = join(dir, 'x.gold.jsonl');
  writeFileSync(goldFile, `${JSON.stringify({ doc: 'a.txt', published: '2024-12-28', claims: [goldClaim()] })}\n`);
  const seen: unknown[] = [];
  const report = await evaluateGoldFile(goldFile, {
    extract: (doc) => {
      seen.push(doc);
      return [predictionAt(doc.text, doc.text)];
    },
  });
  assert.deepEqual(seen, [{ id: identifyText(SENTENCE)?.id, text: SENTENCE, published: '2024-12-28T12:00:00.000Z', forwardedFrom: null }]);
  assert.equal(report.f1, 1);

  writeFileSync(goldFile, `${JSON.stringify({ doc: 'gone.txt', published: null, claims: [] })}\n`);
  await assert.rejects(evaluateGoldFile(goldFile, { extract: () => [] }), /gone\.txt.*no such file/);
});

test('evaluateGoldFile reads a Markdown text as ingest does: front matter is no part of the text, and gives the date when the gold has none', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.md'), `---\ntitle: A report\npublished: 2024-12-20T08:00:00Z\n---\n\n${SENTENCE}\n`);
  const goldFile = join(dir, 'x.gold.jsonl');
  writeFileSync(goldFile, `${JSON.stringify({ doc: 'a.md', published: null, claims: [goldClaim()] })}\n`);
  const seen: Array<{ text: string; published: string | null }> = [];
  const report = await evaluateGoldFile(goldFile, {
    extract: (doc) => {
      seen.push(doc);
      return [predictionAt(doc.text, doc.text)];
    },
  });
  assert.equal(seen[0]?.text, SENTENCE);
  assert.equal(seen[0]?.published, '2024-12-20T08:00:00.000Z');
  assert.equal(report.f1, 1);
});

// ------------------------------------------------------------------ the real gold files

const SHARED = new URL('../../../shared/', import.meta.url);
const REAL_GOLD = [
  { gold: new URL('eval/dev/seeds.gold.jsonl', SHARED), texts: new URL('seeds/', SHARED) },
  { gold: new URL('eval/dev/case2021.gold.jsonl', SHARED), texts: new URL('eval/dev/case2021/', SHARED) },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Located independently of the scorer: a plain case-insensitive regular expression with flexible white space. */
function evidencePosition(text: string, evidence: string): { start: number; end: number } | null {
  const pattern = new RegExp(evidence.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'i');
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

function dayBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The claim a perfect extractor would print for a gold claim, its sentence being exactly the evidence. */
function perfectPrediction(gold: GoldClaim, document: GoldDocument, text: string, index: number): Claim {
  const position = evidencePosition(text, gold.evidence) ?? { start: 0, end: 0 };
  const end = document.published ?? '2020-01-01';
  return {
    id: `c_${document.doc}_${index}`,
    doc: document.doc,
    sentence: { ...position, text: text.slice(position.start, position.end) },
    outcome: gold.outcome,
    manner: gold.manner,
    subject: { text: gold.subject_text ?? '', affiliation: gold.subject_affiliation ?? null, kind: gold.subject_kind },
    quantity: gold.value === null ? null : { text: String(gold.value), value: gold.value, min: null, max: gold.max, bound: gold.bound ?? 'exact' },
    rate: gold.rate ?? null,
    period: gold.period ? { text: gold.period.text, start: dayBefore(end, gold.period.days - 1), end } : null,
    location: gold.location_text === null ? null : { text: gold.location_text, name: gold.location_text, country: null },
    speaker: gold.speaker_key === null ? null : { text: `the ${gold.speaker_key}`, name: null, org: null, country: null },
    via: gold.via ?? null,
    relay: null,
    stance: gold.stance,
    confidence: 1,
  };
}

for (const { gold, texts } of REAL_GOLD) {
  const name = fileURLToPath(gold).split('/').pop();
  test(`the real gold file ${name} parses, and gold-derived predictions score F1 1 with every attribute right`, () => {
    const goldPath = fileURLToPath(gold);
    const documents = parseGold(readFileSync(goldPath, 'utf8'), goldPath);
    assert.ok(documents.length > 0);
    const notFound: string[] = [];
    const inputs: ScoringInput[] = documents.map((document) => {
      const text = readFileSync(resolveTextPath(document.doc, goldPath, fileURLToPath(texts)), 'utf8');
      for (const claim of document.claims) {
        if (!evidencePosition(text, claim.evidence)) notFound.push(`${document.doc}: ${JSON.stringify(claim.evidence)}`);
      }
      return { gold: document, text, predicted: document.claims.map((claim, i) => perfectPrediction(claim, document, text, i)) };
    });
    assert.deepEqual(notFound, [], `gold evidence not found verbatim in its text:\n${notFound.join('\n')}`);

    const report = scoreDocuments(inputs);
    const misses = report.perDocument.flatMap((d) => [...d.missed, ...d.falsePositives, ...d.wrongAttributes].map((m) => `${d.doc}: ${JSON.stringify(m)}`));
    assert.deepEqual(misses, [], misses.join('\n'));
    assert.equal(report.f1, 1);
    assert.equal(report.fp, 0);
    assert.equal(report.tp, report.gold);
    assert.equal(report.optionalMatched, report.optionalGold);
    for (const [attribute, score] of Object.entries(report.attributes)) {
      assert.ok(score.accuracy === null || score.accuracy === 1, `${attribute}: ${score.right}/${score.total}`);
    }
    assert.equal(report.attributes.bound.total, report.gold + report.optionalGold);
  });
}
