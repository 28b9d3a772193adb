import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { extractClaims } from '../../src/extract/extract.js';
import { assertClaimsValid, runTarget, TARGETS } from './targets.js';

const RUNS = 200;
// Fixed so that `npm test` is repeatable; `npm run fuzz` draws a fresh seed each run.
const SEED = 7;

for (const target of TARGETS) {
  test(`fuzz: ${target.name} (${RUNS} cases)`, async () => {
    const details = await runTarget(target, RUNS, SEED);
    assert.ok(!details.failed, fc.defaultReportMessage(details) ?? 'failed');
  });
}

test('a target whose property throws something other than IngestError is reported with its counterexample and seed', async () => {
  const broken = { name: 'broken', arbitrary: fc.string(), property: (text: string) => void JSON.parse(`"${text}`), async: false };
  const details = await runTarget(broken as unknown as (typeof TARGETS)[number], 50);
  assert.ok(details.failed);
  assert.match(fc.defaultReportMessage(details) ?? '', /Counterexample/);
  assert.equal(typeof details.seed, 'number');
});

test('the claims.md check refuses a claim whose sentence is not the text at its offsets, or whose min exceeds max', () => {
  const text = 'Officials said 12 soldiers were killed on Monday.';
  const [claim] = extractClaims({ id: 'd_test', text, published: null });
  assert.ok(claim?.quantity);
  assertClaimsValid(text, [claim]);
  assert.throws(() => assertClaimsValid(text, [{ ...claim, sentence: { ...claim.sentence, end: claim.sentence.end - 1 } }]), /sentence.text/);
  assert.throws(() => assertClaimsValid(text, [{ ...claim, quantity: { ...claim.quantity!, min: 13, max: 12 } }]), /min 13 > max 12/);
});
