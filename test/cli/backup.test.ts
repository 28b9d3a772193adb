import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { addedClaim } from '../../src/review/review.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
/** Made at the top level: a directory made inside a test is removed when that test ends. */
const WORK = tempDir();

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: WORK,
    env: { ...process.env, CORROBORATE_DB: '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The demo store with a confirm, a reject, a correction and an added claim. */
async function reviewedDemo(): Promise<string> {
  const db = join(WORK, 'original.db');
  const ingest = run(['ingest', demoCorpusPath(), '--db', db]);
  assert.equal(ingest.code, 0, ingest.stderr);
  await withStore(db, async (store) => {
    const [a, b, c] = await store.listClaims();
    assert.ok(a && b && c, 'the demo has claims');
    await store.reviewClaim(a.id, { action: 'confirm', reviewer: 'ann' }, new Date('2026-01-01T10:00:00.000Z'));
    await store.reviewClaim(b.id, { action: 'reject', reviewer: 'bob', note: 'a forecast' }, new Date('2026-01-01T10:01:00.000Z'));
    await store.reviewClaim(c.id, { action: 'correct', fields: { stance: 'alleged', manner: 'shelling' }, reviewer: 'ann' }, new Date('2026-01-01T10:02:00.000Z'));
    await store.reviewClaim(a.id, { action: 'correct', fields: { stance: 'estimated' }, reviewer: 'cy' }, new Date('2026-01-01T10:03:00.000Z'));
    // A correction of a rejected claim: its audit entry has no `before`.
    await store.reviewClaim(b.id, { action: 'correct', fields: { via: 'a wire service' }, reviewer: 'cy' }, new Date('2026-01-01T10:03:30.000Z'));
    const document = (await store.getDocument(c.doc))!;
    const { id: _id, doc: _doc, sentence: _sentence, ...fields } = c;
    const added = addedClaim(document.text, { doc: document.id, start: 0, end: 30, fields: { ...fields, outcome: 'missing' } });
    await store.addClaim(added, { reviewer: 'dee', note: 'missed' }, new Date('2026-01-01T10:04:00.000Z'));
  });
  return db;
}

/** Everything an import must reproduce: documents, appearances, claims as extracted and as reviewed, the audit log. */
async function contents(location: string) {
  return withStore(location, async (store) => {
    const documents = await store.listDocuments();
    const appearances = await Promise.all(documents.map((d) => store.listAppearances(d.id)));
    const extracted = await Promise.all(documents.map((d) => store.listExtractedClaims(d.id)));
    const sources = await Promise.all([...new Set(appearances.flat().map((a) => a.source))].sort().map((sha) => store.getSource(sha)));
    return { documents, appearances, extracted, sources, claims: await store.listClaims(), reviews: await store.listReviews() };
  });
}

function board(location: string): unknown {
  const result = run(['board', '--json', '--db', location]);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

async function assertEmpty(location: string): Promise<void> {
  const stats = await withStore(location, (store) => store.stats());
  assert.deepEqual([stats.documents, stats.claims, stats.sources], [0, 0, 0], 'nothing written');
}

let original: Promise<{ db: string; backup: string }> | null = null;

/** One reviewed demo store and its backup, shared by the tests. */
function backedUp() {
  original ??= (async () => {
    const db = await reviewedDemo();
    const backup = join(WORK, 'store.ndjson');
    const result = run(['backup', '--db', db, '--out', backup]);
    assert.equal(result.code, 0, result.stderr);
    return { db, backup };
  })();
  return original;
}

test('backup: a header, sources with their bytes, documents with appearances and extracted claims, the review log oldest first, an end line', async () => {
  const { db, backup } = await backedUp();
  const lines = readFileSync(backup, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.equal(lines[0]!.type, 'header');
  assert.equal(lines[0]!.format, 'corroborate-backup');
  const end = lines.at(-1)!;
  const stats = await withStore(db, (store) => store.stats());
  assert.deepEqual(end, { type: 'end', sources: stats.sources, documents: stats.documents, reviews: 6 });
  const reviews = lines.filter((l) => l.type === 'review').map((l) => (l.review as { action: string }).action);
  assert.deepEqual(reviews, ['confirm', 'reject', 'correct', 'correct', 'correct', 'add']);
  const claims = lines.filter((l) => l.type === 'document').reduce((n, l) => n + (l.claims as unknown[]).length, 0);
  assert.equal(claims, stats.claims, 'every extracted claim, the rejected one too');
});

for (const engine of ['sqlite', 'postgres'] as const) {
  test(`import into a fresh ${engine} store gives the same documents, appearances, claims, reviews and board`, async () => {
    const { db, backup } = await backedUp();
    const target = engine === 'sqlite' ? join(tempDir(), 'restored.db') : await freshDatabase();
    const imported = run(['import', backup, '--db', target, '--json']);
    assert.equal(imported.code, 0, imported.stderr);
    const [before, after] = [await contents(db), await contents(target)];
    assert.deepEqual(after.documents, before.documents);
    assert.deepEqual(after.appearances, before.appearances);
    assert.deepEqual(after.extracted, before.extracted);
    assert.deepEqual(after.sources, before.sources);
    assert.deepEqual(after.claims, before.claims);
    assert.deepEqual(after.reviews, before.reviews);
    assert.deepEqual(board(target), board(db));
    const again = run(['import', backup, '--db', target]);
    assert.equal(again.code, 2, 'a store holding documents is refused without --merge');
    assert.match(again.stderr, /not empty.*--merge/);
    const merged = run(['import', backup, '--db', target, '--merge']);
    assert.equal(merged.code, 0, merged.stderr);
    assert.deepEqual(await contents(target), after, 'merging the same backup again changes nothing');
  });
}

test('a truncated or corrupt backup fails naming the line and leaves the target store empty', async () => {
  const { backup } = await backedUp();
  const lines = readFileSync(backup, 'utf8').split('\n');
  const dir = tempDir();
  const documentLine = lines.findIndex((line) => line.startsWith('{"type":"document"'));
  const firstWithClaim = lines.findIndex((line) => line.startsWith('{"type":"document"') && line.includes('"bound":"'));
  const cases: Array<[string, string, RegExp]> = [
    ['truncated.ndjson', lines.slice(0, -3).join('\n'), new RegExp(`line ${lines.length - 3}: .*end line`)],
    ['cut.ndjson', readFileSync(backup, 'utf8').slice(0, -200), /line \d+: not a JSON object/],
    ['corrupt.ndjson', lines.map((line, i) => (i === documentLine ? line.slice(0, 40) : line)).join('\n'), new RegExp(`line ${documentLine + 1}: not a JSON object`)],
    // A claim is stored as the backup gives it: one outside claims.md's vocabulary would break every board built afterwards.
    ['shape.ndjson', lines.map((line, i) => (i === firstWithClaim ? line.replace(/"bound":"[a-z]+"/, '"bound":"approximate"') : line)).join('\n'), new RegExp(`line ${firstWithClaim + 1}: claim c_\\w+ does not have the claims.md shape: quantity.bound must be one of`)],
    ['bytes.ndjson', lines.map((line, i) => (i === 1 ? line.replace(/"bytes":"(.)/, (_, c: string) => `"bytes":"${c === 'A' ? 'B' : 'A'}`) : line)).join('\n'), /line 2: source .* do not match its sha256/],
  ];
  for (const [name, text, message] of cases) {
    const file = join(dir, name);
    writeFileSync(file, text);
    for (const target of [join(dir, `${name}.db`), await freshDatabase()]) {
      const result = run(['import', file, '--db', target]);
      assert.equal(result.code, 1, `${name}: ${result.stderr}`);
      assert.match(result.stderr, message, name);
      await assertEmpty(target);
    }
  }
});
