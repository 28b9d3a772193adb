import assert from 'node:assert/strict';
import { closeSync, openSync, readFileSync, writeFileSync, mkdirSync, ftruncateSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { ingestInputs, type InputResult } from '../../src/ingest/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

const near = (name: string) => readFileSync(new URL(`../fixtures/near-duplicates/${name}`, import.meta.url), 'utf8');

async function collect(store: Store, inputs: string[], options = {}): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of ingestInputs(store, inputs, options)) results.push(result);
  return results;
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('every bad input fails alone, with its name and reason; the good ones are stored', async () => {
  const dir = tempDir();
  const good = join(dir, 'good.txt');
  writeFileSync(good, near('original.txt'));
  const bad: Record<string, string | Buffer> = {
    'empty.txt': '',
    'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'latin1.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' bombed, 12 killed.')]),
    'bomb.xml': `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>`,
    'xxe.rss': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>`,
    'broken.rss': `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>unclosed</item></channel></rss>`,
    'result.json': JSON.stringify({ name: 'Not an export', chats: 3 }),
    'empty-page.html': '<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>',
  };
  for (const [name, content] of Object.entries(bad)) writeFileSync(join(dir, name), content);
  const huge = join(dir, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
  closeSync(fd);

  const store = openSqliteStore(join(dir, 'store.db'));
  const inputs = [...Object.keys(bad).map((name) => join(dir, name)), huge, join(dir, 'missing.txt'), good];
  const started = Date.now();
  const results = await collect(store, inputs);
  assert.ok(Date.now() - started < 5000, 'bad inputs fail fast (the 200 MB file is never read)');

  const failures = new Map(results.filter((r) => !r.ok).map((r) => [r.input, r.error ?? '']));
  const reason = (name: string) => failures.get(join(dir, name)) ?? assert.fail(`${name} should have failed`);
  assert.equal(reason('empty.txt'), 'empty file');
  assert.match(reason('binary.txt'), /binary file \(PNG image\)/);
  assert.match(reason('latin1.txt'), /invalid UTF-8 at byte 3/);
  assert.match(reason('bomb.xml'), /DOCTYPE|entit/i);
  assert.match(reason('xxe.rss'), /DOCTYPE|entit/i);
  assert.match(reason('broken.rss'), /line \d+/i);
  assert.match(reason('result.json'), /Telegram/);
  assert.match(reason('empty-page.html'), /no readable text/);
  assert.match(reason('huge.txt'), /200 MiB is larger than the 64 MiB cap/);
  assert.equal(reason('missing.txt'), 'no such file or directory');
  for (const message of failures.values()) assert.doesNotMatch(message, /\n/, 'one line per failure');

  const ok = results.filter((r) => r.ok);
  assert.deepEqual(ok.map((r) => r.input), [good]);
  const stats = await store.stats();
  assert.equal(stats.documents, 1, 'nothing of the failed inputs was written');
  assert.equal(stats.sources, 1);
  await store.close();
});

test('re-ingesting the same files adds nothing and says so', async () => {
  const dir = tempDir();
  for (const name of ['original.txt', 'syndicated.txt', 'same-event-other-report.txt']) writeFileSync(join(dir, name), near(name));
  const store = openSqliteStore(join(dir, 'store.db'));
  const first = await collect(store, [dir]);
  const second = await collect(store, [dir]);
  assert.deepEqual(first.flatMap((r) => r.documents.map((d) => d.status)), ['added', 'added', 'added']);
  assert.deepEqual(second.flatMap((r) => r.documents.map((d) => d.status)), ['exists', 'exists', 'exists']);
  assert.equal((await store.stats()).documents, 3);
  assert.equal((await store.stats()).origins, 2, 'the syndicated copy shares the original\'s origin');
  await store.close();
});

test('directories are walked recursively, by extension and by sniffing; hidden and binary files are skipped', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'nested', 'deeper', 'report.md'), '---\ntitle: Deep\n---\nAt least 30 soldiers were killed or wounded.');
  writeFileSync(join(dir, 'nested', 'saved-page'), '<!doctype html><html><head><title>Sniffed</title></head><body><article><p>Over 3,000 North Korean soldiers were killed or wounded, the president said.</p></article></body></html>');
  writeFileSync(join(dir, 'NOTES'), 'Plain notes without an extension: 12 killed.');
  writeFileSync(join(dir, 'photo'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  writeFileSync(join(dir, '.git', 'config.txt'), 'hidden');
  const store = openSqliteStore(join(dir, 'store.db'));
  const results = await collect(store, [dir]);
  assert.deepEqual(
    results.map((r) => [r.input.slice(dir.length + 1), r.ok, r.format]),
    [
      ['NOTES', true, 'text'],
      ['nested/deeper/report.md', true, 'markdown'],
      ['nested/saved-page', true, 'html'],
    ],
  );
  const titles = (await store.listDocuments()).map((d) => d.title).sort();
  assert.deepEqual(titles, ['Deep', 'Sniffed', null]);
  await store.close();
});

test('standard input is a source like any other', async () => {
  const store = openSqliteStore(join(tempDir(), 'stdin.db'));
  const results = await collect(store, ['-'], { stdin: Readable.from([Buffer.from('---\ntitle: Piped\n---\n'), Buffer.from('Up to 300 soldiers were captured, officials said.')]) });
  assert.equal(results[0]?.input, 'stdin');
  assert.equal(results[0]?.ok, true);
  const [document] = await store.listDocuments();
  assert.equal(document?.title, 'Piped');
  await store.close();
});

test('standard input above the cap is refused without reading the rest', async () => {
  const store = openSqliteStore(join(tempDir(), 'stdin-cap.db'));
  let served = 0;
  const endless = new Readable({
    read() {
      served++;
      this.push(Buffer.alloc(64 * 1024, 0x61));
    },
  });
  const [result] = await collect(store, ['-'], { stdin: endless, maxBytes: 1024 * 1024 });
  assert.equal(result?.ok, false);
  assert.match(result?.error ?? '', /more than the 1 MiB cap/);
  assert.ok(served < 40, `read ${served} chunks`);
  await store.close();
});

test('URLs: fetched pages are stored with their final URL; unreachable and redirect-to-private URLs fail alone', async () => {
  const page = `<!doctype html><html lang="en"><head><title>Kirby briefing</title><meta property="og:site_name" content="Local Wire"></head><body><article><h1>Kirby briefing</h1><p>${near('original.txt').split('\n\n').join('</p><p>')}</p></article></body></html>`;
  const { server, base } = await listen((req, res) => {
    if (req.url === '/moved') return res.writeHead(301, { location: '/story' }).end();
    if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (req.url === '/story') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(404).end();
  });
  try {
    const store = openSqliteStore(join(tempDir(), 'urls.db'));
    const closed = 'http://127.0.0.1:1/nothing-listens-here';
    const results = await collect(store, [`${base}/moved`, `${base}/to-metadata`, closed, 'ftp://example.org/file.txt'], {
      fetch: { allowAddresses: ['127.0.0.1'], timeoutMs: 3000 },
    });
    assert.equal(results[0]?.ok, true, results[0]?.error ?? '');
    assert.match(results[1]?.error ?? '', /refused: 169\.254\.169\.254 is a link-local address/);
    assert.match(results[2]?.error ?? '', /cannot connect/);
    assert.match(results[3]?.error ?? '', /only http and https/);
    const [document] = await store.listDocuments();
    assert.equal(document?.url, `${base}/story`);
    assert.equal(document?.publisher, 'Local Wire');
    assert.equal((await store.stats()).documents, 1);
    await store.close();
  } finally {
    server.close();
  }
});

test('without --allow-private, a URL on this machine is refused', async () => {
  const store = openSqliteStore(join(tempDir(), 'private.db'));
  const [result] = await collect(store, ['http://localhost:9/']);
  assert.equal(result?.ok, false);
  assert.match(result?.error ?? '', /loopback/);
  await store.close();
});
