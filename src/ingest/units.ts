import type { Source } from '../contracts/document.js';
import { formatBytes } from './byte-sizes.js';
import { linesOf } from './lines.js';

/**
 * What the pipeline reads, parses and stores as one whole: a file, a page, or
 * one record of an archive (an NDJSON line, a WARC record). A unit that
 * cannot be read carries the reason instead of a source.
 */
export type Unit = { input: string; source: Source } | { input: string; error: string };

/** Archive files read record by record rather than whole: by name. */
export function archiveKindOf(path: string): 'ndjson' | 'warc' | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.warc') || lower.endsWith('.warc.gz')) return 'warc';
  return null;
}

/**
 * Each non-blank line of an NDJSON stream as its own source, named
 * `name:LINE`; a line longer than maxBytes is reported and skipped.
 */
export async function* ndjsonUnits(chunks: AsyncIterable<Buffer | string>, name: string, maxBytes: number, now: () => Date): AsyncGenerator<Unit> {
  for await (const line of linesOf(chunks, maxBytes)) {
    const input = `${name}:${line.number}`;
    if ('tooLong' in line) {
      yield { input, error: `line of ${formatBytes(line.tooLong)} is larger than the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)` };
      continue;
    }
    if (line.bytes.every((byte) => byte === 32 || byte === 9)) continue;
    yield { input, source: { name: input, bytes: line.bytes, contentType: 'application/x-ndjson', url: null, retrieved: now().toISOString() } };
  }
}

/**
 * Looks at the first line of a stream without losing it: the chunks read to
 * find it (at most maxBytes, plus one chunk) and the rest, to read in order.
 */
export async function peekFirstLine(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<{ firstLine: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let length = 0;
  let newline = -1;
  while (newline < 0 && length <= maxBytes) {
    const next = await iterator.next();
    if (next.done) break;
    const buffer = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    const at = buffer.indexOf(10);
    if (at >= 0) newline = length + at;
    head.push(buffer);
    length += buffer.length;
  }
  const joined = Buffer.concat(head, length);
  async function* chunks(): AsyncGenerator<Buffer> {
    if (joined.length > 0) yield joined;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { firstLine: joined.subarray(0, newline >= 0 ? newline : Math.min(length, maxBytes)).toString('utf8'), chunks: chunks() };
}
