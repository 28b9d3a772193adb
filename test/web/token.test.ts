import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot, startHarness, type Harness } from './harness.js';

const TOKEN = 'test-token-5f2c';

/** The web UI against a server that needs a token for writes. */
describe('web UI with an access token', () => {
  let harness: Harness;
  let page: Page;

  before(async () => {
    harness = await startHarness({ token: TOKEN });
    page = await harness.browser.newPage();
  });
  after(() => harness?.close());

  const paste = async () => {
    await page.locator('textarea[name="text"]').fill('The regional governor said on Tuesday that 9 civilians were killed in Sumy overnight.');
    await page.locator('input[name="published"]').fill('2025-01-08');
    await page.locator('.paste-form button[type="submit"]').click();
  };

  test('a write without the token asks for it; with it the paste goes through', async () => {
    await page.goto(`${harness.base}/#/add`);
    await page.waitForSelector('#view[aria-busy="false"]');
    await paste();
    const refused = page.locator('.progress .status-error');
    await refused.waitFor();
    assert.match((await refused.textContent()) ?? '', /needs its access token/);
    assert.equal(await page.locator('.ingest-result').count(), 0);

    await page.locator('input[name="access-token"]').fill(TOKEN);
    await page.locator('.token-form button[type="submit"]').click();
    await page.locator('.token-note', { hasText: 'Saved' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('corroborate.token')), TOKEN);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
    assert.ok(!page.url().includes(TOKEN), 'the token is not in the URL');

    await paste();
    await page.waitForSelector('.ingest-result tr[data-claim-row]');
    assert.match((await page.locator('.ingest-result').first().textContent()) ?? '', /9/);
    await screenshot(page, 'add-source-token');
  });

  test('no page broke the Content-Security-Policy, threw or opened a dialog', () => {
    assert.deepEqual(harness.problems, []);
  });
});
