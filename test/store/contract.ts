import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runIngest } from '../../src/cli/ingest-command.js';
import type { ClaimFilter, ClaimRow } from '../../src/contracts/api.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { BAND_SAMPLE } from '../../src/ingest/near-duplicates.js';
import { sha256Hex } from '../../src/ingest/normalise.js';
import { prepareDocument } from '../../src/ingest/prepare.js';
import { addedClaim } from '../../src/review/review.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { sourceOf } from '../support/temp.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');

export function prepared(name: string, text: string, published: string | null) {
  const source = sourceOf(name, text);
  const draft = { url: null, title: name, publisher: name, published, lang: 'en', kind: 'article' as const, text, meta: { format: 'text' as const } };
  const next = prepareDocument(draft, source, sha256Hex(source.bytes));
  assert.ok(next);
  return next;
}

/** Every page of a claims listing, following the cursors. */
export async function allPages(store: Store, filter: ClaimFilter): Promise<{ rows: ClaimRow[]; totals: number[] }> {
  const rows: ClaimRow[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryClaims({ ...filter, ...(cursor ? { cursor } : {}) });
    rows.push(...page.claims);
    totals.push(page.total);
    cursor = page.next ?? undefined;
  } while (cursor);
  return { rows, totals };
}

/** The demo corpus's articles in a store, for tests that need many claims. */
export async function withDemo(store: Store): Promise<Store> {
  const { code } = await runIngest(store, [join(demoCorpusPath(), 'articles')], { json: false, quiet: true });
  assert.equal(code, 0);
  return store;
}

/**
 * What every store must do, whatever the engine. `newLocation` gives the
 * location of a new, empty store (a file path, a database URL); the tests
 * open it with openStore, as the commands do.
 */
