import type { Source } from '../contracts/document.js';
import type { IngestOutcome, PreparedDocument, Store } from '../store/store.js';
import { IngestError } from './errors.js';
import { fetchSource, type FetchOptions } from './fetch.js';
import { DEFAULT_MAX_BYTES, expandInputs, readFileSource, readStdinSource, readStreamSource, type InputRef } from './inputs.js';
import { sha256Hex } from './normalise.js';
import { prepareDocument } from './prepare.js';
import { documentsOf } from './read.js';

export interface IngestOptions {
  maxBytes?: number;
  allowPrivate?: boolean;
  fetch?: Omit<FetchOptions, 'maxBytes' | 'allowPrivate'>;
  stdin?: NodeJS.ReadableStream;
}

export interface DocumentResult {
  id: string;
  status: IngestOutcome['status'];
  origin: string;
  /** For a new document that joined a cluster: the cluster's origin. */
  copyOf: string | null;
  title: string | null;
  published: string | null;
  locator: string | null;
}

export interface InputResult {
  input: string;
  ok: boolean;
  format: string | null;
  error: string | null;
  documents: DocumentResult[];
}

export interface IngestSummary {
  inputs: number;
  failed: number;
  added: number;
  existing: number;
}

async function readSource(ref: Exclude<InputRef, { kind: 'error' }>, options: IngestOptions): Promise<Source> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  switch (ref.kind) {
    case 'file':
      return readFileSource(ref.path, maxBytes);
    case 'stdin':
      return readStdinSource(options.stdin ?? process.stdin, maxBytes);
    case 'stream':
      return readStreamSource(ref.stream, ref, maxBytes);
    case 'url':
      return fetchSource(ref.url, { ...options.fetch, maxBytes, allowPrivate: options.allowPrivate ?? false });
  }
}

function nameOf(ref: InputRef): string {
  switch (ref.kind) {
    case 'file':
      return ref.path;
    case 'url':
      return ref.url;
    case 'stdin':
      return 'stdin';
    case 'stream':
      return ref.name;
    case 'error':
      return ref.input;
  }
}

/** An input read and parsed, its documents ready to store; or why it could not be. */
export type PreparedInput =
  | { input: string; ok: true; format: string; prepared: PreparedDocument[] }
  | (InputResult & { ok: false });

/** Reads and parses one input, storing nothing. */
export async function prepareInput(ref: InputRef, options: IngestOptions = {}): Promise<PreparedInput> {
  const input = nameOf(ref);
  if (ref.kind === 'error') return { input, ok: false, format: null, error: ref.reason, documents: [] };
  let format: string | null = null;
  try {
    const source = await readSource(ref, options);
    const parsed = documentsOf(source);
    format = parsed.format;
    const sha = sha256Hex(source.bytes);
    const prepared = parsed.drafts
      .map((draft) => prepareDocument(draft, source, sha))
      .filter((p): p is PreparedDocument => p !== null);
    if (prepared.length === 0) throw new IngestError(source.name, 'no text to store');
    return { input, ok: true, format: parsed.format, prepared };
  } catch (error) {
    if (error instanceof IngestError) return { input, ok: false, format, error: error.reason, documents: [] };
    throw error;
  }
}

/** What storing a prepared input did, document by document (`outcomes` in the order of its documents). */
export function storedResult(ready: PreparedInput & { ok: true }, outcomes: readonly IngestOutcome[]): InputResult {
  const documents = outcomes.map((outcome, i): DocumentResult => ({
    id: outcome.document.id,
    status: outcome.status,
    origin: outcome.document.origin,
    copyOf: outcome.status === 'added' ? outcome.copyOf : null,
    title: outcome.document.title,
    published: outcome.document.published,
    locator: ready.prepared[i]?.appearance.locator ?? null,
  }));
  return { input: ready.input, ok: true, format: ready.format, error: null, documents };
}

/** Reads, parses and stores one input. Nothing is written unless the whole input parsed. */
export async function ingestOne(store: Store, ref: InputRef, options: IngestOptions = {}): Promise<InputResult> {
  const ready = await prepareInput(ref, options);
  if (!ready.ok) return ready;
  const outcomes: IngestOutcome[] = [];
  for (const next of ready.prepared) outcomes.push(await store.ingestDocument(next));
  return storedResult(ready, outcomes);
}

/** Ingests every input in order, reporting each as it finishes; one bad input never stops the others. */
export async function* ingestInputs(
  store: Store,
  inputs: readonly string[],
  options: IngestOptions = {},
): AsyncGenerator<InputResult> {
  for await (const ref of expandInputs(inputs)) yield await ingestOne(store, ref, options);
}

export function summarise(results: readonly InputResult[]): IngestSummary {
  let added = 0;
  let existing = 0;
  for (const result of results) {
    for (const document of result.documents) document.status === 'added' ? added++ : existing++;
  }
  return { inputs: results.length, failed: results.filter((r) => !r.ok).length, added, existing };
}
