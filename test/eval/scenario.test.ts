import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluateScenario, evaluateScenarios, parseExpectation } from '../../src/eval/scenario.js';
import { formatScenarioReport } from '../../src/report/eval.js';
import { tempDir } from '../support/temp.js';

const WIRE = 'https://wire.example/2025/03/02/market-strike';
const POST = 'https://post.example/2025/03/03/toll';

function writeScenario(dir: string, claims: Record<string, unknown>, extra: Record<string, unknown> = {}): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, '01-wire.md'),
    `---\ntitle: Strike on a market\nurl: ${WIRE}\npublished: 2025-03-02T10:00:00Z\n---\n\nAt least 28 people were killed in the strike on the market, the health ministry said on Sunday.\n\nThe army denied carrying out the strike.\n`,
  );
  writeFileSync(
    join(dir, '02-post.ndjson'),
    `${JSON.stringify({ url: POST, published: '2025-03-03T09:00:00Z', text: 'Sixty-one people have now died, according to a local council.' })}\n`,
  );
  writeFileSync(join(dir, 'expect.json'), JSON.stringify({ title: 'A market strike', claims, ...extra }));
}

test('a scenario is read as ingest reads it: front matter is no text, each document found by its url; found and speakers are scored', async () => {
  const dir = join(tempDir(), 'market');
  writeScenario(dir, {
    'moh-28': { url: WIRE, evidence: 'At least 28 people were killed', outcome: 'killed', value: 28, speaker: 'ministry' },
    'council-61': { url: POST, evidence: 'Sixty-one people have now died', outcome: 'killed', value: 61, speaker: ['council', 'residents'] },
    'wrong-speaker': { url: WIRE, evidence: 'At least 28 people were killed', outcome: 'killed', value: 28, speaker: 'army' },
    'not-there': { url: WIRE, evidence: 'At least 28 people were killed', outcome: 'wounded', value: 28 },
  }, { no_claims: [{ url: WIRE, evidence: 'The army denied carrying out the strike' }] });
  const report = await evaluateScenario(dir);
  assert.equal(report.title, 'A market strike');
  assert.equal(report.documents, 2);
  assert.equal(report.named, 4);
  assert.equal(report.found, 3);
  assert.deepEqual(report.results.map((r) => [r.name, r.found, r.speakerRight]), [
    ['moh-28', true, true],
    ['council-61', true, true],
    ['wrong-speaker', true, false],
    ['not-there', false, null],
  ]);
  assert.deepEqual(report.results.find((r) => r.name === 'not-there')?.near, [{ outcome: 'killed', value: 28 }]);
  assert.equal(report.results.find((r) => r.name === 'wrong-speaker')?.predictedSpeaker, 'the health ministry');
  assert.deepEqual(report.falseClaims, []);
  const text = formatScenarioReport(await evaluateScenarios(dir), { verbose: true });
  assert.match(text, /found 0\.75 \(3\/4\)\s+speakers 0\.67 \(2\/3\)/);
  assert.match(text, /missed\s+not-there\s+wounded 28/);
  assert.match(text, /wrong speaker\s+wrong-speaker: expected "army", chose "the health ministry"/);
});

test('a folder of scenarios is scored as a whole; a folder with none is named', async () => {
  const root = tempDir();
  writeScenario(join(root, 'a'), { x: { url: WIRE, evidence: 'At least 28 people were killed', outcome: 'killed', value: 28, speaker: 'ministry' } });
  writeScenario(join(root, 'b'), { y: { url: POST, evidence: 'Sixty-one people have now died', outcome: 'killed', value: 61, speaker: null } });
  const report = await evaluateScenarios(root);
  assert.deepEqual(report.scenarios.map((s) => s.scenario), ['a', 'b']);
  assert.equal(report.found, 2);
  assert.equal(report.speakersScored, 2);
  assert.equal(report.speakersRight, 1);
  await assert.rejects(evaluateScenarios(join(root, 'a', '..', '..')), /no expect\.json/);
});

test('expect.json problems name the file and the claim', () => {
  assert.throws(() => parseExpectation('{', 'e.json'), /e\.json: invalid JSON/);
  assert.throws(() => parseExpectation('{"claims": {"a": {"url": "u", "evidence": "e", "outcome": "dead", "value": 1}}}', 'e.json'), /e\.json: claims\.a: outcome "dead"/);
  assert.throws(() => parseExpectation('{"claims": {"a": {"url": "u", "evidence": "e", "outcome": "killed", "value": 1, "speaker": 3}}}', 'e.json'), /claims\.a: speaker is 3/);
});
