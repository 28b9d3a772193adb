import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runIngest } from '../../src/cli/ingest-command.js';
import type { ClaimDetail, FigureTimeline, RelationView } from '../../src/contracts/api.js';
import type { Board } from '../../src/contracts/board.js';
import { VERDICTS } from '../../src/contracts/board.js';
import { demoCorpusPath } from '../../src/ingest/demo.js';
import { loadBoard, type BoardQuery } from '../../src/reconcile/from-store.js';
import { claimsOnFigure, relationsTouching } from '../../src/report/board-view.js';
import { renderBrief } from '../../src/report/brief.js';
import { BoardAnswers, boardBody } from '../../src/server/board-body.js';
import { BoardService, BoardUnavailableError, type FreshnessOptions } from '../../src/server/board-service.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase } from '../support/postgres.js';
import { tempDir } from '../support/temp.js';
import { demoServer, getJson } from './support.js';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
const parsed = <T>(bytes: Uint8Array | null): T => JSON.parse(text(bytes ?? new Uint8Array())) as T;
const boardOf = (answers: BoardAnswers) => parsed<Board>(answers.board());
/** JSON.stringify with every UTF-16 unit outside ASCII escaped: how the board's bytes are written. */
const asciiJsonOf = (value: unknown) => JSON.stringify(value).replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
const relationsText = (answers: BoardAnswers, verdict?: string) => Buffer.concat([...answers.relations(verdict)]).toString('utf8');

async function demoStore(name: string, part = ''): Promise<{ path: string; store: Store }> {
  const path = join(tempDir(), name);
  const store = await openStore(path);
  await runIngest(store, [join(demoCorpusPath(), part)], { json: false, quiet: true });
  return { path, store };
}

/**
 * Boards never served stale unless a test asks: on a loaded machine even the demo's board can take over the
 * default second to make in the niced worker, and a test that writes while a board is made would then be
 * answered by the stale-while-streaming rule instead of the one it tests.
 */
const ALWAYS_FRESH: FreshnessOptions = { slowMs: Infinity, staleFactor: 0 };

/** Runs `run` with a board service over a fresh store of the demo corpus's articles (or `part` of it), closing both after. */
async function withBoards(
  name: string,
  run: (boards: BoardService, store: Store, path: string) => Promise<void>,
  options: { part?: string; freshness?: FreshnessOptions } = {},
): Promise<void> {
  const { path, store } = await demoStore(name, options.part ?? 'articles');
  const boards = new BoardService(store, path, options.freshness ?? ALWAYS_FRESH);
  try {
    await run(boards, store, path);
  } finally {
    await boards.close();
    await store.close();
  }
}

test("the worker's answers are those of the board reconciled on this thread, byte for byte but for escapes of characters outside ASCII", async () => {
  await withBoards('same.db', async (boards, store) => {
    const queries: BoardQuery[] = [{}, { outcome: 'killed' }, { subject: 'KP', outcome: 'casualties' }, { since: '2024-12-01' }];
    for (const query of queries) {
      const expected = await loadBoard(store, query);
      assert.equal(text((await boards.board(query)).board()), asciiJsonOf(expected), JSON.stringify(query));
      for (const format of ['md', 'html'] as const) {
        assert.equal(text(await boards.brief(query, format, 'A title')), renderBrief(expected, { format, title: 'A title' }), `${JSON.stringify(query)} ${format}`);
      }
    }

    const board = await loadBoard(store, {});
    const answers = await boards.board();
    assert.ok(board.figures.length > 3 && board.relations.length > 3);
    for (const figure of board.figures) {
      const timeline: FigureTimeline = { figure, claims: claimsOnFigure(board, figure), relations: relationsTouching(board, new Set(figure.claims)) };
      assert.equal(text(answers.figure(figure.id)!), asciiJsonOf(timeline), figure.id);
    }
    assert.equal(answers.figure('f_none'), null);
    for (const id of Object.keys(board.claims)) {
      const place: Pick<ClaimDetail, 'figure' | 'relations'> = { figure: board.claims[id]!.figure, relations: relationsTouching(board, new Set([id])) };
      assert.deepEqual(answers.claimPlace(id), place, id);
    }
    assert.deepEqual(answers.claimPlace('c_none'), { figure: null, relations: [] });
    for (const verdict of [undefined, ...VERDICTS]) {
      const views: RelationView[] = board.relations
        .filter((relation) => verdict === undefined || relation.verdict === verdict)
        .map((relation) => ({ ...relation, claims: { a: board.claims[relation.a]!, b: board.claims[relation.b]! } }));
      assert.equal(relationsText(answers, verdict), asciiJsonOf(views), verdict ?? 'every verdict');
    }
  }, { part: '' });
});

const ownPriority = getPriority();
const priorityTest = process.platform !== 'linux' ? 'threads have priorities of their own on Linux only' : ownPriority >= 10 ? 'the tests run at niceness 10 or more already' : false;

