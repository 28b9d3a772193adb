/**
 * Output equivalence for reconcile: the board JSON of fixed corpora, hashed,
 * against hashes recorded before a change. A speed-up must leave every
 * board byte-identical.
 *
 *   node --import tsx bench/reconcile-equivalence.ts            check every corpus
 *   node --import tsx bench/reconcile-equivalence.ts --record   record the hashes anew
 *   node --import tsx bench/reconcile-equivalence.ts --only gen-100k-a
 *
 * Each corpus also records its input's hash: when that one differs, the
 * input changed (the generator or extraction), not reconcile, and the
 * board hash says nothing until it is recorded anew.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/cli/ingest-command.js';
import type { Board, SourcedClaim } from '../src/contracts/board.js';
import { demoCorpusPath } from '../src/ingest/demo.js';
import { reconcile } from '../src/reconcile/board.js';
import { openStore } from '../src/store/open.js';
import { generateDocuments, ndjsonLine } from './corpus.js';
import { generateClaims } from './generated-claims.js';

export interface CorpusHashes {
  input: string;
  board: string;
}

/** sha256 of JSON.stringify(board), written piece by piece: a 300k-claim board is larger than V8's longest string. */
export function boardHash(board: Board): string {
  const keys = Object.keys(board).join(',');
  if (keys !== 'as_of,figures,relations,claims') throw new Error(`board keys changed: ${keys}`);
  const hash = createHash('sha256');
  hash.update(`{"as_of":${JSON.stringify(board.as_of)},"figures":`);
  updateWithArray(hash, board.figures);
  hash.update(',"relations":');
  updateWithArray(hash, board.relations);
  hash.update(',"claims":{');
  let first = true;
  for (const id in board.claims) {
    hash.update(`${first ? '' : ','}${JSON.stringify(id)}:${JSON.stringify(board.claims[id])}`);
    first = false;
  }
  hash.update('}}');
  return hash.digest('hex');
}

export function inputHash(input: readonly SourcedClaim[]): string {
  const hash = createHash('sha256');
  updateWithArray(hash, input);
  return hash.digest('hex');
}

function updateWithArray(hash: Hash, values: readonly unknown[]): void {
  hash.update('[');
  values.forEach((value, i) => hash.update(`${i === 0 ? '' : ','}${JSON.stringify(value)}`));
  hash.update(']');
}

export function hashesOf(input: readonly SourcedClaim[]): CorpusHashes {
  return { input: inputHash(input), board: boardHash(reconcile(input)) };
}

export function generatedInput(seed: number, count: number): SourcedClaim[] {
  return [...generateClaims(seed, count)];
}

/** The claims of a folder of documents, ingested (extracted) into a throwaway SQLite store; read "now" is pinned so that runs compare. */
export async function ingestedInput(folder: string): Promise<SourcedClaim[]> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-equivalence-'));
  const store = await openStore(join(dir, 'corpus.db'));
  try {
    await runIngest(store, [folder], { json: false, quiet: true });
    return (await store.listSourcedClaims()).map(({ claim, source }) => ({ claim, source: { ...source, retrieved: PINNED_RETRIEVED } }));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The claims extracted from generated documents: speakers there report many
 * numbers on overlapping days, so one origin gathers thousands of
 * statements, a shape the generated claims above do not have.
 */
async function documentsInput(seed: number, documents: number): Promise<SourcedClaim[]> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-equivalence-docs-'));
  try {
    const lines: string[] = [];
    for (const doc of generateDocuments(seed, Number.MAX_SAFE_INTEGER)) {
      if (lines.push(ndjsonLine(doc)) === documents) break;
    }
    writeFileSync(join(dir, 'corpus.ndjson'), lines.join(''));
    return await ingestedInput(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PINNED_RETRIEVED = '2025-01-01T00:00:00.000Z';

const scenario = (name: string) => fileURLToPath(new URL(`../test/fixtures/scenarios/${name}`, import.meta.url));

export const CORPORA: Record<string, () => Promise<SourcedClaim[]>> = {
  demo: () => ingestedInput(demoCorpusPath()),
  'scenario-bakhmut': () => ingestedInput(scenario('bakhmut')),
  'scenario-kramatorsk': () => ingestedInput(scenario('kramatorsk')),
  'gen-20k-a': async () => generatedInput(20240601, 20_000),
  'gen-20k-b': async () => generatedInput(7, 20_000),
  'gen-100k-a': async () => generatedInput(20240601, 100_000),
  'gen-100k-b': async () => generatedInput(7, 100_000),
  'gen-300k-a': async () => generatedInput(20240601, 300_000),
  'gen-300k-b': async () => generatedInput(7, 300_000),
  'docs-4k': () => documentsInput(7, 4_000),
};

const RECORD = fileURLToPath(new URL('./reconcile-equivalence.json', import.meta.url));

async function main(args: readonly string[]): Promise<number> {
  const recording = args.includes('--record');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, CorpusHashes>;
  let failures = 0;
  for (const [name, load] of Object.entries(CORPORA)) {
    if (only && name !== only) continue;
    const started = Date.now();
    const hashes = hashesOf(await load());
    const expected = recorded[name];
    const verdict = recording ? 'recorded' : !expected ? 'no record' : expected.input !== hashes.input ? 'INPUT CHANGED' : expected.board === hashes.board ? 'same' : 'BOARD DIFFERS';
    if (verdict !== 'same' && verdict !== 'recorded') failures++;
    if (recording) recorded[name] = hashes;
    process.stdout.write(`${name.padEnd(20)} ${verdict.padEnd(14)} ${hashes.board.slice(0, 16)} ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  if (recording) writeFileSync(RECORD, `${JSON.stringify(recorded, null, 2)}\n`);
  return failures === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
