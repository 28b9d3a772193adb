import type { Worker } from 'node:worker_threads';
import type { BoardQuery } from '../reconcile/from-store.js';
import type { Store } from '../store/store.js';
import { startModuleWorker, workerModule } from '../threads.js';
import { BoardAnswers, type BoardBody } from './board-body.js';

export type BoardJob = { kind: 'board'; query: BoardQuery } | { kind: 'brief'; query: BoardQuery; format: 'md' | 'html'; title?: string };
export interface BoardRequest {
  id: number;
  job: BoardJob;
}
/** A job's answer, and how long the worker took to make it (ms; 0 when it had it already). */
export type BoardReply = { id: number; took: number; board: BoardBody } | { id: number; took: number; brief: Uint8Array<ArrayBuffer> } | { id: number; error: string };
export interface BoardWorkerData {
  /** Where the worker opens the store: a SQLite path or a PostgreSQL URL (with its password). */
  location: string;
}

/** A reconcile that failed: the request gets a 500 with the reason, and the next request tries again. */
export class BoardUnavailableError extends Error {}

/** Tuning of the freshness rule (see BoardService). */
export interface FreshnessOptions {
  /** Boards that take at least this long to make may be served stale while writes stream in. */
  slowMs: number;
  /** While writes stream in, the newest board is served while asked for less than this many times its making time ago; an older one gives way to the board being made. */
  staleFactor: number;
}

export const DEFAULT_FRESHNESS: FreshnessOptions = { slowMs: 1000, staleFactor: 3 };

/** An answer made by the worker, with the store's change count (the main connection's) it is known to include. */
interface Made<T> {
  value: T;
  version: number;
  /** When it was asked for (performance.now()), and how long the worker took to make it (ms). */
  started: number;
  took: number;
  /** Whether the store changed while it was being made: writes are streaming in. */
  sawWrites: boolean;
}

/** The answers of one kind for one query: the newest made, the one being made, and one queued behind it. */
interface Slot<T> {
  ready?: Made<T>;
  running?: { version: number; done: Promise<Made<T>> };
  queued?: { version: number; done: Promise<Made<T>> };
  /** Resolved when writes are found to be streaming in: requests waiting for a fresh answer then take the newest. */
  streaming?: Deferred;
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

/** Slots kept: one per query and kind asked for (the page's board and brief, a few filtered ones). */
const KEPT_SLOTS = 16;

/**
 * The board-derived answers of `corroborate serve`, made by a worker thread
 * (board-worker.ts) that opens the store itself, so that the main thread
 * never reconciles nor serialises a board and keeps answering everything
 * else while a board is being made.
 *
 * Freshness: a request needs an answer made from the store as it was when
 * the request arrived or later (its change count then, on the server's
 * connection): a client whose write completed before its read sees it. The
 * newest answer serves when the store has not changed since it was asked
 * for; otherwise a new one is made. At most one is made at a time per
 * query; requests arriving meanwhile share it when it was asked for after
 * the store last changed, else they share the one queued behind it (at most
 * one queued). So a request waits at most about two reconcile times.
 *
 * One exception, for big stores under a stream of writes. Writes are
 * streaming in when the newest answer took at least `slowMs` to make and
 * the store changed while an answer was being made (seen when it is done,
 * or by a request arriving meanwhile). Then a request gets the newest
 * answer at once if it was asked for less than `staleFactor` times its
 * making time ago, else the one being made, never one queued behind it;
 * requests already waiting take the same. A fresh answer is made behind
 * them all the while. Such a request misses at most the writes of the last
 * few reconcile times; once an answer is made with no write meanwhile,
 * requests are fresh again. Small stores (tests, most uses) reconcile in
 * well under `slowMs`, so for them every read sees every write completed
 * before it.
 */
export class BoardService {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (reply: BoardReply) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private closed = false;
  private readonly slots = new Map<string, Slot<unknown>>();

  constructor(
    private readonly store: Store,
    private readonly location: string,
    private readonly freshness: FreshnessOptions = DEFAULT_FRESHNESS,
  ) {}

  /** The board for the query, as answers to the board endpoints. */
  board(query: BoardQuery = {}): Promise<BoardAnswers> {
    return this.answer(`board ${JSON.stringify(query)}`, { kind: 'board', query }, (reply) => {
      if (!('board' in reply)) throw new Error('the board worker answered a board job with something else');
      return new BoardAnswers(reply.board);
    });
  }

  /** The brief of the board for the query, as bytes of Markdown or HTML. */
  brief(query: BoardQuery, format: 'md' | 'html', title?: string): Promise<Uint8Array<ArrayBuffer>> {
    const job: BoardJob = { kind: 'brief', query, format, ...(title === undefined ? {} : { title }) };
    return this.answer(`brief ${JSON.stringify(job)}`, job, (reply) => {
      if (!('brief' in reply)) throw new Error('the board worker answered a brief job with something else');
      return reply.brief;
    });
  }

