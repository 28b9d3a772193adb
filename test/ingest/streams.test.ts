import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ingestInputs, type InputResult } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';
import { warcFile, type WarcEntry } from '../support/warc.js';

const BIN = fileURLToPath(new URL('../../bin/corroborate.js', import.meta.url));
const near = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2024-02-10T08:00:00Z"></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

async function collect(store: Store, inputs: string[], options = {}): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of ingestInputs(store, inputs, options)) results.push(result);
  return results;
}

test('NDJSON: each line is a document and a source of its own; a bad line is named by its number and the rest is stored', async () => {
  const dir = tempDir();
  const file = join(dir, 'feed.ndjson');
  const lines = [
    JSON.stringify({ url: 'https://news.example/a', title: 'Strike', publisher: 'Example News', published: '2024-03-01T09:00:00Z', lang: 'en', text: near('original.txt') }),
    '{"text": "unterminated',
    '',
    JSON.stringify({ title: 'No body' }),
    JSON.stringify({ html: page('Port attack', 'Rescuers pulled 7 bodies from the rubble in Odesa, the emergency service said.'), publisher: 'Line Publisher' }),
    JSON.stringify({ text: 'A short post.', published: 'not a date', kind: 'post' }),
  ];
  writeFileSync(file, `${lines.join('\r\n')}\n`);
  const store = openSqliteStore(join(dir, 'store.db'));
  const results = await collect(store, [file]);

  assert.deepEqual(
    results.map((r) => [r.input, r.ok, r.format]),
    [
      [`${file}:1`, true, 'ndjson'],
      [`${file}:2`, false, null],
      [`${file}:4`, false, null],
      [`${file}:5`, true, 'ndjson'],
      [`${file}:6`, true, 'ndjson'],
    ],
  );
  assert.match(results[1]?.error ?? '', /^invalid JSON/);
  assert.equal(results[2]?.error, 'no "text" or "html" field');
  const [first, html, post] = await Promise.all([1, 5, 6].map(async (n) => store.getDocument(results.find((r) => r.input === `${file}:${n}`)?.documents[0]?.id ?? '')));
  assert.equal(first?.url, 'https://news.example/a');
  assert.equal(first?.publisher, 'Example News');
  assert.equal(first?.published, '2024-03-01T09:00:00.000Z');
  assert.equal(first?.meta.format, 'ndjson');
  assert.equal(html?.title, 'Port attack', 'read through the HTML parser');
  assert.equal(html?.publisher, 'Line Publisher', 'the line’s fields win over the page’s');
  assert.equal(html?.published, '2024-02-10T08:00:00.000Z', 'what the line does not give comes from the page');
  assert.equal(post?.kind, 'post');
  assert.equal(post?.published, null);
  const stats = await store.stats();
  assert.deepEqual([stats.documents, stats.sources], [3, 3]);
  const [appearance] = await store.listAppearances(first?.id ?? '');
  assert.equal(appearance?.name, `${file}:1`);
  await store.close();
});

test('NDJSON on standard input is read line by line; other text on standard input is still one document', async () => {
  const dir = tempDir();
  const store = openSqliteStore(join(dir, 'store.db'));
  const ndjson = [near('original.txt'), near('same-event-other-report.txt')].map((text) => `${JSON.stringify({ text })}\n`).join('');
  // Chunks that cut lines in the middle, as a pipe does.
  const chunks = ndjson.match(/[\s\S]{1,97}/g) ?? [];
  const lines = await collect(store, ['-'], { stdin: Readable.from(chunks.map((chunk) => Buffer.from(chunk))) });
  assert.deepEqual(lines.map((r) => [r.input, r.ok, r.documents.length]), [['stdin:1', true, 1], ['stdin:2', true, 1]]);
  const plain = await collect(store, ['-'], { stdin: Readable.from([Buffer.from(near('rewrite.txt'))]) });
  assert.deepEqual(plain.map((r) => [r.input, r.ok, r.format]), [['stdin', true, 'text']]);
  await store.close();
});

test('an NDJSON line over the size cap is refused alone, without being held', async () => {
  const dir = tempDir();
  const file = join(dir, 'big.jsonl');
  writeFileSync(file, `${JSON.stringify({ text: 'x '.repeat(5000) })}\n${JSON.stringify({ text: near('original.txt') })}\n`);
  const store = openSqliteStore(join(dir, 'store.db'));
  const results = await collect(store, [file], { maxBytes: 8000 });
  assert.deepEqual(results.map((r) => [r.input, r.ok]), [[`${file}:1`, false], [`${file}:2`, true]]);
  assert.match(results[0]?.error ?? '', /larger than the 7\.8 KiB cap|larger than the .* cap/);
  await store.close();
});

