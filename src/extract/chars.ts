/** Character tests on UTF-16 code units, for scans that read a text by index. */

/** How many pieces `text.split(/\s+/)` gives: one more than its runs of white space. */
/**
 * The text as a string of its own. A slice points into the whole string it was cut from: it keeps that string alive,
 * and V8 reads it markedly slower in regular expressions and character tests than a flat string.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

export function splitLength(text: string): number {
  let pieces = 1;
  for (let i = 0; i < text.length; i++) {
    if (!isWhiteSpace(text.charCodeAt(i))) continue;
    pieces++;
    while (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) i++;
  }
  return pieces;
}

/** What `\s` matches. */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
