/**
 * Extraction speed benchmark: `npm run bench` (see BENCHMARKS.md).
 *
 *   --mb N    corpus size in MiB (default 64)
 *   --quick   8 MiB
 *   --seed N  corpus seed (default 20240601)
 *   --json    print one JSON object and nothing else
 *   --extract-only  time extraction against the reference and stop (no reconcile, API or ingest)
 *
 * On the main thread, over the same generated text, it times extractClaims
 * (corroborate) and, as the reference, wink-nlp with wink-eng-lite-web-model
 * doing tokenisation and sentence boundary detection only. Only the calls
 * are timed; generating the corpus is not. The corpus is streamed from its
 * seed in blocks of about 1 MiB; each block is handed to every contender in
 * turn (the order alternating between blocks) and then dropped, so memory
 * stays flat, each side sees exactly the same text, and load from other
 * processes on the machine falls on both sides alike.
 *
 * Then reconcile is timed on 100k and 1M generated claims (bench/reconcile.ts),
 * each size in a child process; --quick times 100k only. Last, the API: a
 * store filled with 100k claims (10k with --quick) is served and its claims
 * pages timed (bench/api.ts). Then ingest (bench/ingest.ts): the SQLite write
 * path, `ingest --workers N` end to end, and an NDJSON stream of 1 GiB (32 MiB
 * with --quick) piped into `ingest -` in a child process.
 */
import os from 'node:os';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
// The compiled extractor, as the corroborate command runs it (npm run bench builds first).
import { extractClaims } from '../dist/extract/extract.js';
import { splitSentences } from '../dist/extract/sentences.js';
import { generateDocuments, type CorpusDocument } from './corpus.js';
import { timeClaimsPages } from './api.js';
import { reconcileInChild, type ReconcileRun } from './reconcile.js';
import { benchIngest } from './ingest.js';

const MIB = 1024 * 1024;
const BLOCK = MIB;

interface Options {
  mb: number;
  seed: number;
  json: boolean;
  extractOnly: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { mb: 64, seed: 20240601, json: false, extractOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`bench: ${arg} needs a positive number`);
      return n;
    };
    if (arg === '--quick') options.mb = 8;
    else if (arg === '--mb') options.mb = value();
    else if (arg === '--seed') options.seed = Math.floor(value());
    else if (arg === '--json') options.json = true;
    else if (arg === '--extract-only') options.extractOnly = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node --import tsx bench/run.ts [--mb N | --quick] [--seed N] [--json] [--extract-only]\n');
      process.exit(0);
    } else throw new Error(`bench: unknown argument ${arg}`);
  }
  return options;
}

/** What one contender does to one document: returns up to two counts (claims; sentences and tokens). */
type Work = (doc: CorpusDocument) => readonly [number, number];

class Tally {
  bytes = 0;
  docs = 0;
  items = 0;
  items2 = 0;
  private ns = 0n;

  /** Times `work` on each document of the block; only the calls are inside the clock. */
  run(block: readonly Sized[], work: Work): void {
    for (const { doc, bytes } of block) {
      const t0 = process.hrtime.bigint();
      const [a, b] = work(doc);
      this.ns += process.hrtime.bigint() - t0;
      this.items += a;
      this.items2 += b;
      this.bytes += bytes;
      this.docs++;
    }
  }

  get seconds(): number {
    return Number(this.ns) / 1e9;
  }
  get mbPerSecond(): number {
    return this.bytes / MIB / this.seconds;
  }
  get docsPerSecond(): number {
    return this.docs / this.seconds;
  }
}

interface Sized {
  doc: CorpusDocument;
  bytes: number;
}

