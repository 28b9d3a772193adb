import { createReadStream } from 'node:fs';
import type { Source } from '../contracts/document.js';
import type { IngestOutcome, PreparedDocument, Store } from '../store/store.js';
import { IngestError } from './errors.js';
import type { FetchOptions } from './fetch.js';
import { DEFAULT_MAX_BYTES, describeFsError, expandInputs, readFileSource, readStreamSource, type InputRef } from './inputs.js';
import { looksLikeNdjsonLine } from './ndjson.js';
import { prepareInOrder } from './prepare-pool.js';
import { prepareUnit, type PreparedUnit } from './prepare.js';
import { archiveKindOf, ndjsonUnits, peekFirstLine, type Unit } from './units.js';
import { warcUnits } from './warc.js';

export interface IngestOptions {
  maxBytes?: number;
  allowPrivate?: boolean;
  fetch?: Omit<FetchOptions, 'maxBytes' | 'allowPrivate'>;
  stdin?: NodeJS.ReadableStream;
  /** Threads that parse and extract (1: all on this thread). The store is written by this thread alone, in input order. */
  workers?: number;
  /** The clock for retrieval times (tests fix it). */
  now?: () => Date;
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

/** Documents written per transaction, at most; and how long a partial batch may wait for more. */
const BATCH_DOCUMENTS = 256;
const BATCH_MS = 100;

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

/** An input read whole as one unit (a file, a page, an upload). */
async function wholeUnit(ref: InputRef, options: IngestOptions, stream?: AsyncIterable<Buffer>): Promise<Unit> {
  const input = nameOf(ref);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = (options.now ?? (() => new Date()))();
  try {
    let source: Source;
    switch (ref.kind) {
      case 'error':
        return { input, error: ref.reason };
      case 'file':
        source = await readFileSource(ref.path, maxBytes, now);
        break;
      case 'stdin':
        source = await readStreamSource(stream ?? options.stdin ?? process.stdin, { name: 'stdin', contentType: null }, maxBytes, now);
        break;
      case 'stream':
        source = await readStreamSource(ref.stream, ref, maxBytes, now);
        break;
      case 'url':
        // Loaded only for an address: the HTTP client takes a fifth of a second to load.
        const { fetchSource } = await import('./fetch.js');
        source = await fetchSource(ref.url, { ...options.fetch, maxBytes, allowPrivate: options.allowPrivate ?? false });
        break;
    }
    return { input, source };
  } catch (error) {
    if (error instanceof IngestError) return { input, error: error.reason };
    throw error;
  }
}

/**
 * The units of one input: NDJSON and WARC files record by record, standard
 * input line by line when its first line is an NDJSON document, anything
 * else whole.
 */
export async function* unitsOf(ref: InputRef, options: IngestOptions = {}): AsyncGenerator<Unit> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = options.now ?? (() => new Date());
  if (ref.kind === 'stdin') {
    const { firstLine, chunks } = await peekFirstLine((options.stdin ?? process.stdin) as AsyncIterable<Buffer>, maxBytes);
    if (looksLikeNdjsonLine(firstLine)) yield* ndjsonUnits(chunks, 'stdin', maxBytes, now);
    else yield await wholeUnit(ref, options, chunks);
    return;
  }
  const archive = ref.kind === 'file' ? archiveKindOf(ref.path) : null;
  if (ref.kind !== 'file' || !archive) {
    yield await wholeUnit(ref, options);
    return;
  }
  try {
    if (archive === 'ndjson') yield* ndjsonUnits(createReadStream(ref.path), ref.path, maxBytes, now);
    else yield* warcUnits(ref.path, maxBytes);
  } catch (error) {
    // The file could not be opened or read on: named as a whole.
    yield { input: ref.path, error: describeFsError(error) };
  }
}

async function* unitsOfAll(refs: AsyncIterable<InputRef> | Iterable<InputRef>, options: IngestOptions): AsyncGenerator<Unit> {
  for await (const ref of refs) yield* unitsOf(ref, options);
}

/** Whether an input is read record by record (so its number of results is not known in advance). */
export function isStreamed(ref: InputRef): boolean {
  return ref.kind === 'stdin' || (ref.kind === 'file' && archiveKindOf(ref.path) !== null);
}

