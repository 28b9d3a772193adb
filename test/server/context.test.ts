import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { runIngest } from '../../src/cli/ingest-command.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { serverContext } from '../../src/server/context.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../support/temp.js';

test('the server reconciles again only when the store has changed, also when another process wrote it', async () => {
  const path = join(tempDir(), 'cache.db');
  const store = await openStore(path);
  const other = await openStore(path);
  try {
    await runIngest(store, [join(demoCorpusPath(), 'articles')], { json: false, quiet: true });
    const context = serverContext(store, { token: null });
    const first = await context.board();
    assert.equal(await context.board(), first, 'unchanged store: the same board');
    assert.notEqual(await context.board({ outcome: 'killed' }), first, 'another query: another board');
    const claim = Object.keys(first.claims)[0] ?? '';
    await store.reviewClaim(claim, { action: 'reject', reviewer: 'test' });
    const afterReview = await context.board();
    assert.notEqual(afterReview, first);
    assert.ok(!(claim in afterReview.claims), 'the rejected claim is gone from the new board');
    await runIngest(other, [join(demoCorpusPath(), 'feeds')], { json: false, quiet: true });
    const afterOther = await context.board();
    assert.notEqual(afterOther, afterReview, 'a write by another connection is seen');
    assert.ok(Object.keys(afterOther.claims).length > Object.keys(afterReview.claims).length);
  } finally {
    await other.close();
    await store.close();
  }
});
