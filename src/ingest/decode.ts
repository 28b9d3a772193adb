import type { Source } from '../contracts/document.js';
import { IngestError } from './errors.js';

/**
 * Bytes to text. Policy (README, "Bad input"): binary files and empty files
 * are refused; the encoding comes from a byte-order mark, the HTTP charset,
 * an HTML <meta charset> or an XML declaration, and is UTF-8 otherwise;
 * text that is not valid in its encoding is refused with the byte offset of
 * the first bad sequence rather than silently turned into U+FFFD, because a
 * claim's evidence must be the source's own words.
 */
export interface Decoded {
  text: string;
  encoding: string;
}

const MAGIC: ReadonlyArray<readonly [string, number[]]> = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

export function binaryKind(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  if (bomEncoding(bytes)?.startsWith('utf-16')) return null;
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return 'binary data (contains NUL bytes)';
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType ? /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType) : null;
  return match?.[1] ?? null;
}

/** The charset a document declares in its first kilobytes (HTML meta or XML declaration). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1] ?? null;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

function supportedLabel(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

export function decodeSource(source: Source): Decoded {
  const { bytes } = source;
  if (bytes.length === 0) throw new IngestError(source.name, 'empty file');
  const binary = binaryKind(bytes);
  if (binary) throw new IngestError(source.name, `binary file (${binary}), not text`);
  const encoding =
    bomEncoding(bytes) ??
    supportedLabel(charsetFromContentType(source.contentType)) ??
    supportedLabel(declaredCharset(bytes)) ??
    'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    const where = at >= 0 ? ` at byte ${at}` : '';
    throw new IngestError(source.name, `invalid ${encoding.toUpperCase()}${where} (convert the file or declare its encoding)`);
  }
  if (text.trim() === '') throw new IngestError(source.name, 'empty file (only white space)');
  return { text, encoding };
}
