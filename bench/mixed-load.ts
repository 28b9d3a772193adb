/**
 * A mixed load against `corroborate serve` with autocannon: reads of what
 * the web UI asks for (the board, figures, claim and document details, pages
 * of claims with filters, the UI's own files) on some connections and ingests
 * of pasted text (POST /api/sources, a new document each time) on others, at
 * once. Reads and writes are two autocannon instances running side by side,
 * so each has its own latency histogram; each request is also timed by kind
 * (from when autocannon builds it to its response), which tells a slow board
 * from a fast claims page.
 *
 * bench/load.ts runs it for `npm run load`; test/server/load.test.ts runs a
 * few seconds of it in the test suite.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { ClaimPage, IngestResponse } from '../src/contracts/api.js';
import type { Board } from '../src/contracts/board.js';
import { reconcile } from '../src/reconcile/board.js';
import { openStore } from '../src/store/open.js';
import { generateDocuments } from './corpus.js';

export const READ_KINDS = ['board', 'figure', 'claim', 'claims', 'document', 'static'] as const;
export type ReadKind = (typeof READ_KINDS)[number];

/** Of every 13 reads, how many of each kind: the board is the UI's first page, claims pages and details what it asks for most. */
const READ_WEIGHTS: Record<ReadKind, number> = { board: 1, figure: 2, claim: 2, claims: 4, document: 2, static: 2 };
/** Distinct paths of each kind asked for: figures, claims and documents spread over the store. */
const PATHS_PER_KIND = 40;

const BIN = fileURLToPath(new URL('../bin/corroborate.js', import.meta.url));
const FIGURE_PATH = '/api/figures/';

export interface ServeProcess {
  url: string;
  pid: number;
  /** Peak resident memory of the server so far in MB (Linux; null elsewhere). */
  peakRssMb(): Promise<number | null>;
  /** Stops the server (SIGTERM) and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Starts the real `corroborate serve` on a free loopback port over `db`; writes need `token`. */
export function startServeProcess(db: string, token: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, CORROBORATE_TOKEN: token, CORROBORATE_DB: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const url = / at (http:\/\/\S+)/.exec(stdout)?.[1];
      if (!url) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url,
        pid: child.pid!,
        peakRssMb: () => peakRssMb(child.pid!),
        stop: () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`corroborate serve exited (${code}) before listening: ${stderr.trim()}`)));
  });
}