/** The corpus in blocks of about `size` bytes; only the current block is alive. */
function* blocks(seed: number, totalBytes: number, size: number): Generator<Sized[]> {
  let block: Sized[] = [];
  let bytes = 0;
  for (const doc of generateDocuments(seed, totalBytes)) {
    const sized = { doc, bytes: Buffer.byteLength(doc.text, 'utf8') };
    block.push(sized);
    bytes += sized.bytes;
    if (bytes >= size) {
      yield block;
      block = [];
      bytes = 0;
    }
  }
  if (block.length > 0) yield block;
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = options.json ? () => {} : (line: string) => process.stderr.write(`${line}\n`);
  const totalBytes = Math.round(options.mb * MIB);
  const warmBytes = Math.min(4 * MIB, Math.max(MIB, Math.round(totalBytes / 4)));
  // Warm-up text comes from another seed, so neither side has seen the measured text before.
  const warmSeed = (options.seed ^ 0x5bd1e995) >>> 0;

  const extract: Work = (doc) => [extractClaims(doc).length, 0];
  const split: Work = (doc) => [splitSentences(doc.text).length, 0];

  log(`warming up extractClaims on ${(warmBytes / MIB).toFixed(0)} MiB…`);
  for (const block of blocks(warmSeed, warmBytes, BLOCK)) {
    new Tally().run(block, extract);
    new Tally().run(block, split);
  }
  // The extractor keeps nothing between documents, so this is its footprint before wink-nlp is loaded.
  const extractRss = peakRssMb();

  const nlp = winkNLP(model, ['sbd']);
  const wink: Work = (doc) => {
    const read = nlp.readDoc(doc.text);
    return [read.sentences().out().length, read.tokens().length()];
  };
  log(`warming up wink-nlp on ${(warmBytes / MIB).toFixed(0)} MiB…`);
  for (const block of blocks(warmSeed, warmBytes, BLOCK)) new Tally().run(block, wink);

  const ours = new Tally();
  const splitter = new Tally();
  const reference = new Tally();
  let n = 0;
  for (const block of blocks(options.seed, totalBytes, BLOCK)) {
    if (n++ % 2 === 0) {
      ours.run(block, extract);
      reference.run(block, wink);
    } else {
      reference.run(block, wink);
      ours.run(block, extract);
    }
    splitter.run(block, split);
    if (n % 8 === 0) log(`  ${n} MiB: extractClaims ${ours.mbPerSecond.toFixed(2)} MiB/s, wink-nlp ${reference.mbPerSecond.toFixed(2)} MiB/s`);
  }

  if (options.extractOnly) {
    const figures = {
      extract_mb_s: round(ours.mbPerSecond),
      reference_mb_s: round(reference.mbPerSecond),
      ratio: round(ours.mbPerSecond / reference.mbPerSecond, 3),
      claims: ours.items,
      corpus_mb: round(ours.bytes / MIB),
      node: process.version,
      date: new Date().toISOString(),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }

  // Reconcile: 100k generated claims, and 1M unless --quick.
  const reconcileSizes = options.mb <= 8 ? [100_000] : [100_000, 1_000_000];
  const reconciled = new Map<number, ReconcileRun>();
  for (const size of reconcileSizes) {
    log(`reconciling ${size.toLocaleString('en-US')} generated claims…`);
    reconciled.set(size, reconcileInChild(size, options.seed));
  }
  const r100k = reconciled.get(100_000);
  const r1m = reconciled.get(1_000_000);

  // The API: a claims page from a store of 100k claims (10k with --quick).
  const apiClaims = options.mb <= 8 ? 10_000 : 100_000;
  log(`filling a store with ${apiClaims.toLocaleString('en-US')} claims and timing /api/claims pages…`);
  const api = await timeClaimsPages(apiClaims, 400);

  const quick = options.mb <= 8;
  const ingest = await benchIngest({ storeDocs: quick ? 1000 : 10_000, pipelineMb: quick ? 2 : 32, streamMb: quick ? 8 : 1024 }, log);
  const byWorkers = (n: number) => ingest.pipelines.find((run) => run.workers === n) ?? null;
  const allCores = ingest.pipelines[ingest.pipelines.length - 1];

  const corpusMb = ours.bytes / MIB;
  const result = {
    extract_mb_s: round(ours.mbPerSecond),
    extract_docs_s: round(ours.docsPerSecond, 1),
    reference_mb_s: round(reference.mbPerSecond),
    reference_docs_s: round(reference.docsPerSecond, 1),
    ratio: round(ours.mbPerSecond / reference.mbPerSecond, 3),
    claims_per_mb: round(ours.items / corpusMb, 1),
    claims: ours.items,
    split_mb_s: round(splitter.mbPerSecond),
    corpus_mb: round(corpusMb),
    documents: ours.docs,
    sentences_per_mb: round(splitter.items / corpusMb, 1),
    reference_sentences_per_mb: round(reference.items / corpusMb, 1),
    reference_tokens_per_mb: round(reference.items2 / corpusMb, 1),
    extract_seconds: round(ours.seconds, 3),
    reference_seconds: round(reference.seconds, 3),
    extract_peak_rss_mb: round(extractRss, 1),
    reconcile_100k_claims_s: r100k ? round(r100k.seconds, 2) : null,
    reconcile_1m_claims_s: r1m ? round(r1m.seconds, 2) : null,
    reconcile_100k_relations: r100k?.relations ?? null,
    reconcile_1m_relations: r1m?.relations ?? null,
    reconcile_100k_peak_rss_mb: r100k ? round(r100k.peak_rss_mb, 1) : null,
    reconcile_1m_peak_rss_mb: r1m ? round(r1m.peak_rss_mb, 1) : null,
    ingest_docs_s: round(ingest.store.docs_s, 1),
    ingest_documents: ingest.store.documents,
    ingest_workers_1_docs_s: round(byWorkers(1)?.docs_s ?? NaN, 1),
    ingest_workers_1_mb_s: round(byWorkers(1)?.mb_s ?? NaN),
    ingest_workers_2_docs_s: round(byWorkers(2)?.docs_s ?? NaN, 1),
    ingest_workers_2_mb_s: round(byWorkers(2)?.mb_s ?? NaN),
    ingest_workers_all: allCores?.workers ?? null,
    ingest_workers_all_docs_s: round(allCores?.docs_s ?? NaN, 1),
    ingest_workers_all_mb_s: round(allCores?.mb_s ?? NaN),
    // Each end-to-end throughput as a ratio to the reference's MiB/s on the same kind of text.
    ingest_workers_1_ratio: round((byWorkers(1)?.mb_s ?? NaN) / reference.mbPerSecond, 3),
    ingest_workers_2_ratio: round((byWorkers(2)?.mb_s ?? NaN) / reference.mbPerSecond, 3),
    ingest_workers_all_ratio: round((allCores?.mb_s ?? NaN) / reference.mbPerSecond, 3),
    ingest_workers_peak_rss_mb: round(Math.max(...ingest.pipelines.map((run) => run.peak_rss_mb)), 1),
    ingest_pipeline_mb: round(ingest.pipelines[0]?.mb ?? 0),
    stream_mb: ingest.stream.mb,
    stream_documents: ingest.stream.documents,
    stream_1gb_docs_s: round(ingest.stream.docs_s, 1),
    stream_1gb_mb_s: round(ingest.stream.mb_s),
    stream_1gb_peak_rss_mb: round(ingest.stream.peak_rss_mb, 1),
    stream_1gb_ratio: round(ingest.stream.mb_s / reference.mbPerSecond, 3),
    stream_workers: ingest.stream.workers,
    api_fill_docs_s: round(api.documents / api.fill_seconds, 1),
    api_claims: api.claims,
    api_claims_page_p50_ms: round(api.p50_ms, 2),
    api_claims_page_p99_ms: round(api.p99_ms, 2),
    api_claims_first_page_p50_ms: round(api.first_page_p50_ms, 2),
    peak_rss_mb: round(peakRssMb(), 1),
    seed: options.seed,
    warmup_mb: round(warmBytes / MIB),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    date: new Date().toISOString(),
  };

  if (options.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const rows: [string, string][] = [
    ['corpus', `${result.corpus_mb} MiB, ${result.documents} documents (seed ${result.seed})`],
    ['extractClaims', `${result.extract_mb_s} MiB/s, ${result.extract_docs_s} docs/s (${result.extract_seconds} s)`],
    ['  claims', `${result.claims} (${result.claims_per_mb} per MiB)`],
    ['splitSentences alone', `${result.split_mb_s} MiB/s (${result.sentences_per_mb} sentences per MiB)`],
    ['wink-nlp tokens+sbd', `${result.reference_mb_s} MiB/s, ${result.reference_docs_s} docs/s (${result.reference_seconds} s)`],
    ['ratio extract/wink', `${result.ratio}${result.ratio >= 1 ? '  (not slower: OK)' : '  (SLOWER than the reference)'}`],
    ['reconcile 100k claims', r100k ? `${result.reconcile_100k_claims_s} s (${r100k.figures} figures, ${r100k.relations} relations, peak RSS ${result.reconcile_100k_peak_rss_mb} MB)` : '—'],
    ['reconcile 1M claims', r1m ? `${result.reconcile_1m_claims_s} s (${r1m.figures} figures, ${r1m.relations} relations, peak RSS ${result.reconcile_1m_peak_rss_mb} MB)` : 'not measured with --quick'],
    ['ingest: SQLite writes', `${result.ingest_docs_s} docs/s (the store write path alone: ${result.ingest_documents} documents prepared beforehand, written in batches of 256 per transaction)`],
    ...ingest.pipelines.map((run): [string, string] => [
      `ingest --workers ${run.workers}`,
      `${round(run.docs_s, 1)} docs/s, ${round(run.mb_s)} MiB/s end to end, ×${round(run.mb_s / reference.mbPerSecond, 3)} the reference (${round(run.mb)} MiB NDJSON file, ${run.documents} documents; peak RSS ${round(run.peak_rss_mb, 1)} MB)`,
    ]),
    [
      `stream ${ingest.stream.mb >= 1024 ? `${ingest.stream.mb / 1024} GiB` : `${ingest.stream.mb} MiB`}`,
      `${result.stream_1gb_docs_s} docs/s, ${result.stream_1gb_mb_s} MiB/s (×${result.stream_1gb_ratio} the reference), peak RSS ${result.stream_1gb_peak_rss_mb} MB (NDJSON generated on the fly into ingest - --workers ${ingest.stream.workers}, ${ingest.stream.documents} documents${quick ? '; 8 MiB with --quick, 1 GiB without' : ''})`,
    ],
    ['API store fill', `${result.api_fill_docs_s} docs/s (extraction included, one core, one transaction per document)`],
    ['API claims page', `p50 ${result.api_claims_page_p50_ms} ms, p99 ${result.api_claims_page_p99_ms} ms on ${api.claims} claims (first page of a new filter, with its total: p50 ${result.api_claims_first_page_p50_ms} ms)`],
    ['peak RSS', `${result.peak_rss_mb} MB for the whole run (${result.extract_peak_rss_mb} MB after the extractor's warm-up, before wink-nlp was loaded)`],
    ['machine', `${result.cpu}, ${result.cores} cores, Node ${result.node}`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
}

await main();
