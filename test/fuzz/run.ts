/**
 * `npm run fuzz [-- --runs N] [-- --seed S] [-- --only NAME]`: every fuzz
 * target for N cases (default 100,000); prints cases, failures and seconds
 * per target and exits 1 on any failure, with fast-check's counterexample and seed.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { runTarget, TARGETS } from './targets.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' }, only: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, got ${values.runs}`);
  process.exit(2);
}
const seed = values.seed === undefined ? undefined : Number(values.seed);

let failures = 0;
for (const target of TARGETS.filter((candidate) => values.only === undefined || candidate.name.includes(values.only))) {
  const started = performance.now();
  const details = await runTarget(target, runs, seed);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failed = details.failed ? 1 : 0;
  failures += failed;
  console.log(`${target.name.padEnd(18)} cases ${String(details.numRuns).padStart(7)}  failures ${failed}  ${seconds.padStart(6)} s  seed ${details.seed}`);
  if (details.failed) console.log(fc.defaultReportMessage(details));
}
process.exit(failures === 0 ? 0 : 1);
