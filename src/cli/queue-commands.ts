import { enqueueInputs, type EnqueueOptions } from '../queue/enqueue.js';
import { openQueue, type QueueSettings } from '../queue/queue.js';
import { queueStatus } from '../queue/status.js';
import { runWorker, type WorkerOptions } from '../queue/worker.js';
import { formatQueueStatus } from '../report/queue-status.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';

/** `enqueue`: one line (or JSON record) per input queued; exit 1 when some could not be. */
export async function runEnqueue(store: Store, url: string, inputs: readonly string[], options: EnqueueOptions & { json: boolean }): Promise<number> {
  const boss = await openQueue(url, { onError: reportError });
  let queued = 0;
  let failed = 0;
  try {
    for await (const result of enqueueInputs(boss, inputs, options)) {
      result.ok ? queued++ : failed++;
      if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else if (!result.ok) process.stderr.write(`corroborate: ${result.input}: ${result.error}\n`);
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  if (!options.json) process.stderr.write(`${queued} queued, ${failed} failed (queue: ${store.location})\n`);
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

/** `worker`: works on the queue until SIGINT or SIGTERM (or, with --until-empty, until it is drained). */
export async function runWorkerCommand(
  store: Store,
  url: string,
  options: Omit<WorkerOptions, 'onJob'> & Pick<QueueSettings, 'maintenanceSeconds'> & { json: boolean },
): Promise<number> {
  const boss = await openQueue(url, { maintenanceSeconds: options.maintenanceSeconds, onError: reportError });
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const summary = await runWorker(store, boss, {
    ...options,
    onJob: (report) => {
      if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else if (!report.ok) process.stderr.write(`corroborate: ${report.input}: ${report.error}\n`);
    },
  }, stop);
  if (!options.json) process.stderr.write(`worker: ${summary.done} jobs done, ${summary.failed} failed attempts (store: ${store.location})\n`);
  return EXIT.ok;
}

export async function runStatus(store: Store, url: string, options: { json: boolean }): Promise<number> {
  const status = await queueStatus(store, url);
  process.stdout.write(options.json ? `${JSON.stringify(status)}\n` : formatQueueStatus(status, store.location));
  return EXIT.ok;
}

function reportError(error: Error): void {
  process.stderr.write(`corroborate: queue: ${error.message}\n`);
}
