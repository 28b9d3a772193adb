import { parentPort } from 'node:worker_threads';
import type { Source } from '../contracts/document.js';
import { prepareUnit } from './prepare.js';

/**
 * A worker thread of `ingest --workers N`: prepares the units it is sent and
 * posts each result back under its id. The documents go back without their
 * source bytes, which the main thread still holds.
 */
parentPort?.on('message', ({ id, input, source }: { id: number; input: string; source: Source }) => {
  try {
    const bytes = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
    const result = prepareUnit({ input, source: { ...source, bytes } });
    if (result.ok) for (const document of result.documents) (document.appearance as { source: Source | null }).source = null;
    parentPort?.postMessage({ id, result });
  } catch (error) {
    parentPort?.postMessage({ id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
