import { randomBytes } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/**
 * Writes chunks to a file all at once or not at all: into a temporary file
 * beside it, renamed over the target only when every chunk is written and
 * flushed. On any failure the temporary file is removed and the target is
 * untouched.
 */
export async function writeFileAtomically(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const stream = createWriteStream(temporary, { flags: 'wx' });
  let failure: unknown = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  try {
    for await (const chunk of chunks) {
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    stream.end();
    await finished(stream);
    renameSync(temporary, path);
  } catch (error) {
    stream.destroy();
    rmSync(temporary, { force: true });
    throw new Error(`${path}: not written: ${reasonOf(error)}`);
  }
}

/** Chunks to --out FILE (atomically) or to standard output; a reader that stops early (`| head`) ends the output quietly. */
export async function writeOutput(out: string | undefined, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  if (out) return writeFileAtomically(out, chunks);
  let failure: NodeJS.ErrnoException | null = null;
  const onError = (error: NodeJS.ErrnoException) => {
    failure ??= error;
  };
  process.stdout.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (failure) break;
      if (!process.stdout.write(chunk)) await drainedOrFailed(process.stdout);
    }
  } finally {
    process.stdout.off('error', onError);
  }
  if (failure !== null && (failure as NodeJS.ErrnoException).code !== 'EPIPE') throw failure;
}

/** Resolves when the stream can take more, or has failed (the failure is the caller's listener's to record). */
function drainedOrFailed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('error', done);
  });
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