test('the board worker runs at a lower CPU priority than the thread answering requests', { skip: priorityTest }, async () => {
  const niceness = () =>
    readdirSync('/proc/self/task').map((thread) => {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    });
  await withBoards('nice.db', async (boards) => {
    const before = niceness();
    await boards.board();
    const during = niceness();
    assert.ok(!before.includes(10), 'no thread niced before the worker starts');
    assert.equal(during.filter((nice) => nice === 10).length, 1, 'one thread, the worker, niced');
    assert.equal(getPriority(), ownPriority, 'the main thread is not');
  });
});

test('a board of many MB with text outside ASCII is written as ASCII, with every span exact', () => {
  const board: Board = { as_of: '2024-12-28', figures: [], relations: [], claims: {} };
  const ids = Array.from({ length: 10_000 }, (_, i) => `c_${i}`);
  for (const [i, id] of ids.entries()) {
    board.claims[id] = { id, figure: `f_${i % 3}`, title: `Заголовок «${i}» — ${'å🙂'.repeat(300 + (i % 50))}` } as unknown as Board['claims'][string];
  }
  board.figures = [0, 1, 2].map((f) => ({ id: `f_${f}`, claims: ids.filter((_, i) => i % 3 === f) }) as unknown as Board['figures'][number]);
  board.relations = ids.slice(1).map((id, i) => ({ a: ids[i]!, b: id, verdict: i % 2 ? 'conflict' : 'consistent', why: `≠ ${i}` }) as Board['relations'][number]);
  const answers = new BoardAnswers(boardBody(board));
  assert.ok(answers.board().length > 2 * (8 << 20), 'several chunks of the writer');
  assert.equal(text(answers.board()), asciiJsonOf(board));
  assert.ok(answers.board().every((byte) => byte < 0x80), 'every byte ASCII');
  assert.deepEqual(boardOf(answers), board, 'the same JSON value');
  for (const id of [ids[0]!, ids[4999]!, ids[9999]!]) {
    assert.deepEqual(answers.claimPlace(id), { figure: board.claims[id]!.figure, relations: relationsTouching(board, new Set([id])) });
  }
  const figure = board.figures[1]!;
  assert.equal(text(answers.figure(figure.id)!), asciiJsonOf({ figure, claims: claimsOnFigure(board, figure), relations: relationsTouching(board, new Set(figure.claims)) }));
  const views = board.relations.filter((r) => r.verdict === 'conflict').map((r) => ({ ...r, claims: { a: board.claims[r.a], b: board.claims[r.b] } }));
  assert.equal(relationsText(answers, 'conflict'), asciiJsonOf(views));
});

test('on PostgreSQL the worker opens the store by its URL, and sees a write made on the server\'s connection', async () => {
  const url = await freshDatabase();
  const store = await openStore(url);
  const boards = new BoardService(store, url);
  try {
    await runIngest(store, [join(demoCorpusPath(), 'articles')], { json: false, quiet: true });
    const board = await loadBoard(store, {});
    assert.equal(text((await boards.board()).board()), asciiJsonOf(board));
    const claim = Object.keys(board.claims)[0]!;
    await store.reviewClaim(claim, { action: 'reject', reviewer: 'test' });
    assert.ok(!(claim in boardOf(await boards.board()).claims));
  } finally {
    await boards.close();
    await store.close();
  }
});

test('a board is made again only when the store has changed, by this connection or another', async () => {
  await withBoards('cache.db', async (boards, store, path) => {
    const other = await openStore(path);
    const first = await boards.board();
    assert.equal(await boards.board(), first, 'unchanged store: the same answers');
    assert.notEqual(await boards.board({ outcome: 'killed' }), first, 'another query: another board');
    const claim = Object.keys(boardOf(first).claims)[0]!;
    await store.reviewClaim(claim, { action: 'reject', reviewer: 'test' });
    const afterReview = await boards.board();
    assert.notEqual(afterReview, first);
    assert.ok(!(claim in boardOf(afterReview).claims), 'the rejected claim is gone from the next board');
    await runIngest(other, [join(demoCorpusPath(), 'feeds')], { json: false, quiet: true });
    const afterOther = await boards.board();
    assert.ok(Object.keys(boardOf(afterOther).claims).length > Object.keys(boardOf(afterReview).claims).length, 'a write by another connection is seen');
    await other.close();
  });
});

/**
 * A board, then a write and a read (which asks for a board made after it), a second write once that board
 * has been asked for, so while it is made, and a read after the second write; the reads not yet awaited.
 */
async function writesWhileMaking(boards: BoardService, store: Store) {
  const first = await boards.board();
  const claims = Object.keys(boardOf(first).claims);
  await store.reviewClaim(claims[0]!, { action: 'reject', reviewer: 'test' });
  const during = boards.board();
  await new Promise(setImmediate);
  await store.reviewClaim(claims[1]!, { action: 'reject', reviewer: 'test' });
  return { first, claims, during, after: boards.board() };
}

