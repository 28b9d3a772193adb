import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { ClaimDetail, ClaimPage, FigureTimeline } from '../../src/contracts/api.js';
import type { Board, Figure } from '../../src/contracts/board.js';
import { tempDir } from '../support/temp.js';
import { getJson, screenshot, startHarness, type Harness } from './harness.js';

/** A Markdown article with front matter and one casualty claim. */
function article(title: string, sentence: string): string {
  return `---\ntitle: ${title}\npublisher: Test Wire\npublished: 2025-02-03\n---\n\n${sentence}\n`;
}

/** Serves one page on 127.0.0.1 for the server to fetch. */
async function servePage(body: string, contentType: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => response.writeHead(200, { 'content-type': contentType }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/article.md`, server };
}

/** The web UI in a real browser against the real server and the demo corpus. */
describe('web UI', () => {
  let harness: Harness;
  let page: Page;
  let board: Board;

  before(async () => {
    harness = await startHarness({ allowPrivate: true });
    page = await harness.browser.newPage();
    board = await getJson<Board>(harness.base, '/api/board');
  });
  after(() => harness?.close());

  const open = async (hash: string) => {
    await page.goto(`${harness.base}/${hash}`);
    await page.waitForSelector('#view[aria-busy="false"]');
  };

  function busiestFigure(): Figure {
    const figure = [...board.figures].sort((a, b) => b.claims.length - a.claims.length)[0];
    assert.ok(figure, 'the demo board has figures');
    return figure;
  }

  test('the board lists every figure with a sparkline', async () => {
    await open('');
    await page.waitForSelector('table.figures tbody tr');
    assert.equal(await page.locator('table.figures tbody tr').count(), board.figures.length);
    assert.equal(await page.locator('table.figures tbody svg.sparkline').count(), board.figures.length);
    await page.locator('th button.sort', { hasText: 'Best' }).click();
    await page.locator('select[name="outcome"]').selectOption('killed');
    assert.equal(await page.locator('table.figures tbody tr').count(), board.figures.filter((f) => f.outcome === 'killed').length);
    await page.locator('select[name="outcome"]').selectOption('');
    await screenshot(page, 'board');
  });

  test('a figure’s timeline has one mark per claim that states a number or denies, in linear and log scale', async () => {
    const figure = busiestFigure();
    const timeline = await getJson<FigureTimeline>(harness.base, `/api/figures/${encodeURIComponent(figure.id)}`);
    await open(`#/figure/${encodeURIComponent(figure.id)}`);
    const marks = page.locator('figure.timeline svg [data-claim]');
    const drawn = async () => (await marks.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-claim')))).sort();
    const charted = timeline.claims.filter((c) => c.quantity !== null || c.stance === 'denied').map((c) => c.id).sort();
    // Kirby's "some soldiers took their own lives" states no number and denies nothing: listed, never drawn as a denial at zero.
    assert.ok(timeline.claims.some((c) => c.quantity === null && c.stance !== 'denied'), 'the demo’s busiest figure holds a claim with no number that is no denial');
    assert.deepEqual(await drawn(), charted);
    await page.locator('input[name="log"]').click();
    assert.deepEqual(await drawn(), charted);
    assert.equal(await page.locator('table.claims tbody tr').count(), timeline.claims.length);
    assert.equal(await page.locator('.relations .relation').count(), timeline.relations.length);
    await screenshot(page, 'figure');
  });

  test('a claim’s evidence highlights its sentence in the document', async () => {
    const claimId = busiestFigure().claims[0]!;
    const detail = await getJson<ClaimDetail>(harness.base, `/api/claims/${encodeURIComponent(claimId)}`);
    await open(`#/claim/${encodeURIComponent(claimId)}`);
    const marks = page.locator('.document-text mark');
    assert.equal(await marks.count(), 1);
    assert.equal(await marks.textContent(), detail.claim.sentence.text);
    await screenshot(page, 'evidence');
  });

  test('a reviewer confirms a claim and adds a missed one from a selection', async () => {
    const claimId = busiestFigure().claims[0]!;
    await open(`#/claim/${encodeURIComponent(claimId)}`);
    await page.locator('input[name="reviewer"]').fill('tester');
    await page.locator('button.confirm').click();
    await page.locator('.audit-log li', { hasText: 'confirm by tester' }).waitFor();

    const detail = await getJson<ClaimDetail>(harness.base, `/api/claims/${encodeURIComponent(claimId)}`);
    const selected = detail.claim.sentence.text.slice(0, 12);
    await page.evaluate((length) => {
      const mark = document.querySelector('.document-text mark')!;
      const range = document.createRange();
      range.setStart(mark.firstChild!, 0);
      range.setEnd(mark.firstChild!, length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      mark.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, selected.length);
    await page.locator('.add-claim summary').click();
    assert.match((await page.locator('.add-claim .selected').textContent()) ?? '', new RegExp(`characters ${detail.claim.sentence.start}–${detail.claim.sentence.start + selected.length}`));
    await page.locator('.add-claim input[name="quantity.value"]').fill('7');
    await page.locator('.add-claim input[name="subject.text"]').fill('soldiers');
    await page.locator('.add-claim button[type="submit"]').click();
    await page.waitForFunction((id) => !location.hash.includes(id) && location.hash.startsWith('#/claim/'), claimId);
    await page.waitForSelector('#view[aria-busy="false"] .audit-log li');
    assert.match((await page.locator('.audit-log').textContent()) ?? '', /add by tester/);
    assert.equal(await page.locator('.document-text mark').textContent(), detail.claim.sentence.text);
  });

  test('the claims table pages through the API’s cursor', async () => {
    const first = await getJson<ClaimPage>(harness.base, '/api/claims?limit=50');
    await open('#/claims');
    await page.waitForSelector('table.claims tbody tr');
    assert.equal(await page.locator('table.claims tbody tr').count(), first.claims.length);
    if (first.next) {
      await page.locator('button.more').click();
      await page.waitForFunction((n) => document.querySelectorAll('table.claims tbody tr').length > n, first.claims.length);
    }
    await screenshot(page, 'claims');
    await page.locator('table.claims tbody tr a', { hasText: 'evidence' }).first().click();
    await page.waitForSelector('.document-text mark');
  });

  /** Submits one of the Add-source forms and waits for its claims, in the same page. */
  async function addAndWait(submit: string, number: RegExp): Promise<Locator> {
    await page.evaluate('window.__sameDocument = true');
    // Earlier results stay on the page; this submission's is the next one, put first.
    const earlier = await page.locator('.ingest-result').count();
    await page.locator(submit).click();
    await page.waitForFunction((n) => document.querySelectorAll('.ingest-result').length > n, earlier);
    const result = page.locator('.ingest-result').first();
    await result.locator('tr[data-claim-row]').first().waitFor();
    assert.equal(await page.evaluate('window.__sameDocument'), true, 'the page was not reloaded');
    assert.match((await result.textContent()) ?? '', number);
    return result;
  }

  test('a pasted document’s claims appear without a reload', async () => {
    await open('#/add');
    await page.locator('textarea[name="text"]').fill(
      'Ukrainian President Volodymyr Zelenskyy said on Monday that more than 200 North Korean soldiers were killed in the Kursk region last week.',
    );
    await page.locator('input[name="publisher"]').fill('Test Wire');
    await page.locator('input[name="published"]').fill('2025-01-06');
    await addAndWait('.paste-form button[type="submit"]', /: added, 1 claims[\s\S]*more than 200/);
    await screenshot(page, 'add-source');
  });

  test('an uploaded Markdown file’s claims appear without a reload', async () => {
    const file = join(tempDir('corroborate-upload-'), 'kharkiv.md');
    writeFileSync(file, article('Strike on Kharkiv', 'At least 12 civilians were killed in Kharkiv on Monday, the regional governor said.'));
    await open('#/add');
    await page.locator('input[name="file"]').setInputFiles(file);
    await addAndWait('form:has(input[name="file"]) button[type="submit"]', /kharkiv\.md: added, 1 claims[\s\S]*12/);
    await screenshot(page, 'add-source-file');
  });

  test('a fetched address’s claims appear without a reload', async () => {
    const { url, server } = await servePage(article('Strike on Odesa', 'At least 14 civilians were killed in Odesa on Tuesday, the regional governor said.'), 'text/markdown; charset=utf-8');
    try {
      await open('#/add');
      await page.locator('input[name="url"]').fill(url);
      await addAndWait('form:has(input[name="url"]) button[type="submit"]', /: added, 1 claims[\s\S]*14/);
      await screenshot(page, 'add-source-url');
    } finally {
      server.close();
    }
  });

  test('markup in a pasted document is shown as text and never runs', async () => {
    const payload = '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1">';
    await open('#/add');
    await page.locator('textarea[name="text"]').fill(`${payload}\n\nA Ukrainian military spokesman said 40 North Korean soldiers were killed near Sudzha on Sunday. ${payload}`);
    await page.locator('input[name="title"]').fill(payload);
    await page.locator('input[name="published"]').fill('2025-01-07');
    const result = await addAndWait('.paste-form button[type="submit"]', /pasted text: added, 1 claims/);
    await result.locator('tr[data-claim-row] a', { hasText: 'evidence' }).first().click();
    await page.waitForSelector('.document-text');
    const shown = (await page.locator('.document-text').textContent()) ?? '';
    assert.ok(shown.includes('<script>window.__pwned=1</script>'), 'the script tag is shown as text');
    assert.ok(shown.includes('onerror="window.__pwned=1"'), 'the img tag is shown as text');
    assert.equal(await page.locator('#view script, #view img').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined');
    await screenshot(page, 'evidence-markup');
  });

  test('the conflicts page and the brief render', async () => {
    await open('#/relations?verdict=conflict');
    assert.ok(board.relations.some((r) => r.verdict === 'conflict'), 'the demo has conflicts');
    await page.waitForSelector('.relation.verdict-conflict .why');
    assert.equal(await page.locator('.relation:not(.verdict-conflict)').count(), 0);
    await screenshot(page, 'relations');
    await open('#/brief');
    assert.match((await page.locator('pre.brief').textContent()) ?? '', /\S/);
    assert.equal(await page.locator('a[href="/api/brief?format=html&download=1"]').count(), 1);
    await screenshot(page, 'brief');
  });

  test('no page broke the Content-Security-Policy, threw or opened a dialog', () => {
    assert.deepEqual(harness.problems, []);
  });
});
