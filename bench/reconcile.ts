/**
 * Reconcile benchmark: seeded, generated claims (bench/generated-claims.ts)
 * reconciled into a board, timed for 100k and 1M claims.
 */
import { reconcile } from '../dist/reconcile/board.js';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateClaims } from './generated-claims.js';

export interface ReconcileTiming {
  claims: number;
  seconds: number;
  figures: number;
  relations: number;
}

export function timeReconcile(count: number, seed: number): ReconcileTiming {
  const input = [...generateClaims(seed, count)];
  const started = process.hrtime.bigint();
  const board = reconcile(input);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { claims: input.length, seconds, figures: board.figures.length, relations: board.relations.length };
}

export interface ReconcileRun extends ReconcileTiming {
  peak_rss_mb: number;
}

/**
 * Each size in its own process, so that one run's heap does not weigh on the
 * next and peak RSS is the reconcile's own (generated input included). The
 * heap limit is raised: a million claims with their board do not fit
 * Node's default.
 */
export function reconcileInChild(count: number, seed: number): ReconcileRun {
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', fileURLToPath(import.meta.url), String(count), String(seed)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench: reconcile of ${count} claims failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ReconcileRun;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100_000);
  const timing = timeReconcile(count, Number(process.argv[3] ?? 20240601));
  process.stdout.write(`${JSON.stringify({ ...timing, peak_rss_mb: process.resourceUsage().maxRSS / 1024 })}\n`);
}