export function storeContract(engine: string, newLocation: () => Promise<string>): void {
  const fresh = async () => openStore(await newLocation());
  const named = (name: string) => `${engine}: ${name}`;

  test(named('the same text ingested twice is stored once, and the second time says so'), async () => {
    const store = await fresh();
    const next = prepared('a.txt', fixture('original.txt'), '2024-12-27T18:00:00Z');
    const first = await store.ingestDocument(next);
    const second = await store.ingestDocument(prepared('a.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'));
    assert.equal(first.status, 'added');
    assert.equal(second.status, 'exists');
    assert.equal(second.document.id, first.document.id);
    const { schemaVersion, ...counts } = await store.stats();
    assert.ok(schemaVersion > 0);
    assert.deepEqual(counts, { documents: 1, claims: next.claims.length, sources: 1, origins: 1 });
    assert.equal((await store.listAppearances(first.document.id)).length, 1);
    await store.close();
  });

  test(named('the same text from another source is one document seen in two places'), async () => {
    const store = await fresh();
    const text = fixture('original.txt');
    await store.ingestDocument(prepared('one.txt', text, null));
    const outcome = await store.ingestDocument(prepared('two.txt', `${text}\n`, null));
    assert.equal(outcome.status, 'exists');
    const seen = await store.listAppearances(outcome.document.id);
    assert.deepEqual(seen.map((a) => a.name).sort(), ['one.txt', 'two.txt']);
    assert.deepEqual(seen.map((a) => a.locator), [null, null]);
    await store.close();
  });

  test(named('copies share the origin of the earliest document, whatever order they arrive in'), async () => {
    const store = await fresh();
    const rewrite = await store.ingestDocument(prepared('rewrite.txt', fixture('rewrite.txt'), '2024-12-28T09:00:00Z'));
    assert.equal(rewrite.document.origin, rewrite.document.id);
    const syndicated = await store.ingestDocument(prepared('syndicated.txt', fixture('syndicated.txt'), '2024-12-27T20:00:00Z'));
    const original = await store.ingestDocument(prepared('original.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'));
    const other = await store.ingestDocument(prepared('other.txt', fixture('same-event-other-report.txt'), '2024-12-19T09:00:00Z'));
    assert.equal(original.status === 'added' && original.copyOf, original.document.id);
    const byId = new Map((await store.listDocuments()).map((d) => [d.id, d]));
    for (const id of [rewrite.document.id, syndicated.document.id, original.document.id]) {
      assert.equal(byId.get(id)?.origin, original.document.id, `${id} belongs to the original's cluster`);
    }
    assert.equal(byId.get(other.document.id)?.origin, other.document.id);
    assert.equal((await store.stats()).origins, 2);
    assert.equal((await store.listDocuments({ origin: original.document.id })).length, 3);
    await store.close();
  });

  test(named('a batch is stored as if each document were ingested in turn, copies within the batch included'), async () => {
    const batch = () => [
      prepared('rewrite.txt', fixture('rewrite.txt'), '2024-12-28T09:00:00Z'),
      prepared('original.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'),
      prepared('again.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'),
      prepared('syndicated.txt', fixture('syndicated.txt'), '2024-12-27T20:00:00Z'),
      prepared('other.txt', fixture('same-event-other-report.txt'), '2024-12-19T09:00:00Z'),
    ];
    const one = await fresh();
    const singly = [];
    for (const next of batch()) singly.push(await one.ingestDocument(next));
    const many = await fresh();
    const batched = await many.ingestDocuments(batch());
    assert.deepEqual(batched.map((o) => o.status), ['added', 'added', 'exists', 'added', 'added']);
    assert.deepEqual(batched, singly);
    assert.deepEqual(await many.listDocuments(), await one.listDocuments());
    assert.deepEqual(await many.listClaims(), await one.listClaims());
    for (const { document } of batched) assert.deepEqual(await many.listAppearances(document.id), await one.listAppearances(document.id));
    await one.close();
    await many.close();
  });

  test(named('a later batch can merge stored clusters, and says which document was already there'), async () => {
    const store = await fresh();
    await store.ingestDocuments([prepared('rewrite.txt', fixture('rewrite.txt'), '2024-12-28T09:00:00Z')]);
    const [again, original] = await store.ingestDocuments([
      prepared('rewrite-again.txt', fixture('rewrite.txt'), '2024-12-28T09:00:00Z'),
      prepared('original.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'),
    ]);
    assert.equal(again?.status, 'exists');
    assert.equal(again?.document.origin, again?.document.id, 'still its own origin when it was seen again');
    assert.equal(original?.status === 'added' && original.copyOf, original?.document.id);
    const documents = await store.listDocuments();
    assert.deepEqual(documents.map((d) => d.origin), [original?.document.id, original?.document.id]);
    await store.close();
  });

  test(named('a crowded band is read as its BAND_SAMPLE smallest ids: a syndicated story is still found, one by one or in a batch'), async () => {
    const crowded = 'crowded-band';
    const only = <T extends { bands: string[] }>(next: T): T => ({ ...next, bands: [crowded] });
    const text = fixture('original.txt');
    const original = () => only(prepared('original.txt', text, '2024-12-27T18:00:00Z'));
    const copies = (count: number) => Array.from({ length: count }, (_, i) => only(prepared(`copy-${i}.txt`, `${text} Copy ${i}.`, '2024-12-28T09:00:00Z')));
    const fillers = (count: number) =>
      Array.from({ length: count }, (_, i) => only(prepared(`filler-${i}.txt`, `Filler number ${i} says nothing about ${i * 7} counted reports of weather and markets.`, null)));
    const late = () => only(prepared('late.txt', `${text} Late.`, '2024-12-29T09:00:00Z'));
    const originalId = original().document.id;

    // Many copies crowd the band: whichever holders are sampled belong to the story's cluster.
    const syndicated = await fresh();
    await syndicated.ingestDocuments([original(), ...copies(2 * BAND_SAMPLE)]);
    const found = await syndicated.ingestDocument(late());
    assert.equal(found.status === 'added' && found.copyOf, originalId);
    await syndicated.close();

    // Unrelated documents crowd it: past the sample, the original is not compared (the cost of a lookup stays bounded).
    const holders = [originalId, ...fillers(2 * BAND_SAMPLE).map((f) => f.document.id)].sort();
    assert.ok(holders.indexOf(originalId) >= BAND_SAMPLE, 'these fillers put the original past the sample');
    const singly = await fresh();
    await singly.ingestDocuments([original(), ...fillers(2 * BAND_SAMPLE)]);
    const alone = await singly.ingestDocument(late());
    assert.equal(alone.status === 'added' && alone.copyOf, null);
    await singly.close();

    const batched = await fresh();
    const outcomes = await batched.ingestDocuments([original(), ...fillers(2 * BAND_SAMPLE), late()]);
    assert.deepEqual(outcomes.at(-1), alone);
    await batched.close();
  });

  test(named('a batch that fails part-way stores nothing'), async () => {
    const store = await fresh();
    const broken = prepared('broken.txt', fixture('rewrite.txt'), null);
    const bad = { ...broken, claims: [{ ...broken.claims[0]!, doc: 'no-such-document' }] };
    await assert.rejects(store.ingestDocuments([prepared('original.txt', fixture('original.txt'), null), bad]));
    assert.equal((await store.stats()).documents, 0);
    assert.equal((await store.stats()).sources, 0);
    await store.close();
  });

  test(named('documents list in publication order and round-trip every field'), async () => {
    const store = await fresh();
    const later = prepared('later.txt', fixture('original.txt'), '2024-12-27T18:00:00.000Z');
    later.document.meta = { format: 'telegram', postId: 42, channel: 'Example', forwardedFrom: 'Someone', edited: null };
    await store.ingestDocument(later);
    await store.ingestDocument(prepared('earlier.txt', fixture('same-event-other-report.txt'), '2024-12-19T09:00:00.000Z'));
    const [first, second] = await store.listDocuments();
    assert.equal(first?.title, 'earlier.txt');
    assert.equal(second?.published, '2024-12-27T18:00:00.000Z');
    assert.deepEqual(second?.meta, later.document.meta);
    assert.equal(second?.text, later.document.text);
    assert.deepEqual(await store.getDocument(second!.id), second);
    assert.equal(await store.getDocument('d_0000000000000000'), null);
    assert.deepEqual((await store.listDocuments({ limit: 1, offset: 1 })).map((d) => d.title), ['later.txt']);
    await store.close();
  });

  test(named('claims are listed as reviewed: a correction replaces the claim, a rejection removes it'), async () => {
    const store = await withDemo(await fresh());
    const before = await store.listClaims();
    const [first, second] = before;
    assert.ok(first && second);
    await store.reviewClaim(first.id, { action: 'reject', reviewer: 'test' });
    await store.reviewClaim(second.id, { action: 'correct', fields: { outcome: 'wounded' }, reviewer: 'test' });
    const after = await store.listClaims();
    assert.equal(after.length, before.length - 1);
    assert.ok(!after.some((c) => c.id === first.id));
    assert.equal(after.find((c) => c.id === second.id)?.outcome, 'wounded');
    assert.deepEqual((await store.listClaims({ doc: second.doc })).map((c) => c.doc), after.filter((c) => c.doc === second.doc).map((c) => c.doc));
    assert.deepEqual(await store.listClaims({ limit: 3, offset: 2 }), after.slice(2, 5));
    assert.ok((await store.listClaims({ outcome: 'wounded' })).every((c) => c.outcome === 'wounded'));
    const sourced = await store.listSourcedClaims();
    assert.deepEqual(sourced.map((s) => s.claim.id), after.map((c) => c.id));
    const since = sourced[Math.floor(sourced.length / 2)]!.source.published!.slice(0, 10);
    const recent = await store.listSourcedClaims({ since });
    assert.ok(recent.length > 0 && recent.length < sourced.length);
    assert.ok(recent.every((s) => (s.source.published ?? s.source.retrieved).slice(0, 10) >= since));
    await store.close();
  });

  test(named('reviews: an audit log newest first, the review state on each claim, and added claims in order'), async () => {
    const store = await withDemo(await fresh());
    const [first, second] = await store.listClaims();
    assert.ok(first && second);
    const at = new Date('2025-02-01T10:00:00Z');
    const confirmed = await store.reviewClaim(first.id, { action: 'confirm', reviewer: 'ann', note: 'checked' }, at);
    const rejected = await store.reviewClaim(second.id, { action: 'reject', reviewer: 'bo' }, at);
    assert.ok(rejected.id > confirmed.id);
    assert.deepEqual(rejected.after, null);
    assert.equal((await store.getClaim(second.id))?.claim.review, 'rejected');
    const restored = await store.reviewClaim(second.id, { action: 'confirm', reviewer: 'bo' }, at);
    assert.equal(restored.before, null, 'a rejected claim had no reading before');
    const document = await store.getDocument(first.doc);
    assert.ok(document);
    const { id: _id, doc: _doc, sentence: _sentence, ...fields } = first;
    const extra = addedClaim(document.text, { doc: document.id, start: 0, end: 20, fields: { ...fields, outcome: 'missing' } });
    const add = await store.addClaim(extra, { reviewer: 'cy' }, at);
    assert.equal(add.action, 'add');
    await assert.rejects(store.addClaim(extra, { reviewer: 'cy' }, at), /already there/);
    await assert.rejects(store.reviewClaim('c_missing', { action: 'confirm', reviewer: 'x' }), /no claim/);
    const log = await store.listReviews();
    assert.deepEqual(log.map((r) => r.action), ['add', 'confirm', 'reject', 'confirm']);
    assert.deepEqual(log[3], confirmed);
    assert.deepEqual((await store.listReviews({ claim: second.id })).map((r) => r.id), [restored.id, rejected.id]);
    const found = await store.getClaim(extra.id);
    assert.equal(found?.extracted, null);
    assert.equal(found?.claim.review, 'added');
    const ofDocument = await store.listClaims({ doc: document.id });
    assert.equal(ofDocument[ofDocument.length - 1]?.id, extra.id, 'added claims come after the extracted ones');
    assert.deepEqual((await allPages(store, { review: 'confirmed' })).rows.map((r) => r.id).sort(), [first.id, second.id].sort());
    assert.deepEqual((await allPages(store, { review: 'added' })).rows.map((r) => r.id), [extra.id]);
    await store.close();
  });

  test(named('claims pages: keyset cursors walk every filter in order, each page with the filter’s total'), async () => {
    const store = await withDemo(await fresh());
    const everything = await store.listClaims();
    const [first, second] = everything;
    await store.reviewClaim(first!.id, { action: 'reject', reviewer: 't' });
    await store.reviewClaim(second!.id, { action: 'correct', fields: { outcome: 'captured' }, reviewer: 't' });
    const publisher = (await store.getDocument(everything[5]!.doc))?.publisher ?? undefined;
    const filters: ClaimFilter[] = [
      { limit: 7 },
      { limit: 5, outcome: 'killed' },
      { limit: 4, q: 'killed' },
      { limit: 3, review: 'unreviewed', from: '2024-01-01', to: '2030-01-01' },
      { limit: 2, review: 'rejected' },
      { limit: 9, publisher },
      { limit: 3, doc: everything[3]!.doc },
    ];
    for (const filter of filters) {
      const { rows, totals } = await allPages(store, filter);
      const whole = await store.queryClaims({ ...filter, limit: 1000 });
      assert.deepEqual(rows, whole.claims, JSON.stringify(filter));
      assert.ok(totals.every((t) => t === rows.length), JSON.stringify(filter));
    }
    const all = (await allPages(store, { limit: 1000 })).rows;
    assert.deepEqual(all.map((r) => r.id), everything.slice(1).map((c) => c.id));
    assert.equal(all[0]?.outcome, 'captured');
    await assert.rejects(store.queryClaims({ cursor: 'garbage' }), /cursor/);
    await store.close();
  });

  test(named('claims totals stay exact as documents are added and claims reviewed, by this connection or another'), async () => {
    const location = await newLocation();
    const reader = await withDemo(await openStore(location));
    const writer = await openStore(location);
    const everything = await reader.listClaims();
    const publisher = (await reader.getDocument(everything[2]!.doc))?.publisher ?? undefined;
    const filters: ClaimFilter[] = [
      {},
      { outcome: 'killed' },
      { q: 'killed' },
      { publisher },
      { from: '2024-01-01', to: '2030-01-01' },
      { review: 'unreviewed' },
      { review: 'rejected' },
      { outcome: 'captured', review: 'corrected' },
    ];
    const check = async (step: string) => {
      for (const filter of filters) {
        const listed = (await reader.queryClaims({ ...filter, limit: 1000 })).claims.length;
        assert.equal((await reader.queryClaims({ ...filter, limit: 1 })).total, listed, `${step}: ${JSON.stringify(filter)}`);
      }
    };
    await check('demo');
    await writer.ingestDocument(prepared('w1.txt', fixture('original.txt'), '2024-12-27T18:00:00Z'));
    await check('another connection added a document');
    await reader.ingestDocument(prepared('r1.txt', fixture('same-event-other-report.txt'), '2024-12-28T18:00:00Z'));
    await check('this connection added a document');
    await writer.reviewClaim(everything[0]!.id, { action: 'reject', reviewer: 't' });
    await writer.reviewClaim(everything[1]!.id, { action: 'correct', fields: { outcome: 'captured' }, reviewer: 't' });
    await check('claims reviewed');
    await writer.ingestDocument(prepared('w2.txt', fixture('rewrite.txt'), '2024-12-29T18:00:00Z'));
    await check('a document added after the reviews');
    const document = await reader.getDocument(everything[3]!.doc);
    const { id: _id, doc: _doc, sentence: _sentence, ...fields } = everything[3]!;
    await reader.addClaim(addedClaim(document!.text, { doc: document!.id, start: 0, end: 10, fields: { ...fields, outcome: 'killed' } }), { reviewer: 't' });
    await check('a claim added');
    assert.ok((await reader.queryClaims({ limit: 1 })).total > everything.length, 'the documents added had claims');
    await reader.close();
    await writer.close();
  });

  test(named('meta keeps values; the change count moves when another connection writes'), async () => {
    const location = await newLocation();
    const reader = await openStore(location);
    const writer = await openStore(location);
    assert.equal(await reader.getMeta('k'), null);
    const before = await reader.changeCount();
    await writer.ingestDocument(prepared('a.txt', fixture('original.txt'), null));
    const afterIngest = await reader.changeCount();
    assert.notEqual(afterIngest, before);
    const total = (await reader.queryClaims()).total;
    assert.equal(total, (await writer.stats()).claims);
    await writer.setMeta('k', 'v1');
    await writer.setMeta('k', 'v2');
    assert.equal(await reader.getMeta('k'), 'v2');
    await writer.ingestDocument(prepared('b.txt', fixture('same-event-other-report.txt'), null));
    assert.equal((await reader.queryClaims()).total, (await writer.stats()).claims, 'the total is not a stale cached one');
    await reader.close();
    await writer.close();
  });

  test(named('two connections ingesting the same documents at once store each once'), async () => {
    const location = await newLocation();
    const stores = await Promise.all([openStore(location), openStore(location), openStore(location)]);
    const texts = ['original.txt', 'rewrite.txt', 'syndicated.txt', 'same-event-other-report.txt'];
    const outcomes = await Promise.all(
      stores.map((store, i) => store.ingestDocuments(texts.map((name, j) => prepared(`${i}-${name}`, fixture(name), `2024-12-2${j}T00:00:00Z`)))),
    );
    const added = outcomes.flat().filter((o) => o.status === 'added').map((o) => o.document.id);
    assert.equal(added.length, texts.length);
    assert.equal(new Set(added).size, texts.length);
    assert.equal((await stores[0]!.stats()).documents, texts.length);
    for (const store of stores) await store.close();
  });
}
