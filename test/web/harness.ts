/**
 * What the browser tests share: the real server over a temporary store with
 * the demo corpus, and Debian's Chromium driven by playwright-core.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runIngest } from '../../src/cli/ingest-command.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'test-artifacts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface Harness {
  base: string;
  browser: BrowserContext;
  /** Content-Security-Policy violations and page errors seen by any page. */
  problems: string[];
  close(): Promise<void>;
}

/** Server options the tests vary: a token makes writes need it even on loopback; allowPrivate lets the server fetch test pages on 127.0.0.1. */
export interface HarnessOptions {
  token?: string;
  allowPrivate?: boolean;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: the browser tests need it (apt-get install -y chromium; .ci/run installs it).`);
  }
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is not built: run npm run build first.');
  const dir = tempDir('corroborate-web-');
  const store: Store = await openStore(join(dir, 'demo.db'));
  await runIngest(store, [demoCorpusPath()], { json: false, quiet: true });
  const server: RunningServer = await startServer({ store, host: '127.0.0.1', port: 0, version: 'test', ...options });
  // The profile has a directory of its own, removed once the browser has closed: Chromium writes into it until then,
  // and the test's temporary directory may be removed first (ENOTEMPTY).
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 } });
  mkdirSync(ARTIFACTS, { recursive: true });
  const problems: string[] = [];
  browser.on('page', (page) => watch(page, problems));
  return {
    base: server.url.replace(/\/$/, ''),
    browser,
    problems,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      await server.close();
      await store.close();
    },
  };
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
}

export async function getJson<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
