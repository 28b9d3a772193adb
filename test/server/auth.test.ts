import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { createApp } from '../../src/server/app.js';
import { ServerConfigError, isLoopback, startServer } from '../../src/server/start.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../support/temp.js';
import { demoServer, postJson } from './support.js';

const TOKEN = 'a-long-enough-secret-token';
const demo = await demoServer({ token: TOKEN });

test('with a token, writes need it: none or a wrong one of equal length is 401, the right one passes', async () => {
  const url = demo.url('/api/sources');
  const body = { text: 'Officials said 3 soldiers were killed.' };
  assert.equal((await postJson(url, body)).status, 401);
  const wrong = TOKEN.replace(/.$/, 'X');
  assert.equal(wrong.length, TOKEN.length);
  assert.equal((await postJson(url, body, { Authorization: `Bearer ${wrong}` })).status, 401);
  assert.equal((await postJson(url, body, { Authorization: `Bearer ${TOKEN}` })).status, 200);
  assert.equal((await fetch(demo.url('/api/health'))).status, 200, 'reads stay open');
});

test('a non-loopback address without a token is refused, by startServer and by the CLI (exit 2)', async () => {
  const store = await openStore(join(tempDir(), 'open.db'));
  try {
    await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), ServerConfigError);
  } finally {
    await store.close();
  }
  const saved = process.env.CORROBORATE_TOKEN;
  delete process.env.CORROBORATE_TOKEN;
  try {
    assert.equal(await main(['serve', '--host', '0.0.0.0', '--port', '0', '--db', join(tempDir(), 'cli.db')]), 2);
  } finally {
    if (saved !== undefined) process.env.CORROBORATE_TOKEN = saved;
  }
  assert.ok(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('localhost') && isLoopback('127.1.2.3'));
  assert.ok(!isLoopback('0.0.0.0') && !isLoopback('192.168.1.2') && !isLoopback('::'));
});

test('the web UI: files from its folder, pages fall back to index.html, missing files are 404', async () => {
  const root = join(tempDir(), 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  const app = createApp(demo.store, { token: null, webRoot: root });
  const page = await app.request('/figures/f_123');
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<title>ui<\/title>/);
  assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  const script = await app.request('/assets/app.js');
  assert.equal(await script.text(), 'console.log(1)');
  assert.equal((await app.request('/assets/missing.js')).status, 404);
  for (const path of ['/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/assets%5c..%5cindex.html']) {
    assert.ok([400, 404].includes((await app.request(path)).status), path);
  }
  const unbuilt = createApp(demo.store, { token: null, webRoot: join(root, 'nothing') });
  assert.match(await (await unbuilt.request('/')).text(), /not built/);
});
