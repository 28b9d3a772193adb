/**
 * Quotations: the passages of a text inside double quote marks, straight
 * ("), curly (“ ”) or low (“ „ « »), read from the marks themselves. A
 * quotation may run over several sentences, and over several paragraphs by
 * the news convention that opens every paragraph of a long quotation with a
 * mark and closes only the last.
 */
export interface Quotation {
  /** The opening mark. */
  open: number;
  /** The closing mark. */
  close: number;
  /** Whether the opening mark is the first thing on its line. */
  opensLine: boolean;
  /** Its place among the text's quotations. */
  index: number;
}

const MARK = /["“”„«»]/g;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** Whether only spaces and tabs stand between the line's start and `at`. */
function firstOnLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * Whether a mark opens a quotation: “ „ « always do, ” » never, and a
 * straight mark does when a space, a line's start or an opening bracket or
 * dash stands before it and no space after it.
 */
function opens(text: string, at: number): boolean {
  const mark = text[at];
  if (mark === '“' || mark === '„' || mark === '«') return true;
  if (mark === '”' || mark === '»') return false;
  const before = at === 0 ? 32 : text.charCodeAt(at - 1);
  const after = at + 1 < text.length ? text.charCodeAt(at + 1) : 32;
  return (isSpace(before) || before === 40 || before === 91 || before === 0x2014 || before === 0x2013) && !isSpace(after);
}

/**
 * Whether a paragraph ends between `from` and `to`: a line break after
 * closing punctuation, or a blank line. A line that breaks mid-sentence is
 * a text wrapped at a fixed width, not a new paragraph.
 */
function paragraphEndBetween(text: string, from: number, to: number): boolean {
  for (let newline = text.indexOf('\n', from); newline >= 0 && newline < to; newline = text.indexOf('\n', newline + 1)) {
    let i = newline - 1;
    while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)) i--;
    if (i < from || '.!?…:"”»'.includes(text[i] as string)) return true;
  }
  return false;
}

/**
 * The quotations of a text, in order. A quotation left open at the end of
 * its line goes on only when the next line opens with a mark; otherwise, and
 * when a mark opens in the middle of a line inside an open quotation, the
 * marks are not paired as the writer meant and the open quotation is dropped
 * rather than guessed.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let open = -1;
  // The last mark read inside the open quotation: a line break after it ends the quotation unless the next line continues it.
  let last = -1;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const at = m.index;
    const opening = opens(text, at);
    if (open < 0) {
      if (opening) {
        open = at;
        last = at;
      }
      continue;
    }
    const continues = opening && firstOnLine(text, at);
    if (!continues && paragraphEndBetween(text, last, at)) {
      // The open quotation ended with its line, unclosed.
      open = opening ? at : -1;
      last = at;
      continue;
    }
    if (opening && !continues) {
      open = at;
      last = at;
      continue;
    }
    if (continues) {
      last = at;
      continue;
    }
    found.push({ open, close: at, opensLine: firstOnLine(text, open), index: found.length });
    open = -1;
  }
  return found;
}

/** The quotation whose marks enclose [start, end), by binary search over quotations in order; undefined when none does. */
export function quotationAround(quotations: readonly Quotation[], start: number, end: number): Quotation | undefined {
  let low = 0;
  let high = quotations.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const q = quotations[mid] as Quotation;
    if (q.close < start) low = mid + 1;
    else if (q.open >= start) high = mid - 1;
    else return q.close >= end ? q : undefined;
  }
  return undefined;
}
