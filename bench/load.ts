/**
 * Load test: `npm run load`.
 *
 * Fills a SQLite store with about 100k claims as bench/api.ts does (or reuses
 * one with --store), serves a copy of it with the real `corroborate serve`
 * in a child process (loopback, with a token that the writes carry), and runs
 * bench/mixed-load.ts against it: reads of the board, figures, claim and
 * document details, claims pages with filters and the UI's files on some
 * connections, ingests of new pasted texts on others, for --seconds. Then it
 * checks that every document an ingest was answered for is in the store.
 * Exits 1 on any connection error, timeout, status other than 2xx or
 * document lost. A figure answered 404 is no failure when the board of the
 * store after the load does not have it either: ingests move claims from
 * figure to figure (see LoadReport.figuresNotFound).
 *
 *   --seconds N            length of the load (default 60)
 *   --claims N             size of the store to fill (default 100000)
 *   --store FILE           the store to serve a copy of: filled first if it does not exist, kept afterwards
 *   --connections N        read connections (default 8)
 *   --write-connections N  ingest connections (default 1)
 *   --timeout S            seconds before a request counts as timed out (default 10)
 *   --reads KIND,…         kinds of reads (default all: board,figure,claim,claims,document,static)
 *   --json                 print one JSON object and nothing else
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillStore } from './api.js';
import { READ_KINDS, clean, figuresGone, missingDocuments, runLoad, startServeProcess, type LoadReport, type ReadKind } from './mixed-load.js';

/** Another seed than the store's, so that the ingested texts are new. */
const WRITE_SEED = 7;

interface Options {
  seconds: number;
  claims: number;
  store: string | null;
  connections: number;
  writeConnections: number;
  timeout: number;
  reads: ReadKind[];
  json: boolean;
}

const USAGE = 'usage: node --import tsx bench/load.ts [--seconds N] [--claims N] [--store FILE] [--connections N] [--write-connections N] [--timeout S] [--reads KIND,…] [--json]\n';

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { seconds: 60, claims: 100_000, store: null, connections: 8, writeConnections: 1, timeout: 10, reads: [...READ_KINDS], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const text = (): string => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`load: ${arg} needs a value`);
      return value;
    };
    const count = (): number => {
      const n = Number(text());
      if (!Number.isInteger(n) || n <= 0) throw new Error(`load: ${arg} needs a positive whole number`);
      return n;
    };
    if (arg === '--seconds') options.seconds = count();
    else if (arg === '--claims') options.claims = count();
    else if (arg === '--store') options.store = text();
    else if (arg === '--connections') options.connections = count();
    else if (arg === '--write-connections') options.writeConnections = count();
    else if (arg === '--timeout') options.timeout = count();
    else if (arg === '--reads') options.reads = text().split(',').map(readKind);
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`load: unknown argument ${arg}\n${USAGE}`);
  }
  return options;
}

function readKind(name: string): ReadKind {
  if ((READ_KINDS as readonly string[]).includes(name)) return name as ReadKind;
  throw new Error(`load: --reads: no kind ${name} (kinds: ${READ_KINDS.join(', ')})`);
}

const log = (options: Options, message: string) => {
  if (!options.json) process.stderr.write(`${message}\n`);
};

/** The store to copy: --store as it is, or filled now (into --store, or a temporary file). */
async function baseStore(options: Options, dir: string): Promise<string> {
  const path = options.store ?? join(dir, 'base.db');
  if (options.store && existsSync(path)) return path;
  log(options, `filling ${path} with ${options.claims.toLocaleString('en-US')} claims (about 1 s per 1,000 on one core)…`);
  const filled = await fillStore(path, options.claims);
  log(options, `${filled.claims} claims in ${filled.documents} documents`);
  return path;
}

function servedCopy(base: string, dir: string): string {
  const copy = join(dir, 'served.db');
  copyFileSync(base, copy);
  if (existsSync(`${base}-wal`)) copyFileSync(`${base}-wal`, `${copy}-wal`);
  return copy;
}

function printReport(report: LoadReport, extra: { claims: number; lost: number; peakRss: number | null; figuresGone: number }): void {
  const side = (name: string, s: LoadReport['reads']) =>
    `${name.padEnd(7)} ${String(s.requests).padStart(7)} requests on ${s.connections} connections, ${s.requests_per_s}/s, ` +
    `p50 ${s.p50_ms} ms, p97.5 ${s.p97_5_ms} ms, p99 ${s.p99_ms} ms, max ${s.max_ms} ms; ` +
    `errors ${s.errors}, timeouts ${s.timeouts}, non-2xx ${s.non2xx}${Object.keys(s.statuses).length ? ` ${JSON.stringify(s.statuses)}` : ''}`;
  const lines = [
    `${report.seconds} s on a store of ${extra.claims.toLocaleString('en-US')} claims:`,
    side('reads', report.reads),
    side('ingests', report.writes),
    `writes ${Math.round(report.write_share * 100)} % of requests; ${report.ingested.length} documents added, ${extra.lost} lost; server peak RSS ${extra.peakRss ?? '?'} MB`,
    'by kind (ms from request built to response):',
    ...Object.entries(report.kinds).map(([kind, k]) => `  ${kind.padEnd(9)} ${String(k.requests).padStart(7)}  p50 ${k.p50_ms}  p97.5 ${k.p97_5_ms}  p99 ${k.p99_ms}  max ${k.max_ms}`),
    ...report.ingestProblems.slice(0, 5).map((problem) => `ingest problem: ${problem}`),
    ...(report.figuresNotFound.length
      ? [`figures answered 404: ${report.figuresNotFound.length}, of which ${extra.figuresGone} for figures the final board no longer has (right answers: ingests moved their claims to other figures)`]
      : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-load-'));
  try {
    const served = servedCopy(await baseStore(options, dir), dir);
    const token = randomBytes(24).toString('hex');
    const server = await startServeProcess(served, token);
    let run: { report: LoadReport; claims: number; lost: number; peakRss: number | null };
    try {
      const stats = async () => (await (await fetch(new URL('/api/stats', server.url))).json()) as { documents: number; claims: number };
      const before = await stats();
      const warmUp = options.reads.includes('board') || options.reads.includes('figure') ? 'asking for the board once (reconciling the store), then ' : '';
      log(options, `serving ${before.claims} claims at ${server.url} (pid ${server.pid}); ${warmUp}${options.seconds} s of load…`);
      const report = await runLoad({
        url: server.url,
        token,
        seconds: options.seconds,
        readConnections: options.connections,
        writeConnections: options.writeConnections,
        timeoutSeconds: options.timeout,
        reads: options.reads,
        writeSeed: WRITE_SEED,
      });
      run = { report, claims: before.claims, lost: (await missingDocuments(server.url, report.ingested)).length, peakRss: await server.peakRssMb() };
    } finally {
      await server.stop();
    }
    if (run.report.figuresNotFound.length) log(options, `checking the ${run.report.figuresNotFound.length} figures answered 404 against the final board (reconciling the store)…`);
    const gone = await figuresGone(served, run.report);
    const figuresGoneAnswers = run.report.figuresNotFound.filter((id) => gone.has(id)).length;
    if (options.json) {
      const { ingested, ...rest } = run.report;
      const extra = { claims: run.claims, documents_added: ingested.length, documents_lost: run.lost, figures_gone: figuresGoneAnswers, server_peak_rss_mb: run.peakRss };
      process.stdout.write(`${JSON.stringify({ ...rest, ...extra })}\n`);
    } else printReport(run.report, { ...run, figuresGone: figuresGoneAnswers });
    return clean(run.report, gone) && run.lost === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 2;
}
