import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { test } from 'node:test';
import type { ClaimDetail, ClaimPage, ClaimRow, DocumentDetail, DocumentSummary, FigureTimeline, IngestResponse, RelationView, ReviewEntry } from '../../src/contracts/api.js';
import type { Board } from '../../src/contracts/board.js';
import type { StoreStats } from '../../src/store/store.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { CONTENT_SECURITY_POLICY } from '../../src/server/middleware.js';
import { demoServer, getJson, postJson, type DemoServer } from './support.js';

// At the top level: hooks registered inside before() would close the server as soon as before() ends.
const demo: DemoServer = await demoServer();

async function allClaims(query: string, limit: number): Promise<{ claims: ClaimRow[]; totals: Set<number>; pages: number }> {
  const claims: ClaimRow[] = [];
  const totals = new Set<number>();
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: ClaimPage = await getJson<ClaimPage>(demo.url(`/api/claims?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`));
    assert.ok(page.claims.length <= limit);
    claims.push(...page.claims);
    totals.add(page.total);
    cursor = page.next;
    pages++;
  } while (cursor);
  return { claims, totals, pages };
}

test('the read endpoints answer in the contract’s shapes, with the security headers', async () => {
  const health = await fetch(demo.url('/api/health'));
  assert.equal(health.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal(health.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(health.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(((await health.json()) as { ok: boolean }).ok, true);

  const stats = await getJson<StoreStats>(demo.url('/api/stats'));
  assert.equal(stats.schemaVersion, 3);
  assert.ok(stats.claims > 50);

  const board = await getJson<Board>(demo.url('/api/board'));
  assert.ok(board.figures.length > 3);
  const killed = await getJson<Board>(demo.url('/api/board?outcome=killed&subject=KP'));
  assert.ok(killed.figures.length > 0 && killed.figures.every((f) => f.outcome === 'killed'));

  const figure = board.figures[0]!;
  const timeline = await getJson<FigureTimeline>(demo.url(`/api/figures/${figure.id}`));
  assert.deepEqual(timeline.claims.map((c) => c.id), figure.claims);
  assert.equal((await fetch(demo.url('/api/figures/f_nope'))).status, 404);

  const relations = await getJson<RelationView[]>(demo.url('/api/relations?verdict=conflict'));
  assert.ok(relations.length > 0 && relations.every((r) => r.verdict === 'conflict' && r.claims.a.id === r.a && r.claims.b.id === r.b));
  assert.equal((await fetch(demo.url('/api/relations?verdict=bogus'))).status, 400);

  const documents = await getJson<DocumentSummary[]>(demo.url('/api/documents?limit=5'));
  assert.equal(documents.length, 5);
  const withClaims = (await getJson<DocumentSummary[]>(demo.url('/api/documents'))).find((d) => d.claims > 0)!;
  const detail = await getJson<DocumentDetail>(demo.url(`/api/documents/${withClaims.id}`));
  assert.equal(detail.claims.length, withClaims.claims);
  assert.ok(detail.text.length > 0 && detail.appearances.length > 0);
  assert.equal('source' in detail, false);

  const claim = detail.claims[0]!;
  const claimDetail = await getJson<ClaimDetail>(demo.url(`/api/claims/${claim.id}`));
  assert.equal(claimDetail.claim.id, claim.id);
  assert.equal(claimDetail.extracted?.id, claim.id);
  assert.equal(claimDetail.document.id, withClaims.id);
  assert.equal(detail.text.slice(claim.sentence.start, claim.sentence.end), claim.sentence.text);
  assert.equal((await fetch(demo.url('/api/claims/c_nope'))).status, 404);
  assert.equal((await fetch(demo.url('/api/nothing-here'))).status, 404);

  const brief = await fetch(demo.url('/api/brief?format=md&download=1'));
  assert.match(brief.headers.get('content-type') ?? '', /text\/markdown/);
  assert.match(brief.headers.get('content-disposition') ?? '', /attachment/);
  assert.ok((await brief.text()).length > 100);
});

test('claims pages walk every claim once, in order, with one total; filters narrow them', async () => {
  const stats = await getJson<StoreStats>(demo.url('/api/stats'));
  const walked = await allClaims('', 7);
  assert.equal(walked.claims.length, stats.claims);
  assert.equal(new Set(walked.claims.map((c) => c.id)).size, stats.claims, 'no claim twice');
  assert.deepEqual([...walked.totals], [stats.claims]);
  assert.ok(walked.pages > 5);
  const dates = walked.claims.map((c) => c.published).filter((d): d is string => d !== null);
  assert.deepEqual(dates, [...dates].sort(), 'publication order');

  const killed = await allClaims('outcome=killed', 3);
  assert.ok(killed.claims.length > 0 && killed.claims.every((c) => c.outcome === 'killed'));
  assert.deepEqual([...killed.totals], [killed.claims.length]);
  assert.equal(killed.claims.length, walked.claims.filter((c) => c.outcome === 'killed').length);

  const kirby = await allClaims('q=kirby%20wounded', 50);
  assert.ok(kirby.claims.length > 0);
  for (const c of kirby.claims) {
    const words = `${c.sentence.text} ${c.speaker?.text ?? ''} ${c.subject.text}`.toLowerCase();
    assert.ok(words.includes('kirby') && words.includes('wounded'), words);
  }

  const december = await allClaims('from=2024-12-20&to=2024-12-27', 50);
  assert.ok(december.claims.length > 0);
  assert.ok(december.claims.every((c) => (c.published ?? '') >= '2024-12-20' && (c.published ?? '') < '2024-12-28'));

  assert.equal((await fetch(demo.url('/api/claims?cursor=garbage'))).status, 400);
  assert.equal((await fetch(demo.url('/api/claims?outcome=eaten'))).status, 400);
});

test('reviews: confirm, correct, reject and add show in claims and the board, and survive a re-ingest', async () => {
  const doc = demoCorpusPath() + '/articles/2024-12-27-daily-meridian-kirby.md';
  const page = await getJson<ClaimPage>(demo.url('/api/claims?q=kirby&limit=500'));
  const [toConfirm, toCorrect, toReject] = page.claims;
  assert.ok(toConfirm && toCorrect && toReject, 'three Kirby claims to review');

  const confirm = await postJson(demo.url(`/api/claims/${toConfirm.id}/review`), { action: 'confirm', reviewer: 'ana' });
  assert.equal(confirm.status, 201);
  const correct = await postJson(demo.url(`/api/claims/${toCorrect.id}/review`), {
    action: 'correct',
    reviewer: 'ana',
    note: 'the figure is 1,234',
    fields: { quantity: { text: '1,234', value: 1234, min: 1234, max: 1234, bound: 'exact' } },
  });
  const corrected = (await correct.json()) as ReviewEntry;
  assert.equal(corrected.before?.quantity?.value, toCorrect.quantity?.value);
  assert.equal(corrected.after?.quantity?.value, 1234);
  assert.equal((await postJson(demo.url(`/api/claims/${toReject.id}/review`), { action: 'reject', reviewer: 'bo' })).status, 201);
  assert.equal((await postJson(demo.url(`/api/claims/${toReject.id}/review`), { action: 'correct', reviewer: 'bo', fields: { id: 'x' } })).status, 400);
  assert.equal((await postJson(demo.url('/api/claims/c_nope/review'), { action: 'confirm', reviewer: 'bo' })).status, 404);

  const detail = await getJson<DocumentDetail>(demo.url(`/api/documents/${toConfirm.doc}`));
  const at = detail.text.indexOf('North Korean');
  assert.ok(at >= 0);
  const add = await postJson(demo.url('/api/claims'), {
    doc: toConfirm.doc,
    start: at,
    end: at + 'North Korean'.length,
    reviewer: 'ana',
    fields: { outcome: 'missing', quantity: { text: '7', value: 7, min: 7, max: 7, bound: 'exact' }, subject: { text: 'North Korean soldiers', affiliation: 'KP', kind: 'military' } },
  });
  assert.equal(add.status, 201);
  const added = ((await add.json()) as ReviewEntry).after!;
  assert.ok(added.sentence.start <= at && added.sentence.end >= at + 12);
  assert.equal(detail.text.slice(added.sentence.start, added.sentence.end), added.sentence.text);

  const check = async () => {
    const claims = (await allClaims('', 100)).claims;
    const byId = new Map(claims.map((c) => [c.id, c]));
    assert.equal(byId.get(toConfirm.id)?.review, 'confirmed');
    assert.equal(byId.get(toCorrect.id)?.quantity?.value, 1234);
    assert.equal(byId.get(toCorrect.id)?.review, 'corrected');
    assert.equal(byId.has(toReject.id), false, 'a rejected claim is left out');
    assert.equal(byId.get(added.id)?.review, 'added');
    const rejected = await getJson<ClaimPage>(demo.url('/api/claims?review=rejected'));
    assert.deepEqual(rejected.claims.map((c) => c.id), [toReject.id]);
    const board = await getJson<Board>(demo.url('/api/board'));
    assert.equal(board.claims[toCorrect.id]?.quantity?.value, 1234, 'reconcile reads the corrected claim');
    assert.equal(board.claims[toReject.id], undefined);
    assert.ok(board.claims[added.id], 'the added claim is on the board');
    assert.ok(board.figures.some((f) => f.outcome === 'missing' && f.claims.includes(added.id)));
  };
  await check();

  const upload = await fetch(demo.url('/api/sources'), { method: 'POST', headers: { 'X-Filename': 'kirby.md', 'Content-Type': 'text/markdown' }, body: readFileSync(doc) });
  const response = (await upload.json()) as IngestResponse;
  assert.equal(response.results[0]?.status, 'exists');
  await check();

  const log = await getJson<ReviewEntry[]>(demo.url(`/api/reviews?claim=${toCorrect.id}`));
  assert.equal(log.length, 1);
  assert.equal(log[0]?.reviewer, 'ana');
  const all = await getJson<ReviewEntry[]>(demo.url('/api/reviews'));
  assert.ok(all.length >= 4 && all[0]!.id > all[all.length - 1]!.id, 'newest first');
  const claimDetail = await getJson<ClaimDetail>(demo.url(`/api/claims/${toCorrect.id}`));
  assert.equal(claimDetail.extracted?.quantity?.value, toCorrect.quantity?.value);
  assert.equal(claimDetail.reviews.length, 1);
});

test('pasted text with markup is stored and returned as JSON text, never as HTML', async () => {
  const text = 'Officials said 12 soldiers were killed on Monday. <script>alert(1)</script> and <img src=x onerror=alert(1)> stay words.';
  const response = await postJson(demo.url('/api/sources'), { text, title: '<b>Payload</b>', publisher: 'Test Desk', published: '2025-01-20' });
  assert.equal(response.status, 200);
  const result = ((await response.json()) as IngestResponse).results[0]!;
  assert.equal(result.status, 'added');
  const document = await fetch(demo.url(`/api/documents/${result.document}`));
  assert.match(document.headers.get('content-type') ?? '', /^application\/json/);
  const detail = (await document.json()) as DocumentDetail;
  assert.ok(detail.text.includes('<script>alert(1)</script>'));
  assert.ok(detail.text.includes('<img src=x onerror=alert(1)>'));
  assert.equal(detail.title, '<b>Payload</b>');
  assert.equal(detail.publisher, 'Test Desk');
  const uploaded = await fetch(demo.url('/api/sources'), { method: 'POST', body: 'no filename' });
  assert.equal(uploaded.status, 400);
});

test('oversized and mistyped JSON bodies are refused', async () => {
  const big = { action: 'confirm', reviewer: 'x', note: 'n'.repeat(1024 * 1024 + 10) };
  assert.equal(await rawPostStatus(demo.url('/api/claims/c_x/review'), big), 413);
  assert.equal(await rawPostStatus(demo.url('/api/sources'), { text: 'y'.repeat(1024 * 1024 + 10) }), 413);
  const form = await fetch(demo.url('/api/claims/c_x/review'), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
  assert.equal(form.status, 415);
});

/** The status of a POST, even when the server answers before the body is all sent (fetch reports that as a failure). */
function rawPostStatus(url: string, body: unknown): Promise<number> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const post = request(url, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    post.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    post.end(payload);
  });
}

function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

test('paths outside the web folder are refused', async () => {
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/..%5cpackage.json', '/web/../../package.json', '/package.json']) {
    const { status, body } = await rawGet(demo.server.url, path);
    assert.ok(status === 404 || status === 400, `${path}: ${status}`);
    assert.ok(!body.includes('"corroborate"'), `${path} leaked package.json`);
  }
});
