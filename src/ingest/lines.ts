/** One line of a byte stream: its bytes (without the line end), or, past the cap, only its size. */
export type Line = { number: number; bytes: Buffer } | { number: number; tooLong: number };

/**
 * Splits a byte stream into lines as it arrives, holding at most one line
 * (and never more than maxBytes of it) in memory. Lines are kept as bytes, so
 * that each is decoded, and refused when invalid, on its own. A final line
 * without a line end counts; `\r\n` ends are trimmed to `\n`.
 */
export async function* linesOf(chunks: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  const finish = (): Line => {
    const line: Line = length > maxBytes ? { number, tooLong: length } : { number, bytes: withoutCarriageReturn(Buffer.concat(parts, length)) };
    parts = [];
    length = 0;
    number++;
    return line;
  };
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(10, start); end >= 0; end = buffer.indexOf(10, start)) {
      keep(buffer.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(buffer.subarray(start));
  }
  if (length > 0) yield finish();

  function keep(piece: Buffer): void {
    length += piece.length;
    // Past the cap only the size is counted; the line will be reported, not read.
    if (length > maxBytes) parts = [];
    else if (piece.length > 0) parts.push(piece);
  }
}

function withoutCarriageReturn(bytes: Buffer): Buffer {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}
