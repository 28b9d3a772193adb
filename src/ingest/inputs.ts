import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../contracts/document.js';
import { binaryKind } from './decode.js';
import { IngestError } from './errors.js';
import { formatBytes } from './byte-sizes.js';
import { KNOWN_EXTENSIONS, extensionOf, sniffText } from './sniff.js';
import { archiveKindOf } from './units.js';

/** What the user named on the command line, resolved to things that can each be read into one Source. */
export type InputRef =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  /** A stream handed over by a caller (an HTTP upload or paste), read like stdin but under its own name and type. */
  | { kind: 'stream'; name: string; contentType: string | null; stream: NodeJS.ReadableStream }
  | { kind: 'error'; input: string; reason: string };

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function isUrlLike(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** Expands directories (recursively, sorted, hidden entries skipped) into the files worth reading. */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<InputRef> {
  for (const input of inputs) {
    if (input === '-') yield { kind: 'stdin' };
    else if (isUrlLike(input)) yield { kind: 'url', url: input };
    else yield* expandPath(input);
  }
}

async function* expandPath(path: string): AsyncGenerator<InputRef> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: 'error', input: path, reason: describeFsError(error) };
    return;
  }
  if (info.isFile()) yield { kind: 'file', path };
  else if (info.isDirectory()) yield* walkDirectory(path);
  else yield { kind: 'error', input: path, reason: 'not a regular file or directory' };
}

async function* walkDirectory(directory: string): AsyncGenerator<InputRef> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', input: directory, reason: describeFsError(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(directory, entry.name);
    // Symbolic links are not followed inside directories: no loops, no escaping the tree.
    if (entry.isDirectory()) yield* walkDirectory(path);
    else if (entry.isFile() && (await isReadableCandidate(path))) yield { kind: 'file', path };
  }
}

/** Inside a directory, a file is read when its extension is known or its first bytes look like text we parse. */
async function isReadableCandidate(path: string): Promise<boolean> {
  if (KNOWN_EXTENSIONS.includes(extensionOf(path)) || archiveKindOf(path)) return true;
  let handle;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytesRead === 0 || binaryKind(bytes)) return false;
    const text = bytes.toString('utf8');
    return sniffText(text) !== null || !/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/.test(text);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const CONTENT_TYPE_BY_EXTENSION: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
  md: 'text/markdown',
  markdown: 'text/markdown',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
  jsonl: 'application/x-ndjson',
};

/**
 * Reads a file, refusing it above maxBytes before reading anything (and
 * never reading more than maxBytes + 1 even if it grows meanwhile).
 */
export async function readFileSource(path: string, maxBytes: number, now = new Date()): Promise<Source> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) tooLarge(path, size, maxBytes);
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) tooLarge(path, length, maxBytes);
    return {
      name: path,
      bytes: buffer.subarray(0, length),
      contentType: CONTENT_TYPE_BY_EXTENSION[extensionOf(path)] ?? null,
      url: null,
      retrieved: now.toISOString(),
    };
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(path, describeFsError(error));
  } finally {
    await handle?.close();
  }
}

function tooLarge(input: string, size: number, maxBytes: number): never {
  throw new IngestError(input, `${formatBytes(size)} is larger than the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)`);
}

/** Reads standard input as one source, stopping as soon as it passes maxBytes. */
export async function readStdinSource(stream: NodeJS.ReadableStream, maxBytes: number, now = new Date()): Promise<Source> {
  return readStreamSource(stream, { name: 'stdin', contentType: null }, maxBytes, now);
}

/**
 * Reads a stream as one source, stopping as soon as it passes maxBytes. The
 * parsers need the whole text, so the bytes are collected, but never more than the cap.
 */
export async function readStreamSource(
  stream: NodeJS.ReadableStream | AsyncIterable<Buffer | string>,
  { name, contentType }: { name: string; contentType: string | null },
  maxBytes: number,
  now = new Date(),
): Promise<Source> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    length += buffer.length;
    if (length > maxBytes) {
      (stream as { destroy?: () => void }).destroy?.();
      throw new IngestError(name, `more than the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)`);
    }
    chunks.push(buffer);
  }
  return { name, bytes: Buffer.concat(chunks, length), contentType, url: null, retrieved: now.toISOString() };
}