test('requests arriving together share one board; a write made while it is made is seen by the next request', async () => {
  await withBoards('coalesce.db', async (boards, store) => {
    const together = await Promise.all([boards.board(), boards.board(), boards.board()]);
    assert.ok(together.every((answers) => answers === together[0]), 'one board for the three');
    const { claims, during, after } = await writesWhileMaking(boards, store);
    const [seenDuring, seenAfter] = [await during, await after];
    assert.ok(!(claims[0]! in boardOf(seenDuring).claims));
    assert.notEqual(seenAfter, seenDuring, 'the read after the second review gets a board asked for after it');
    assert.ok(!(claims[1]! in boardOf(seenAfter).claims), 'and sees it');
  });
});

test('while writes stream in, a slow board is served stale at once, waiting reads too, then fresh once a board is made with no write meanwhile', async () => {
  // Every board counts as slow here, as a board of 100k claims does.
  await withBoards('stale.db', async (boards, store) => {
    // The first read waits for a board made after the first write; the second write, made while it is made, shows writes streaming in.
    const { first, claims, during: waiting, after: arriving } = await writesWhileMaking(boards, store);
    assert.equal(await arriving, first, 'a read arriving then gets the newest board at once');
    assert.equal(await waiting, first, 'and so does the read that was waiting');
    let fresh = await boards.board();
    for (let i = 0; (fresh === first || claims[1]! in boardOf(fresh).claims) && i < 100; i++) {
      fresh = await new Promise<BoardAnswers>((resolve) => setTimeout(() => resolve(boards.board()), 50));
    }
    assert.ok(!(claims[0]! in boardOf(fresh).claims) && !(claims[1]! in boardOf(fresh).claims), 'boards made behind it have the writes');
    assert.equal(await boards.board(), fresh, 'no write since: it serves');
  }, { freshness: { slowMs: 0, staleFactor: 1e6 } });
});

test('while writes stream in, a board asked for too long ago gives way to the one being made, not to one queued behind it', async () => {
  // Every board slow, none recent enough to serve.
  await withBoards('stale-old.db', async (boards, store) => {
    const { first, claims, during: waiting, after: arriving } = await writesWhileMaking(boards, store);
    const [waited, arrived] = [await waiting, await arriving];
    assert.notEqual(waited, first);
    assert.equal(arrived, waited, 'the read arriving after the second write takes the board being made');
    assert.ok(!(claims[0]! in boardOf(arrived).claims));
  }, { freshness: { slowMs: 0, staleFactor: 0 } });
});

test('a board that cannot be made is an error with its reason, and the next request tries again', async () => {
  await withBoards('broken.db', async (boards, store, path) => {
    const raw = new Database(path);
    const id = Object.keys(boardOf(await boards.board()).claims)[0]!;
    const record = raw.prepare('SELECT record FROM claims WHERE id = ?').pluck().get(id) as string;
    raw.prepare('UPDATE claims SET record = ? WHERE id = ?').run('{not json', id);
    await assert.rejects(boards.board(), (error: Error) => error instanceof BoardUnavailableError && /could not be made: .*JSON/.test(error.message));
    raw.prepare('UPDATE claims SET record = ? WHERE id = ?').run(record, id);
    assert.ok(id in boardOf(await boards.board()).claims, 'repaired: the next request makes the board');

    const missing = new BoardService(store, join(tempDir(), 'gone.db'));
    try {
      await assert.rejects(missing.board(), /could not be made: .*gone\.db: no such store/);
    } finally {
      await missing.close();
    }
    raw.close();
  });
});

test('over HTTP: a board that cannot be made is a 500 with the reason, and the next read tries again', async () => {
  const demo = await demoServer();
  const raw = new Database(demo.path);
  try {
    const id = Object.keys((await getJson<Board>(demo.url('/api/board'))).claims)[0]!;
    const record = raw.prepare('SELECT record FROM claims WHERE id = ?').pluck().get(id) as string;
    raw.prepare('UPDATE claims SET record = ? WHERE id = ?').run('{not json', id);
    const broken = await fetch(demo.url('/api/board'));
    assert.equal(broken.status, 500);
    assert.match(((await broken.json()) as { error: string }).error, /the board could not be made: .*JSON/);
    raw.prepare('UPDATE claims SET record = ? WHERE id = ?').run(record, id);
    assert.ok(id in (await getJson<Board>(demo.url('/api/board'))).claims);
  } finally {
    raw.close();
  }
});

test('closing the server stops the board worker: the process exits by itself', async () => {
  const { path, store } = await demoStore('exit.db', 'articles');
  await store.close();
  const script = `
    import { startServer } from './src/server/start.ts';
    import { openStore } from './src/store/open.ts';
    const store = await openStore(${JSON.stringify(path)});
    const server = await startServer({ store, storeLocation: ${JSON.stringify(path)}, host: '127.0.0.1', port: 0 });
    const board = await (await fetch(new URL('/api/board', server.url))).json();
    await server.close();
    await store.close();
    process.stdout.write('closed with ' + Object.keys(board.claims).length + ' claims\\n');`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(child.error, undefined, 'the process exited within a minute');
  assert.equal(child.status, 0, child.stderr);
  assert.match(child.stdout, /^closed with [1-9]\d* claims$/m);
});
