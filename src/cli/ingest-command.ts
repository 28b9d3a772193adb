import { expandInputs, type InputRef } from '../ingest/inputs.js';
import { ingestOne, summarise, type IngestOptions, type InputResult } from '../ingest/pipeline.js';
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
export async function runIngest(store: Store, inputs: readonly string[], options: IngestCommandOptions): Promise<{ code: number; results: InputResult[] }> {
  const refs: InputRef[] = [];
  for await (const ref of expandInputs(inputs)) refs.push(ref);
  const progress = options.json || options.quiet ? startProgress(0) : startProgress(refs.length);
  const results: InputResult[] = [];
  for (const ref of refs) {
    const result = await ingestOne(store, ref, options);
    results.push(result);
    progress.advance(result.documents.length);
    if (!result.ok) process.stderr.write(`corroborate: ${result.input}: ${result.error}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (!options.quiet && result.ok) process.stdout.write(formatInputResult(result));
  }
  progress.stop();
  const summary = summarise(results);
  if (!options.json && !options.quiet) process.stderr.write(`${formatSummary(summary, store.location)}\n`);
  return { code: summary.failed > 0 ? EXIT.inputFailed : EXIT.ok, results };
}