async function peakRssMb(pid: number): Promise<number | null> {
  try {
    const { readFile } = await import('node:fs/promises');
    const kb = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`load: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** Every `step`-th element, for ids spread over a list rather than its head. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * The paths each kind of read asks for, found by asking the server (not
 * timed). Asking for the board here also has the server reconcile the store
 * once before the load starts.
 */
export async function readPaths(url: string, kinds: readonly ReadKind[]): Promise<Record<ReadKind, string[]>> {
  const api = (path: string) => new URL(path, url).href;
  const claims: ClaimPage['claims'] = [];
  const cursors: string[] = [];
  let next: string | null = null;
  for (let page = 0; page < 20; page++) {
    const body: ClaimPage = await getJson<ClaimPage>(api(`/api/claims?limit=200${next ? `&cursor=${encodeURIComponent(next)}` : ''}`));
    claims.push(...body.claims);
    next = body.next;
    if (!next) break;
    if (page % 4 === 3) cursors.push(next);
  }
  const wantsBoard = kinds.includes('board') || kinds.includes('figure');
  const board = wantsBoard ? await getJson<Board>(api('/api/board')) : null;
  const index = await (await fetch(api('/'))).text();
  const assets = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  const documents = [...new Set(claims.map((claim) => claim.doc))];
  const publisher = claims.find((claim) => claim.publisher)?.publisher;
  const published = claims.map((claim) => claim.published).filter((date): date is string => date !== null).sort();
  const midYear = published[published.length >> 1]?.slice(0, 7);
  return {
    board: ['/api/board'],
    figure: spread(board?.figures ?? [], PATHS_PER_KIND).map((figure) => `${FIGURE_PATH}${encodeURIComponent(figure.id)}`),
    claim: spread(claims, PATHS_PER_KIND).map((claim) => `/api/claims/${encodeURIComponent(claim.id)}`),
    claims: [
      '/api/claims?limit=50',
      '/api/claims?limit=50&outcome=killed',
      '/api/claims?limit=50&outcome=wounded',
      '/api/claims?limit=50&q=officials',
      '/api/claims?limit=50&stance=confirmed',
      ...(publisher ? [`/api/claims?limit=50&publisher=${encodeURIComponent(publisher)}`] : []),
      ...(midYear ? [`/api/claims?limit=50&from=${midYear}-01&to=${midYear}-28`] : []),
      ...cursors.map((cursor) => `/api/claims?limit=50&cursor=${encodeURIComponent(cursor)}`),
    ],
    document: ['/api/documents?limit=20', ...spread(documents, PATHS_PER_KIND).map((id) => `/api/documents/${encodeURIComponent(id)}`)],
    static: ['/', '/claims', ...assets],
  };
}

/** The read paths in a fixed order that mixes the kinds by READ_WEIGHTS; connections take them in turn. */
export function readSchedule(paths: Record<ReadKind, string[]>, kinds: readonly ReadKind[]): Array<{ kind: ReadKind; path: string }> {
  const schedule: Array<{ kind: ReadKind; path: string }> = [];
  const used = kinds.filter((kind) => paths[kind].length > 0);
  const rounds = Math.max(...used.map((kind) => Math.ceil(paths[kind].length / READ_WEIGHTS[kind])), 1);
  const taken = Object.fromEntries(used.map((kind) => [kind, 0])) as Record<ReadKind, number>;
  for (let round = 0; round < rounds; round++) {
    for (const kind of used) {
      for (let i = 0; i < READ_WEIGHTS[kind]; i++) schedule.push({ kind, path: paths[kind][taken[kind]++ % paths[kind].length]! });
    }
  }
  return schedule;
}

export interface LoadOptions {
  url: string;
  token: string;
  seconds: number;
  readConnections: number;
  writeConnections: number;
  /** Seconds autocannon waits for a response before counting a timeout. */
  timeoutSeconds: number;
  reads: readonly ReadKind[];
  /** Seed of the generated texts ingested (another than the store's, so that they are new documents). */
  writeSeed: number;
}

export interface LatencySummary {
  requests: number;
  p50_ms: number;
  p97_5_ms: number;
  p99_ms: number;
  max_ms: number;
}

export interface SideReport extends LatencySummary {
  connections: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests_per_s: number;
  /** Response bytes per second. */
  bytes_per_s: number;
  /** Statuses other than 2xx, by code. */
  statuses: Record<string, number>;
}

export interface LoadReport {
  seconds: number;
  reads: SideReport;
  writes: SideReport;
  /** Share of writes among all requests answered. */
  write_share: number;
  /** Each kind of read (and `ingest`), timed from when autocannon builds the request to its response. */
  kinds: Record<string, LatencySummary>;
  /** Documents the ingests answered as added, in answer order. */
  ingested: string[];
  /** Ingest results other than `added` (`exists`, `failed`), with their error. */
  ingestProblems: string[];
  /**
   * Figures read that the server answered 404, one entry per answer. Figure ids come from the board as
   * it was before the load, and reconcile places a claim anew as claims arrive (its period or place may
   * join another's), so a figure can leave the board: about 6 % of them after 600 ingests into 100k
   * claims, most of them figures of one claim. See figuresGone.
   */
  figuresNotFound: string[];
  /**
   * For each answer of figuresNotFound, the ingests answered when it was asked for and, with those under
   * way, when it came back: the store it was made from held no more than the documents of the second.
   */
  figuresNotFoundWhen: Array<[number, number]>;
}

/** Times of requests by kind, from autocannon's setupRequest to its onResponse. */
class KindTimes {
  private readonly times = new Map<string, number[]>();
  add(kind: string, ms: number): void {
    let list = this.times.get(kind);
    if (!list) this.times.set(kind, (list = []));
    list.push(ms);
  }
  summaries(): Record<string, LatencySummary> {
    return Object.fromEntries([...this.times].map(([kind, list]) => [kind, summarise(list)]));
  }
}

function summarise(times: number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);
  return { requests: sorted.length, p50_ms: at(50), p97_5_ms: at(97.5), p99_ms: at(99), max_ms: round(sorted[sorted.length - 1] ?? NaN) };
}

const round = (n: number) => Math.round(n * 100) / 100;

interface Timed {
  kind?: string;
  path?: string;
  started?: number;
  /** Ingests answered when the request was sent. */
  ingestedAtSend?: number;
}

/** Runs reads and ingests side by side for `seconds` and reports both. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const schedule = readSchedule(await readPaths(options.url, options.reads), options.reads);
  const kinds = new KindTimes();
  const figuresNotFound: string[] = [];
  const figuresNotFoundWhen: Array<[number, number]> = [];
  const ingested: string[] = [];
  let nextRead = 0;
  const reads = autocannon({
    url: options.url,
    connections: options.readConnections,
    duration: options.seconds,
    timeout: options.timeoutSeconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request, context: Timed) => {
          const { kind, path } = schedule[nextRead++ % schedule.length]!;
          Object.assign(context, { kind, path, started: performance.now(), ingestedAtSend: ingested.length });
          return { ...request, path };
        },
        onResponse: (status, _body, context: Timed) => {
          kinds.add(context.kind!, performance.now() - context.started!);
          if (status === 404 && context.kind === 'figure') {
            figuresNotFound.push(decodeURIComponent(context.path!.slice(FIGURE_PATH.length)));
            figuresNotFoundWhen.push([context.ingestedAtSend ?? 0, ingested.length + options.writeConnections]);
          }
        },
      },
    ],
  });

  const texts = generateDocuments(options.writeSeed, Number.POSITIVE_INFINITY);
  const run = `${process.pid}-${Date.now().toString(36)}`;
  let written = 0;
  const ingestProblems: string[] = [];
  const writes = autocannon({
    url: options.url,
    connections: options.writeConnections,
    duration: options.seconds,
    timeout: options.timeoutSeconds,
    requests: [
      {
        method: 'POST',
        path: '/api/sources',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        setupRequest: (request, context: Timed) => {
          const doc = texts.next().value!;
          const n = ++written;
          // The marker makes every text new even where the generator repeats itself.
          const text = `${doc.text}\n\n(Load test ${run}, document ${n}.)`;
          Object.assign(context, { kind: 'ingest', started: performance.now() });
          return { ...request, body: JSON.stringify({ text, title: `Load test ${n}`, publisher: `Load Outlet ${n % 7}`, published: doc.published }) };
        },
        onResponse: (status, body, context: Timed) => {
          kinds.add('ingest', performance.now() - context.started!);
          if (status !== 200) return;
          for (const result of (JSON.parse(body) as IngestResponse).results) {
            if (result.status === 'added' && result.document) ingested.push(result.document);
            else ingestProblems.push(`${result.status}: ${result.error ?? result.document}`);
          }
        },
      },
    ],
  });

  const [readResult, writeResult] = await Promise.all([reads, writes]);
  const side = (result: autocannon.Result, connections: number): SideReport => ({
    connections,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    requests_per_s: round(result.requests.average),
    bytes_per_s: Math.round(result.throughput.average),
    p50_ms: result.latency.p50,
    p97_5_ms: result.latency.p97_5,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {})
        .filter(([code]) => !code.startsWith('2'))
        .map(([code, stats]) => [code, stats.count ?? 0]),
    ),
  });
  const readReport = side(readResult, options.readConnections);
  const writeReport = side(writeResult, options.writeConnections);
  return {
    seconds: options.seconds,
    reads: readReport,
    writes: writeReport,
    write_share: round(writeReport.requests / Math.max(1, readReport.requests + writeReport.requests)),
    kinds: kinds.summaries(),
    ingested,
    ingestProblems,
    figuresNotFound,
    figuresNotFoundWhen,
  };
}

/** Documents the server answered as added that it no longer has (checked one by one after the load). */
export async function missingDocuments(url: string, ids: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const id of ids) {
    const response = await fetch(new URL(`/api/documents/${encodeURIComponent(id)}`, url));
    await response.arrayBuffer();
    if (response.status !== 200) missing.push(id);
  }
  return missing;
}

/**
 * The figures answered 404 during the load whose answers were right: the board of the store as it is now
 * (after the load, reconciled here) does not have them either, or, when the documents stored before the
 * load are given (`before`), the board of the documents the store held when the answer was made does not
 * (replayed over the ingests in answer order, for every prefix the answer could have seen: up to the ingests
 * under way when it came back, and back to the start, as a board made earlier may answer while writes
 * stream in). A board is no
 * monotone function of its documents: a figure can leave it as claims arrive and come back later, so the
 * final board alone would call a right answer wrong. A figure answered 404 that no such board lacks is a
 * wrong answer, and counts as a failure.
 */
export async function figuresGone(db: string, report: LoadReport, before?: ReadonlySet<string>): Promise<Set<string>> {
  if (report.figuresNotFound.length === 0) return new Set();
  const store = await openStore(db, { migrate: false });
  try {
    const input = await store.listSourcedClaims({});
    const onBoard = new Set(reconcile(input).figures.map((figure) => figure.id));
    const gone = new Set<string>();
    const boards = new Map<number, Set<string>>();
    const figuresAfter = (prefix: number): Set<string> => {
      let ids = boards.get(prefix);
      if (!ids) {
        const kept = new Set(report.ingested.slice(0, prefix));
        ids = new Set(reconcile(input.filter(({ claim }) => before!.has(claim.doc) || kept.has(claim.doc))).figures.map((figure) => figure.id));
        boards.set(prefix, ids);
      }
      return ids;
    };
    report.figuresNotFound.forEach((id, i) => {
      if (!onBoard.has(id)) gone.add(id);
      else if (before && report.figuresNotFoundWhen[i]) {
        // A board made before the request may answer it while writes stream in (board-service.ts's freshness rule): any earlier prefix could have been seen.
        const to = report.figuresNotFoundWhen[i][1];
        for (let prefix = Math.min(to, report.ingested.length); prefix >= 0; prefix--) {
          if (!figuresAfter(prefix).has(id)) {
            gone.add(id);
            break;
          }
        }
      }
    });
    return gone;
  } finally {
    await store.close();
  }
}

/**
 * Whether the run had no connection error, no timeout and no status other than 2xx, but for 404s of
 * figures that have left the board (`gone`, from figuresGone).
 */
export function clean(report: LoadReport, gone: ReadonlySet<string> = new Set()): boolean {
  const reads = { ...report.reads, non2xx: report.reads.non2xx - report.figuresNotFound.filter((id) => gone.has(id)).length };
  return [reads, report.writes].every((side) => side.errors === 0 && side.timeouts === 0 && side.non2xx === 0) && report.ingestProblems.length === 0;
}