const ENTRIES: WarcEntry[] = [
  { type: 'warcinfo', url: '', date: '2024-05-01T10:00:00Z', contentType: 'application/warc-fields', body: 'software: corroborate tests\r\n' },
  { type: 'request', url: 'https://news.example/kharkiv', date: '2024-05-01T10:00:00Z', contentType: 'text/html', body: '' },
  { type: 'response', url: 'https://news.example/kharkiv', date: '2024-05-01T10:00:01Z', contentType: 'text/html; charset=utf-8', body: page('Kharkiv strike', near('original.txt')) },
  { type: 'response', url: 'https://news.example/logo.png', date: '2024-05-01T10:00:02Z', contentType: 'image/png', body: 'PNG' },
  { type: 'response', url: 'https://news.example/gone', date: '2024-05-01T10:00:03Z', contentType: 'text/html', body: page('Gone', 'Not found'), status: 404 },
  { type: 'resource', url: 'https://news.example/notes.txt', date: '2024-05-01T10:00:04Z', contentType: 'text/plain', body: near('same-event-other-report.txt') },
  { type: 'response', url: 'https://news.example/odesa', date: '2024-05-01T10:00:05Z', contentType: 'text/html', body: page('Odesa', near('rewrite.txt')) },
];

for (const gzip of [true, false]) {
  const name = gzip ? 'news.warc.gz' : 'news.warc';

  test(`WARC (${gzip ? 'gzip per record' : 'uncompressed'}): HTML and text records become documents with their URI and date; other records are skipped`, async () => {
    const dir = tempDir();
    const { bytes, offsets } = await warcFile(ENTRIES, gzip);
    writeFileSync(join(dir, name), bytes);
    const store = openSqliteStore(join(dir, 'store.db'));
    const results = await collect(store, [dir]);
    const path = join(dir, name);
    assert.deepEqual(results.map((r) => [r.input, r.ok, r.format]), [
      [`${path}#${offsets[2]}`, true, 'html'],
      [`${path}#${offsets[5]}`, true, 'text'],
      [`${path}#${offsets[6]}`, true, 'html'],
    ]);
    const document = await store.getDocument(results[0]?.documents[0]?.id ?? '');
    assert.equal(document?.url, 'https://news.example/kharkiv');
    assert.equal(document?.retrieved, '2024-05-01T10:00:01.000Z');
    assert.equal(document?.title, 'Kharkiv strike');
    assert.equal((await store.getDocument(results[1]?.documents[0]?.id ?? ''))?.url, 'https://news.example/notes.txt');
    await store.close();
  });

  test(`WARC (${gzip ? 'gzip per record' : 'uncompressed'}): a damaged record is named by file and offset, and the records after it are still read`, async () => {
    const dir = tempDir();
    const { bytes, offsets } = await warcFile(ENTRIES, gzip);
    const damaged = Buffer.from(bytes);
    // Garbage over the start of the Kharkiv response, then the file cut short inside the last record.
    damaged.fill(0x41, offsets[2] as number, (offsets[2] as number) + 40);
    const path = join(dir, name);
    writeFileSync(path, damaged.subarray(0, damaged.length - 40));
    const store = openSqliteStore(join(dir, 'store.db'));
    const results = await collect(store, [path]);
    assert.deepEqual(results.map((r) => [r.input, r.ok]), [
      [`${path}#${offsets[2]}`, false],
      [`${path}#${offsets[5]}`, true],
      [`${path}#${offsets[6]}`, false],
    ]);
    assert.match(results[0]?.error ?? '', /damaged WARC record/);
    assert.match(results[2]?.error ?? '', /damaged WARC record/);
    assert.equal((await store.stats()).documents, 1, 'nothing of the damaged records was stored');
    await store.close();
  });

  // warcio's own skip of a record cut short by the end of the file never returned, so `ingest` hung. The
  // CLI runs in a child process with a time limit: a regression fails here instead of hanging the suite.
  test(`WARC (${gzip ? 'gzip per record' : 'uncompressed'}): a file cut inside a record that is skipped ends with that record reported, not a hang`, async () => {
    const dir = tempDir();
    const { bytes, offsets } = await warcFile(ENTRIES, gzip);
    const path = join(dir, name);
    // Cut inside the image response, a record that is skipped rather than read.
    writeFileSync(path, bytes.subarray(0, (offsets[4] as number) - 10));
    const run = spawnSync(process.execPath, [BIN, 'ingest', path, '--db', join(dir, 'store.db'), '--json'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, CORROBORATE_DB: '' } });
    assert.equal(run.signal, null, 'ingest was killed at the time limit: it hung');
    const results = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { input: string; ok: boolean; error?: string });
    assert.deepEqual(results.map((r) => [r.input, r.ok]), [
      [`${path}#${offsets[2]}`, true],
      [`${path}#${offsets[3]}`, false],
    ]);
    assert.match(results[1]?.error ?? '', /damaged WARC record/);
  });
}
