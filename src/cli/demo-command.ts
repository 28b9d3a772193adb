import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderBrief } from '../report/brief.js';
import { writeFileAtomically } from './write-output.js';
import { DEMO_MARK, demoCorpusPath } from '../ingest/demo.js';
import { boardTable } from '../report/board.js';
import { claimsTable } from '../report/claims.js';
import { loadBoard } from '../reconcile/from-store.js';
import { copyGroups, describeCopyGroups, documentJson, documentsTable } from '../report/documents.js';
import { isPostgresUrl, openStore, redact } from '../store/open.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';
import { runIngest } from './ingest-command.js';

/**
 * Replaces the demo store only if it is one `demo` made; never someone's own
 * store. A PostgreSQL database is not replaced but ingested into again (which
 * adds nothing new), and only when it is empty or a demo store.
 */
async function freshDemoStore(path: string): Promise<Store> {
  const database = isPostgresUrl(path);
  if (database || existsSync(path)) {
    const old = await openStore(path);
    const isDemo = (await old.getMeta(DEMO_MARK)) === '1';
    const empty = (await old.stats()).documents === 0;
    await old.close();
    if (!isDemo && !(database && empty)) throw new Error(`${redact(path)}: exists and is not a demo store; refusing to replace it (choose another --db)`);
    if (!database) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  }
  const store = await openStore(path);
  await store.setMeta(DEMO_MARK, '1');
  return store;
}

export async function runDemo(opts: { db: string; json: boolean }): Promise<number> {
  const corpus = demoCorpusPath();
  const store = await freshDemoStore(opts.db);
  try {
    const { code } = await runIngest(store, [corpus], { json: false, quiet: true });
    const documents = await store.listDocuments();
    if (opts.json) {
      for (const document of documents) process.stdout.write(`${JSON.stringify(documentJson(document))}\n`);
      return code;
    }
    const stats = await store.stats();
    const claims = await store.listClaims();
    const board = await loadBoard(store, {});
    const briefPath = join(isPostgresUrl(opts.db) ? '.' : dirname(opts.db), 'corroborate-demo-brief.md');
    await writeFileAtomically(briefPath, [renderBrief(board, { format: 'md', title: 'North Korean losses in Kursk: the demo corpus' })]);
    process.stdout.write(
      [
        `corroborate demo: ${stats.documents} documents from ${stats.sources} source files, ${stats.origins} independent origins, ${stats.claims} claims.`,
        '',
        documentsTable(documents),
        '',
        describeCopyGroups(copyGroups(documents)),
        '',
        'Claims, in publication order:',
        '',
        claimsTable(claims),
        '',
        'The board: claims reconciled into figures (corroborate board):',
        '',
        boardTable(board),
        '',
        `The brief of these figures, every sentence cited, is in ${briefPath} (corroborate brief --format html for HTML).`,
        `The demo store is ${opts.db}; look inside with: corroborate documents --db ${opts.db}, corroborate claims --db ${opts.db}, corroborate board --db ${opts.db}`,
        '',
      ].join('\n'),
    );
    return code === EXIT.ok ? EXIT.ok : code;
  } finally {
    await store.close();
  }
}
