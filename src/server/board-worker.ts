import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Board } from '../contracts/board.js';
import { loadBoard } from '../reconcile/from-store.js';
import { renderBrief } from '../report/brief.js';
import { openStore, reasonOf } from '../store/open.js';
import type { Store } from '../store/store.js';
import { boardBody, transferables } from './board-body.js';
import type { BoardJob, BoardReply, BoardRequest, BoardWorkerData } from './board-service.js';

/**
 * The board worker of `corroborate serve` (started by BoardService): it
 * opens the store itself, reconciles it, and answers each job with a
 * ready-made body (a BoardBody, or a brief's text as bytes), so that the
 * server's main thread never reconciles nor serialises a board. Jobs are
 * done one at a time, in the order they come.
 *
 * Boards are kept per query with the store's change count (this
 * connection's) at the time they were read: a job whose store has not
 * changed since reuses the board (a brief after the board, say).
 */
const { location } = workerData as BoardWorkerData;

/**
 * Boards are background work: on a busy machine the requests the main thread answers come first (a board
 * of 100k claims keeps a core busy for seconds). On Linux a thread's priority is its own, so this nices
 * only this thread; elsewhere it would nice the whole server, so it is left alone there.
 */
const NICENESS = 10;
if (process.platform === 'linux') setPriority(NICENESS);

/** Boards kept: the page's own query and a few filtered ones. */
const KEPT_BOARDS = 4;

let store: Store | null = null;
const boards = new Map<string, { version: number; board: Board }>();

async function boardFor(query: BoardJob['query']): Promise<Board> {
  store ??= await openStore(location, { migrate: false });
  const key = JSON.stringify(query);
  const version = await store.changeCount();
  const kept = boards.get(key);
  if (kept && kept.version === version) return kept.board;
  boards.delete(key); // the old board is garbage before the new one is made
  const board = await loadBoard(store, query);
  boards.set(key, { version, board });
  if (boards.size > KEPT_BOARDS) boards.delete(boards.keys().next().value as string);
  return board;
}

async function answer({ id, job }: BoardRequest): Promise<void> {
  const started = performance.now();
  try {
    const board = await boardFor(job.query);
    if (job.kind === 'board') {
      const body = boardBody(board);
      reply({ id, took: performance.now() - started, board: body }, transferables(body));
    } else {
      // Copied into an ArrayBuffer of its own: a small Buffer lives in Node's shared pool, which must not be transferred.
      const brief = new Uint8Array(Buffer.from(renderBrief(board, { format: job.format, title: job.title })));
      reply({ id, took: performance.now() - started, brief }, [brief.buffer]);
    }
  } catch (error) {
    // The next job opens the store afresh: it may have been replaced, or a connection may have broken.
    const broken = store;
    store = null;
    boards.clear();
    await broken?.close().catch(() => {});
    reply({ id, error: reasonOf(error) });
  }
}

function reply(message: BoardReply, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

// One job at a time: a job waits for the one before it, whose board it may reuse.
let done: Promise<void> = Promise.resolve();
parentPort?.on('message', (request: BoardRequest) => {
  done = done.then(() => answer(request));
});