  /** Stops the worker; requests still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.failPending(new BoardUnavailableError('the server is closing'));
    await worker?.terminate();
  }

  private async answer<T>(key: string, job: BoardJob, read: (reply: BoardReply) => T): Promise<T> {
    const version = await this.store.changeCount();
    const slot = this.slot<T>(key);
    const { ready, running } = slot;
    if (ready && ready.version >= version) return ready.value;
    const streaming = ready !== undefined && ready.took >= this.freshness.slowMs && (ready.sawWrites || (running !== undefined && running.version < version));
    const fresh = this.fresh(slot, version, job, read);
    if (streaming) {
      // Requests waiting for a fresh answer take what this one takes.
      slot.streaming?.resolve();
      slot.streaming = undefined;
      return this.whileStreaming(slot, fresh);
    }
    slot.streaming ??= deferred();
    const made = await Promise.race([fresh, slot.streaming.promise.then(() => null)]);
    return made ? made.value : this.whileStreaming(slot, fresh);
  }

  /**
   * What a request gets while writes stream in: the newest answer if it was asked for less than
   * `staleFactor` times its making time ago, else the one being made, else a fresh one.
   */
  private async whileStreaming<T>(slot: Slot<T>, fresh: Promise<Made<T>>): Promise<T> {
    const { ready, running } = slot;
    const recent = ready !== undefined && performance.now() - ready.started <= this.freshness.staleFactor * ready.took;
    if (!recent && !running) return (await fresh).value;
    fresh.catch(() => {}); // reported by start()
    return recent ? ready.value : (await running!.done).value;
  }

  /** An answer made from the store at `version` or later: the one being made, or the one queued behind it. */
  private fresh<T>(slot: Slot<T>, version: number, job: BoardJob, read: (reply: BoardReply) => T): Promise<Made<T>> {
    const { running } = slot;
    if (!running) return this.start(slot, version, job, read);
    if (running.version >= version) return running.done;
    if (slot.queued) {
      // Asked for only once the one running is done, so after every request now waiting for it arrived.
      slot.queued.version = Math.max(slot.queued.version, version);
      return slot.queued.done;
    }
    const queued = { version, done: null as unknown as Promise<Made<T>> };
    queued.done = running.done
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        slot.queued = undefined;
        return this.start(slot, queued.version, job, read);
      });
    slot.queued = queued;
    return queued.done;
  }

  private start<T>(slot: Slot<T>, version: number, job: BoardJob, read: (reply: BoardReply) => T): Promise<Made<T>> {
    const started = performance.now();
    const done = this.run(job).then(async (reply) => {
      const value = read(reply);
      const took = 'took' in reply ? reply.took : 0;
      const made: Made<T> = { value, version, started, took, sawWrites: (await this.store.changeCount()) > version };
      if (!slot.ready || slot.ready.version <= version) slot.ready = made;
      return made;
    });
    const running = { version, done };
    slot.running = running;
    const finished = () => {
      if (slot.running === running) slot.running = undefined;
      // Nothing left to wait for: the requests that waited have their answer, and their races can be collected.
      if (!slot.running && !slot.queued) slot.streaming = undefined;
    };
    done.then(finished, (error: Error) => {
      finished();
      if (!this.closed) process.stderr.write(`corroborate serve: ${error.message}\n`);
    });
    return done;
  }

  private slot<T>(key: string): Slot<T> {
    let slot = this.slots.get(key);
    if (slot) {
      this.slots.delete(key);
    } else {
      slot = {};
      if (this.slots.size >= KEPT_SLOTS) this.slots.delete(this.slots.keys().next().value as string);
    }
    this.slots.set(key, slot);
    return slot as Slot<T>;
  }

  /** Sends a job to the worker (started on first use, and again after it stopped) and waits for its reply. */
  private run(job: BoardJob): Promise<BoardReply> {
    if (this.closed) return Promise.reject(new BoardUnavailableError('the server is closing'));
    const worker = (this.worker ??= this.startWorker());
    const id = this.nextId++;
    return new Promise<BoardReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies BoardRequest);
    }).then((reply) => {
      if ('error' in reply) throw new BoardUnavailableError(`the board could not be made: ${reply.error}`);
      return reply;
    });
  }

  private startWorker(): Worker {
    const worker = startModuleWorker(workerModule('board-worker', import.meta.url), { workerData: { location: this.location } satisfies BoardWorkerData });
    worker.on('message', (reply: BoardReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    });
    const stopped = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      this.failPending(error);
    };
    worker.on('error', (error) => stopped(new BoardUnavailableError(`the board worker failed: ${error.message}`)));
    // A worker that dies without an error (out of memory, say) must not leave requests waiting forever.
    worker.on('exit', (code) => stopped(new BoardUnavailableError(`the board worker stopped (exit code ${code})`)));
    return worker;
  }

  private failPending(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
