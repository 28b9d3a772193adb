import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { WARCParser, type WARCRecord } from 'warcio';
import { formatBytes } from './byte-sizes.js';
import type { Unit } from './units.js';

/**
 * WARC files (`.warc`, or `.warc.gz` compressed record by record as Common
 * Crawl ships them), streamed through warcio's WARCParser: never more than
 * one record in memory. Response records (status 2xx) and resource records
 * whose payload is HTML or plain text become one unit each, named
 * `file#OFFSET` (the record's byte offset in the file, compressed offset for
 * .gz) with the record's target URI as URL and its WARC-Date as retrieval
 * time; every other record is skipped. warcio stops quietly at a damaged
 * record; the damage is reported as a unit at its offset and reading resumes
 * at the next record that starts cleanly (the next gzip member, or the next
 * `WARC/1.` line).
 */
export async function* warcUnits(path: string, maxBytes: number): AsyncGenerator<Unit> {
  const size = (await fileSize(path)) ?? 0;
  const compressed = await startsWithGzip(path);
  let start = 0;
  let reported = false;
  while (start < size) {
    let end = start;
    let records = 0;
    let failure: string | null = null;
    const parser = new WARCParser(createReadStream(path, { start }));
    try {
      for await (const record of parser) {
        if (!record.warcHeaders.statusline.startsWith('WARC/')) break; // not a record's first line: damage
        const unit = await unitOf(record, path, maxBytes, () => start + parser.offset);
        if (!compressed && !isWhole(parser, record)) break; // cut off before its end: damage, reported below
        // An uncompressed record is followed by two CRLFs that recordLength leaves out.
        const recordEnd = start + parser.offset + parser.recordLength + (compressed ? 0 : 4);
        end = recordEnd;
        records++;
        reported = false;
        if (unit) yield unit;
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (end >= size) return;
    if (records === 0 && reported) {
      // A false start inside damaged bytes: keep looking, already reported.
    } else {
      yield { input: `${path}#${end}`, error: `damaged WARC record${failure ? ` (${failure})` : ''}; skipped to the next record` };
      reported = true;
    }
    const next = await nextRecordStart(path, end + 1, compressed);
    if (next === null) return;
    start = next;
  }
}

/** Whether an uncompressed record holds all the bytes its Content-Length promised (a damaged gzip member never parses). */
function isWhole(parser: WARCParser, record: WARCRecord): boolean {
  const headersLength = parser._warcHeadersLength - parser.offset;
  return parser.recordLength >= headersLength + record.warcContentLength;
}

const DOCUMENT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** The unit of one record, or null for a record that holds no document; reads (or skips) the whole record. */
async function unitOf(record: WARCRecord, path: string, maxBytes: number, offset: () => number): Promise<Unit | null> {
  const contentType = contentTypeOf(record);
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (contentType === null || !DOCUMENT_TYPES.has(mediaType)) {
    await skipRecord(record);
    return null;
  }
  if (record.warcContentLength > maxBytes) {
    await skipRecord(record);
    return { input: `${path}#${offset()}`, error: `record of ${formatBytes(record.warcContentLength)} is larger than the ${formatBytes(maxBytes)} cap (raise it with --max-bytes)` };
  }
  const payload = await record.readFully(true);
  const input = `${path}#${offset()}`;
  return {
    input,
    source: {
      name: input,
      bytes: Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength),
      contentType,
      url: record.warcTargetURI ?? null,
      retrieved: isoDate(record.warcDate) ?? new Date().toISOString(),
    },
  };
}

/**
 * Reads past a record without keeping it. warcio's own skipFully never
 * returns on a record cut short by the end of the file (it asks for the
 * missing bytes forever), so the record's reader is drained here instead: it
 * ends at the record's end or the file's, whichever comes first.
 */
async function skipRecord(record: WARCRecord): Promise<void> {
  for await (const chunk of record.reader) void chunk;
  record.consumed = 'skipped';
}

/** The payload's content type for documents: a 2xx response's HTTP Content-Type, or a resource record's own. */
function contentTypeOf(record: WARCRecord): string | null {
  if (record.warcType === 'resource') return record.warcContentType ?? null;
  if (record.warcType !== 'response') return null;
  const info = record.getResponseInfo();
  const status = Number(info?.status);
  if (!info || !(status >= 200 && status < 300)) return null;
  return info.headers.get('content-type') ?? null;
}

function isoDate(value: string | null | undefined): string | null {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

async function fileSize(path: string): Promise<number | null> {
  const handle = await open(path, 'r');
  try {
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

async function startsWithGzip(path: string): Promise<boolean> {
  const head = await readAt(path, 0, 2);
  return head.length === 2 && head[0] === 0x1f && head[1] === 0x8b;
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const GZIP_MEMBER = Buffer.from([0x1f, 0x8b, 0x08]);
const WARC_LINE = Buffer.from('WARC/1.');

/** Where the next record may start at or after `from`: a gzip member header, or `WARC/1.` at the start of a line. */
async function nextRecordStart(path: string, from: number, compressed: boolean): Promise<number | null> {
  const marker = compressed ? GZIP_MEMBER : WARC_LINE;
  const handle = await open(path, 'r');
  try {
    const block = Buffer.alloc(1024 * 1024);
    // Blocks overlap by the marker's length, so a marker across two blocks is found.
    for (let position = from; ; position += block.length - marker.length) {
      const { bytesRead } = await handle.read(block, 0, block.length, position);
      if (bytesRead < marker.length) return null;
      const found = block.subarray(0, bytesRead).indexOf(marker);
      if (found >= 0 && (compressed || position + found === 0 || (await readAt(path, position + found - 1, 1))[0] === 10)) return position + found;
      if (found >= 0) return nextRecordStart(path, position + found + 1, compressed);
      if (bytesRead < block.length) return null;
    }
  } finally {
    await handle.close();
  }
}