/** Reads, parses and stores one input whole (no record-by-record reading). Nothing is written unless the whole input parsed. */
export async function ingestOne(store: Store, ref: InputRef, options: IngestOptions = {}): Promise<InputResult> {
  async function* one(): AsyncGenerator<Unit> {
    yield await wholeUnit(ref, options);
  }
  for await (const result of ingestUnits(store, one(), { ...options, workers: 1 })) return result;
  throw new Error('ingestOne: no result');
}

/** Ingests every input in order, reporting each unit (a file, or a record of an archive) as it is stored; one bad unit never stops the others. */
export async function* ingestInputs(store: Store, inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<InputResult> {
  yield* ingestRefs(store, expandInputs(inputs), options);
}

export async function* ingestRefs(store: Store, refs: AsyncIterable<InputRef> | Iterable<InputRef>, options: IngestOptions = {}): AsyncGenerator<InputResult> {
  yield* ingestUnits(store, unitsOfAll(refs, options), options);
}

/**
 * Prepares units (in worker threads when options.workers > 1) and writes
 * them in input order, in transactions of up to BATCH_DOCUMENTS documents
 * (a partial batch is written once it has waited BATCH_MS for more). Each
 * unit's result is yielded once its batch is committed.
 */
async function* ingestUnits(store: Store, units: AsyncIterable<Unit>, options: IngestOptions): AsyncGenerator<InputResult> {
  const prepared = prepareInOrder(units, options.workers ?? 1);
  let batch: PreparedUnit[] = [];
  let documents = 0;
  let deadline = 0;
  let pending = prepared.next();
  try {
    for (;;) {
      const next = batch.length === 0 ? await pending : await within(pending, deadline - Date.now());
      if (next === TIMED_OUT) {
        yield* write(store, batch);
        batch = [];
        documents = 0;
        continue;
      }
      if (next.done) break;
      pending = prepared.next();
      if (batch.length === 0) deadline = Date.now() + BATCH_MS;
      batch.push(next.value);
      if (next.value.ok) documents += next.value.documents.length;
      if (documents >= BATCH_DOCUMENTS) {
        yield* write(store, batch);
        batch = [];
        documents = 0;
      }
    }
    yield* write(store, batch);
  } finally {
    await prepared.return(undefined);
  }
}

async function* write(store: Store, batch: readonly PreparedUnit[]): AsyncGenerator<InputResult> {
  const documents = batch.flatMap((unit) => (unit.ok ? unit.documents : []));
  const outcomes = documents.length > 0 ? await store.ingestDocuments(documents) : [];
  let at = 0;
  for (const unit of batch) {
    if (!unit.ok) {
      yield failedResult(unit);
      continue;
    }
    yield storedResult(unit, outcomes.slice(at, at + unit.documents.length));
    at += unit.documents.length;
  }
}

/** Reads and parses one input whole, storing nothing (the queue's worker stores several inputs in one transaction). */
export async function prepareInput(ref: InputRef, options: IngestOptions = {}): Promise<PreparedUnit> {
  return prepareUnit(await wholeUnit(ref, options));
}

/** What storing a prepared unit did, document by document (`outcomes` in the order of its documents). */
export function storedResult(unit: PreparedUnit & { ok: true }, outcomes: readonly IngestOutcome[]): InputResult {
  const documents = unit.documents.map((next, i) => documentResult(next, outcomes[i] as IngestOutcome));
  return { input: unit.input, ok: true, format: unit.format, error: null, documents };
}

export function failedResult(unit: PreparedUnit & { ok: false }): InputResult {
  return { input: unit.input, ok: false, format: unit.format, error: unit.error, documents: [] };
}

function documentResult(prepared: PreparedDocument, outcome: IngestOutcome): DocumentResult {
  return {
    id: outcome.document.id,
    status: outcome.status,
    origin: outcome.document.origin,
    copyOf: outcome.status === 'added' ? outcome.copyOf : null,
    title: outcome.document.title,
    published: outcome.document.published,
    locator: prepared.appearance.locator,
  };
}

const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT if it takes longer than ms. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Adds one result to running totals. */
export function tally(summary: IngestSummary, result: InputResult): IngestSummary {
  summary.inputs++;
  if (!result.ok) summary.failed++;
  for (const document of result.documents) document.status === 'added' ? summary.added++ : summary.existing++;
  return summary;
}

export function emptySummary(): IngestSummary {
  return { inputs: 0, failed: 0, added: 0, existing: 0 };
}

export function summarise(results: readonly InputResult[]): IngestSummary {
  return results.reduce(tally, emptySummary());
}
