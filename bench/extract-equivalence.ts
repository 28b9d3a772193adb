/**
 * Output-equivalence check for the extractor: every claim (its full JSON)
 * that extractClaims gives on a fixed set of texts, hashed per source, and
 * compared with the digests recorded in bench/extract-equivalence.json. A
 * change meant only to make extraction faster must leave every digest as it is.
 *
 *   node --import tsx bench/extract-equivalence.ts            check all sources (about 20 MiB)
 *   node --import tsx bench/extract-equivalence.ts --quick    check the small sources only (as the test does)
 *   node --import tsx bench/extract-equivalence.ts --write    record the digests of the current extractor
 *   … --extractor dist/extract/extract.js                        check (or record) another build of extract.js, e.g. a saved one from before a change
 *
 * Sources: the bench corpus at four seeds (16 MiB), the dev texts of
 * ../shared/eval and ../shared/seeds as `corroborate eval` reads them, the
 * text fixtures under test/fixtures, and seeded adversarial word salad
 * (bench/adversarial.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtractInput } from '../src/extract/extract.js';
import type { Claim } from '../src/contracts/claim.js';
import { publishedAtNoon } from '../src/eval/run.js';
import { adversarialDocuments } from './adversarial.js';
import { generateDocuments } from './corpus.js';

const MIB = 1024 * 1024;
const repo = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
export const RECORD_FILE = repo('bench/extract-equivalence.json');

export interface Source {
  name: string;
  /** Small enough for the test suite. */
  quick: boolean;
  documents: () => Iterable<ExtractInput>;
}

export interface Digest {
  documents: number;
  claims: number;
  sha256: string;
}

function* goldTexts(goldFile: string, textsDir: string): Generator<ExtractInput> {
  for (const line of readFileSync(goldFile, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { doc, published } = JSON.parse(line) as { doc: string; published: string | null };
    yield { id: doc, text: readFileSync(join(textsDir, doc), 'utf8'), published: publishedAtNoon(published) };
  }
}

function* fixtureTexts(): Generator<ExtractInput> {
  const root = repo('test/fixtures');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:txt|md|html|xml|json)$/.test(f)).sort();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    yield { id: file, text, published: null };
    yield { id: file, text, published: '2024-12-28T12:00:00.000Z' };
  }
}

export function sources(): Source[] {
  const shared = repo('../shared');
  const corpus = (seed: number, mib: number, quick: boolean): Source => ({
    name: `corpus seed ${seed} ${mib} MiB`,
    quick,
    documents: () => generateDocuments(seed, mib * MIB),
  });
  return [
    corpus(20240601, 4, false),
    corpus(1, 4, false),
    corpus(2, 4, false),
    corpus(3, 4, false),
    corpus(77, 0.5, true),
    { name: 'eval dev case2021', quick: true, documents: () => goldTexts(join(shared, 'eval/dev/case2021.gold.jsonl'), join(shared, 'eval/dev/case2021')) },
    { name: 'eval dev seeds', quick: true, documents: () => goldTexts(join(shared, 'eval/dev/seeds.gold.jsonl'), join(shared, 'seeds')) },
    { name: 'test fixtures', quick: true, documents: fixtureTexts },
    { name: 'adversarial seed 11 x300', quick: true, documents: () => adversarialDocuments(11, 300) },
    { name: 'adversarial seed 12 x6000', quick: false, documents: () => adversarialDocuments(12, 6000) },
  ];
}

export function digestOf(source: Source, extract: (doc: ExtractInput) => Claim[]): Digest {
  const hash = createHash('sha256');
  let documents = 0;
  let claims = 0;
  for (const doc of source.documents()) {
    documents++;
    for (const claim of extract(doc)) {
      claims++;
      hash.update(JSON.stringify(claim));
      hash.update('\n');
    }
    hash.update('\u0000');
  }
  return { documents, claims, sha256: hash.digest('hex') };
}

export function recordedDigests(): Record<string, Digest> {
  return JSON.parse(readFileSync(RECORD_FILE, 'utf8')) as Record<string, Digest>;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const quick = args.includes('--quick');
  const at = args.indexOf('--extractor');
  const module = at >= 0 ? resolve(args[at + 1] ?? '') : repo('src/extract/extract.ts');
  const { extractClaims } = (await import(pathToFileURL(module).href)) as { extractClaims: (doc: ExtractInput) => Claim[] };
  const recorded = write ? {} : recordedDigests();
  const found: Record<string, Digest> = {};
  let failures = 0;
  for (const source of sources()) {
    if (quick && !source.quick) continue;
    const t0 = performance.now();
    const digest = digestOf(source, extractClaims);
    found[source.name] = digest;
    const expected = recorded[source.name];
    const same = expected !== undefined && expected.sha256 === digest.sha256 && expected.claims === digest.claims;
    if (!write && !same) failures++;
    const verdict = write ? 'recorded' : same ? 'same' : `DIFFERENT (recorded ${expected?.claims ?? '-'} claims ${expected?.sha256.slice(0, 12) ?? '-'})`;
    process.stdout.write(`${source.name.padEnd(28)} ${String(digest.documents).padStart(6)} docs ${String(digest.claims).padStart(7)} claims ${digest.sha256.slice(0, 12)} ${verdict} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
  if (write) writeFileSync(RECORD_FILE, `${JSON.stringify(found, null, 2)}\n`);
  if (failures > 0) {
    process.stdout.write(`${failures} source(s) differ\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
