import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { READ_KINDS, clean, figuresGone, missingDocuments, runLoad, startServeProcess } from '../../bench/mixed-load.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../support/temp.js';

// bench/api.ts fills stores through the built dist/, which has no type declarations, so it is loaded by a
// specifier the type checker does not follow (as in concurrent-ingest.test.ts).
const BENCH_API = '../../bench/api.js';
const { fillStore } = (await import(BENCH_API)) as { fillStore: (path: string, claims: number) => Promise<{ claims: number; documents: number }> };

const SECONDS = 4;

async function documentsIn(db: string): Promise<Set<string>> {
  const store = await openStore(db);
  try {
    return new Set((await store.listSourcedClaims({})).map(({ claim }) => claim.doc));
  } finally {
    await store.close();
  }
}
const WRITE_CONNECTIONS = 2;

test(`${SECONDS} s of mixed reads and ingests against corroborate serve: no errors, no status but 2xx (or 404 for a figure the board dropped), no ingested document lost`, async () => {
  const db = join(tempDir(), 'load.db');
  const filled = await fillStore(db, 2500);
  // The documents stored before the load: figures answered 404 are checked against the boards the server could have made since.
  const before = await documentsIn(db);
  const token = 'a-token-for-the-load-test';
  const server = await startServeProcess(db, token);
  let report;
  try {
    report = await runLoad({ url: server.url, token, seconds: SECONDS, readConnections: 4, writeConnections: WRITE_CONNECTIONS, timeoutSeconds: 10, reads: READ_KINDS, writeSeed: 7 });
    const { errors, timeouts, non2xx, statuses } = report.writes;
    assert.deepEqual({ errors, timeouts, non2xx, statuses }, { errors: 0, timeouts: 0, non2xx: 0, statuses: {} }, 'writes');
    assert.deepEqual({ errors: report.reads.errors, timeouts: report.reads.timeouts }, { errors: 0, timeouts: 0 }, 'reads');
    // Statuses other than 2xx: only 404s of figures, checked below against the final board.
    assert.equal(report.reads.non2xx, report.figuresNotFound.length, JSON.stringify(report.reads.statuses));
    assert.deepEqual(report.ingestProblems, []);
    // Low bars, for a busy machine: one round of the read schedule (every kind once) and a few ingests.
    assert.ok(report.reads.requests >= 13, `only ${report.reads.requests} reads answered`);
    assert.ok(report.writes.requests >= 3, `only ${report.writes.requests} ingests answered`);
    assert.deepEqual(Object.keys(report.kinds).sort(), [...READ_KINDS, 'ingest'].sort(), 'every kind of request was made');
    // Every ingest answered is a new document (its text is new), and the server still has each one.
    assert.equal(report.ingested.length, report.writes.requests);
    assert.equal(new Set(report.ingested).size, report.ingested.length);
    assert.deepEqual(await missingDocuments(server.url, report.ingested), []);
  } finally {
    assert.equal(await server.stop(), 0, 'the server stops cleanly');
  }
  assert.ok(clean(report, await figuresGone(db, report, before)), `figures answered 404 that no board of the load lacks: ${report.figuresNotFound.join(', ')}`);

  // And so does the store file, read afresh after the server has gone: the ingests answered, plus at most
  // those still under way when the load stopped (stored, but their answers never read).
  const store = await openStore(db);
  try {
    const documents = (await store.stats()).documents;
    assert.ok(documents >= filled.documents + report.ingested.length && documents <= filled.documents + report.ingested.length + WRITE_CONNECTIONS, `${documents} documents`);
    for (const id of report.ingested) assert.ok(await store.getDocument(id), `document ${id} is in the store`);
  } finally {
    await store.close();
  }
});
