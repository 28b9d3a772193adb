import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { ingestInputs, type InputResult } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';
import { warcFile } from '../support/warc.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const near = (name: string) => readFileSync(new URL(`near-duplicates/${name}`, fixtures), 'utf8');

/** Files, a directory, NDJSON, WARC and bad inputs, with copies across them so that origins depend on the order of writing. */
async function mixedInputs(dir: string): Promise<string[]> {
  const folder = join(dir, 'clips');
  mkdirSync(folder);
  cpSync(new URL('near-duplicates/', fixtures), folder, { recursive: true });
  cpSync(new URL('html/', fixtures), join(folder, 'html'), { recursive: true });
  writeFileSync(join(folder, 'empty.txt'), '');
  const ndjson = join(dir, 'lines.ndjson');
  const lines = [near('syndicated.txt'), near('rewrite.txt'), 'Two soldiers were wounded near Kupiansk, the General Staff said.'];
  writeFileSync(ndjson, `${lines.map((text, i) => JSON.stringify({ text, published: `2024-01-0${i + 1}` })).join('\n')}\n{broken\n`);
  const warc = join(dir, 'crawl.warc.gz');
  const { bytes } = await warcFile(
    [
      { type: 'response', url: 'https://news.example/a', date: '2024-05-01T10:00:00Z', contentType: 'text/html', body: `<html><body><article><p>${near('original.txt')}</p></article></body></html>` },
      { type: 'resource', url: 'https://news.example/b.txt', date: '2024-05-02T10:00:00Z', contentType: 'text/plain', body: near('same-event-other-report.txt') },
    ],
    true,
  );
  writeFileSync(warc, bytes);
  return [join(folder, 'original.txt'), folder, ndjson, warc, join(dir, 'missing.txt'), ndjson];
}

async function run(store: Store, inputs: string[], workers: number): Promise<InputResult[]> {
  const results: InputResult[] = [];
  const now = () => new Date('2025-06-01T00:00:00Z');
  for await (const result of ingestInputs(store, inputs, { workers, now })) results.push(result);
  return results;
}

async function contents(store: Store) {
  const documents = await store.listDocuments();
  return {
    stats: await store.stats(),
    documents,
    claims: await store.listClaims(),
    appearances: await Promise.all(documents.map((d) => store.listAppearances(d.id))),
  };
}

test('ingest --workers 3 gives the same results, in the same order, and the same store as one worker', async () => {
  const dir = tempDir();
  const inputs = await mixedInputs(dir);
  const one = openSqliteStore(join(dir, 'one.db'));
  const three = openSqliteStore(join(dir, 'three.db'));
  const serial = await run(one, inputs, 1);
  const parallel = await run(three, inputs, 3);

  assert.ok(serial.length >= 12, `a real mix (${serial.length} results)`);
  assert.ok(serial.some((r) => !r.ok) && serial.some((r) => r.documents.some((d) => d.copyOf)), 'failures and copies are part of the mix');
  assert.ok(serial.some((r) => r.documents.some((d) => d.status === 'exists')), 'so are documents already stored');
  assert.deepEqual(parallel, serial);
  const expected = await contents(one);
  assert.ok(expected.claims.length > 0);
  assert.deepEqual(await contents(three), expected);
  await one.close();
  await three.close();
});

test('ingest - --workers 2 stores the lines a stream has given while it waits for more', async () => {
  const store = openSqliteStore(join(tempDir(), 'stream.db'));
  const stdin = new PassThrough();
  const texts = [near('original.txt'), 'Two soldiers were wounded near Kupiansk, the General Staff said.', 'Three people were killed in Kharkiv, the governor said.'];
  stdin.write(texts.map((text) => `${JSON.stringify({ text })}\n`).join(''));
  // Ends the stream if the lines are still held back then, so that a failing test ends too.
  let ended = false;
  const giveUp = setTimeout(() => {
    ended = true;
    stdin.end();
  }, 60_000);
  const results = ingestInputs(store, ['-'], { workers: 2, stdin });
  const given: InputResult[] = [];
  for (const _ of texts) given.push((await results.next()).value as InputResult);
  assert.equal(ended, false, 'the results came only once the stream ended');
  assert.deepEqual(given.map((result) => [result.input, result.ok]), [['stdin:1', true], ['stdin:2', true], ['stdin:3', true]]);
  assert.equal((await store.stats()).documents, texts.length);
  clearTimeout(giveUp);
  stdin.end();
  assert.equal((await results.next()).done, true);
  await store.close();
});
