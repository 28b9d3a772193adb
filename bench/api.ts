/**
 * API benchmark: latency of a claims page from `corroborate serve` over a
 * SQLite store of about 100k claims.
 *
 * The store is filled the way `ingest` fills it (the generated news corpus of
 * bench/corpus.ts, extracted and stored document by document), then the real
 * server is started on an ephemeral loopback port and asked, one request at
 * a time, for pages of /api/claims: the first page, pages deep into the
 * list (following `next` cursors), and filtered pages (outcome, a word of
 * text, a date range), each listing opened once before timing; and, apart,
 * the first page of eight text searches not asked before, which also count
 * their totals. Only the requests are timed; filling the store is not.
 *
 *   node --import tsx bench/api.ts [--claims N] [--requests N] [--json]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDocument } from '../dist/ingest/prepare.js';
import { startServer } from '../dist/server/start.js';
import { openStore } from '../dist/store/open.js';
import { generateDocuments } from './corpus.js';

export interface ApiTiming {
  claims: number;
  requests: number;
  /** Pages of a listing already opened (its total is remembered until the store changes). */
  p50_ms: number;
  p99_ms: number;
  /** The first page of each filter, which also counts the filter's total. */
  first_page_p50_ms: number;
  fill_seconds: number;
  /** Documents the fill stored: prepared (extraction included) and written one transaction each, as `ingest` does. */
  documents: number;
}

const SEED = 20240601;
/** Enough text for the wanted claims at the corpus's density (about 2,000 claims per MiB), with room to spare. */
const BYTES_PER_CLAIM = 600;

/** Fills a new SQLite store at `path` with at least `wanted` claims from the generated corpus, document by document as `ingest` stores them. */
export async function fillStore(path: string, wanted: number): Promise<{ claims: number; documents: number }> {
  const store = await openStore(path);
  let claims = 0;
  let documents = 0;
  try {
    for (const doc of generateDocuments(SEED, wanted * BYTES_PER_CLAIM)) {
      if (claims >= wanted) break;
      const bytes = Buffer.from(doc.text);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const source = { name: `${doc.id}.txt`, bytes, contentType: 'text/plain', url: null, retrieved: doc.published };
      const draft = { url: null, title: null, publisher: `Outlet ${doc.id.slice(-2)}`, published: doc.published, lang: 'en', kind: 'article' as const, text: doc.text, meta: {} };
      const prepared = prepareDocument(draft, source, sha);
      if (!prepared) continue;
      const outcome = await store.ingestDocument(prepared);
      if (outcome.status === 'added') {
        claims += prepared.claims.length;
        documents++;
      }
    }
  } finally {
    await store.close();
  }
  return { claims, documents };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function timeClaimsPages(wantedClaims: number, requests: number): Promise<ApiTiming> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-api-bench-'));
  try {
    const path = join(dir, 'bench.db');
    const filling = process.hrtime.bigint();
    const { claims, documents } = await fillStore(path, wantedClaims);
    const fillSeconds = Number(process.hrtime.bigint() - filling) / 1e9;
    const store = await openStore(path);
    const server = await startServer({ store, host: '127.0.0.1', port: 0 });
    try {
      const pages = ['api/claims?limit=50', 'api/claims?limit=50&outcome=killed', 'api/claims?limit=50&q=officials', 'api/claims?limit=50&from=2024-01-01&to=2024-06-30'];
      const cursors: string[] = [];
      // Cursors deep into the list, found by walking it once (not timed).
      let next: string | null = null;
      for (let page = 0; page < 40; page++) {
        const body = (await (await fetch(`${server.url}api/claims?limit=50${next ? `&cursor=${encodeURIComponent(next)}` : ''}`)).json()) as { next: string | null };
        next = body.next;
        if (!next) break;
        if (page % 8 === 7) cursors.push(next);
      }
      const paths = [...pages, ...cursors.map((cursor) => `api/claims?limit=50&cursor=${encodeURIComponent(cursor)}`)];
      // First pages of filters not asked before: each counts its total.
      const firstPages: number[] = [];
      for (const word of ['killed', 'wounded', 'soldiers', 'civilians', 'said', 'ministry', 'police', 'region']) {
        const started = process.hrtime.bigint();
        await (await fetch(`${server.url}api/claims?limit=50&q=${word}`)).arrayBuffer();
        firstPages.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      firstPages.sort((a, b) => a - b);
      for (const path of paths) await (await fetch(`${server.url}${path}`)).arrayBuffer();
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const started = process.hrtime.bigint();
        const response = await fetch(`${server.url}${paths[i % paths.length]}`);
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`bench: ${paths[i % paths.length]} answered ${response.status}`);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      return { claims, requests, p50_ms: percentile(times, 50), p99_ms: percentile(times, 99), first_page_p50_ms: percentile(firstPages, 50), fill_seconds: fillSeconds, documents };
    } finally {
      await server.close();
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argument = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const timing = await timeClaimsPages(argument('--claims', 100_000), argument('--requests', 400));
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}
