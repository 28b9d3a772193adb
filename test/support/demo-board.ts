import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Board } from '../../src/contracts/board.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { ingestInputs } from '../../src/ingest/pipeline.js';
import { reconcile } from '../../src/reconcile/board.js';
import { openSqliteStore } from '../../src/store/sqlite.js';

/**
 * The reconciled board of the demo corpus, ingested into a fresh SQLite
 * store and read back from it. The store is removed at once, so this can
 * run inside a `before` hook.
 */
export async function demoBoard(): Promise<Board> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-demo-'));
  const store = openSqliteStore(join(dir, 'demo.db'));
  try {
    for await (const result of ingestInputs(store, [demoCorpusPath()])) {
      if (!result.ok) throw new Error(`demo corpus: ${result.input}: ${result.error}`);
    }
    return reconcile(await store.listSourcedClaims());
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
