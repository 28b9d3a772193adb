import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running the module `script` (a URL beside the caller:
 * `new URL('./x-worker.js', import.meta.url)`). Run from the TypeScript
 * sources (the tests), the `.ts` file is loaded instead, and the worker
 * registers tsx itself, since loader hooks do not reach worker threads.
 */
export function startModuleWorker(script: URL, options: WorkerOptions = {}): Worker {
  if (!script.href.endsWith('.ts')) return new Worker(script, options);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`, { ...options, eval: true });
}

/** The worker module beside `importer` (its import.meta.url) named `name` without extension: `.ts` from the sources, `.js` from dist/. */
export function workerModule(name: string, importer: string): URL {
  return new URL(`./${name}${importer.endsWith('.ts') ? '.ts' : '.js'}`, importer);
}
