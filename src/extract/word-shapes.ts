/**
 * A cheap first test of whether a word of a text may be in a word list,
 * before it is sliced out and looked up: the list's shapes are the lengths
 * and first and last letters (ASCII, case folded) of its words. A word that
 * is longer than MAX_LENGTH or does not start and end with an ASCII letter
 * has no shape, and a list can hold only words that have one.
 */
const MAX_LENGTH = 15;

export type WordShapes = Uint8Array;

function letterIndex(code: number): number {
  const folded = code | 32;
  return folded >= 97 && folded <= 122 ? folded - 97 : -1;
}

/** The shape of text[start, end), or -1 when it has none. */
function shapeOf(text: string, start: number, end: number): number {
  const length = end - start;
  if (length < 1 || length > MAX_LENGTH) return -1;
  const first = letterIndex(text.charCodeAt(start));
  const last = letterIndex(text.charCodeAt(end - 1));
  return first < 0 || last < 0 ? -1 : (length << 10) | (first << 5) | last;
}

export function wordShapes(words: Iterable<string>): WordShapes {
  const shapes = new Uint8Array((MAX_LENGTH + 1) << 10);
  for (const word of words) {
    const shape = shapeOf(word, 0, word.length);
    if (shape < 0) throw new Error(`word-shapes: "${word}" has no shape`);
    shapes[shape] = 1;
  }
  return shapes;
}

/** False when text[start, end) cannot be a word of the list, whatever its case. */
export function mayBeListed(shapes: WordShapes, text: string, start: number, end: number): boolean {
  const shape = shapeOf(text, start, end);
  return shape >= 0 && shapes[shape] === 1;
}
