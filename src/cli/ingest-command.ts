import { expandInputs, type InputRef } from '../ingest/inputs.js';
import { emptySummary, ingestRefs, isStreamed, tally, type IngestOptions, type IngestSummary } from '../ingest/pipeline.js';
import { startProgress } from '../report/progress.js';
import { formatInputResult, formatSummary } from '../report/ingest.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';

export interface IngestCommandOptions extends IngestOptions {
  json: boolean;
  /** Print one line per document (the default on `ingest`; `demo` prints its own table). */
  quiet?: boolean;
}

/** Runs ingest over the inputs, printing results as they come; returns the exit code. */
export async function runIngest(store: Store, inputs: readonly string[], options: IngestCommandOptions): Promise<{ code: number; summary: IngestSummary }> {
  const refs: InputRef[] = [];
  for await (const ref of expandInputs(inputs)) refs.push(ref);
  // Archives and standard input give a result per record, so their count is not known in advance.
  const counted = !options.json && !options.quiet && !refs.some(isStreamed);
  const progress = startProgress(counted ? refs.length : 0);
  const summary = emptySummary();
  for await (const result of ingestRefs(store, refs, options)) {
    tally(summary, result);
    progress.advance(result.documents.length);
    if (!result.ok) process.stderr.write(`corroborate: ${result.input}: ${result.error}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (!options.quiet && result.ok) process.stdout.write(formatInputResult(result));
  }
  progress.stop();
  if (!options.json && !options.quiet) process.stderr.write(`${formatSummary(summary, store.location)}\n`);
  return { code: summary.failed > 0 ? EXIT.inputFailed : EXIT.ok, summary };
}
