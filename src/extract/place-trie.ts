import { isWhiteSpace } from './chars.js';

/**
 * The gazetteer's character trie: every matchable form (apostrophes, odd
 * hyphens and white space folded), read from a word start to the longest form
 * that ends on a word boundary.
 */

/**
 * The trie packed into typed arrays, node 0 its root: tens of thousands of
 * nodes in a few hundred kilobytes, read without chasing pointers, so that the
 * lookups stay in the processor's caches between the other recognisers.
 */
export interface PackedTrie<T> {
  /** The children of node n are reached by edges firstEdge[n] … firstEdge[n + 1] - 1, sorted by code; edge e leads to node e + 1. */
  readonly firstEdge: Int32Array;
  readonly edgeCode: Int32Array;
  /** The value a node completes, or undefined. */
  readonly matchOf: ReadonlyArray<T | undefined>;
  /** The root's child by an ASCII code, or -1: most words start with one, and most of those start no form. */
  readonly asciiRootChild: Int32Array;
  /** 1 at first * 128 + second when some form starts with those two ASCII code units. */
  readonly asciiPairs: Uint8Array;
}

export interface TrieMatch<T> {
  end: number;
  value: T;
}

/** A form to match and what it stands for; of two identical forms the higher priority wins, on a tie the later one. */
export interface TrieForm<T> {
  form: string;
  value: T;
  priority: number;
}

const SPACE = 32;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/** One character to one character, so offsets survive: curly apostrophes and odd hyphens to ASCII. */
function foldCode(code: number): number {
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) return 39;
  if (code === 0x2010 || code === 0x2011) return 45;
  return code;
}

/** Whether normaliseForm could change the form: white space other than single inner spaces, or a character it folds. */
const UNNORMAL = /^\s|\s$|\s\s|[^\S ]|[\u2018\u2019\u02bc\u2010\u2011]/;

export function normaliseForm(form: string): string {
  if (!UNNORMAL.test(form)) return form;
  return form.trim().replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

/** The winning value of each distinct normalised form. */
function winningForms<T>(forms: Iterable<TrieForm<T>>): Map<string, { value: T; priority: number }> {
  const byForm = new Map<string, { value: T; priority: number }>();
  for (const { form, value, priority } of forms) {
    const key = normaliseForm(form);
    const held = byForm.get(key);
    if (held === undefined || priority >= held.priority) byForm.set(key, { value, priority });
  }
  return byForm;
}

/**
 * Lays the trie out breadth first straight from the sorted forms: a node is a
 * run of forms sharing a prefix, its children the runs that share one more code unit.
 */
export function packForms<T>(forms: Iterable<TrieForm<T>>): PackedTrie<T> {
  const byForm = winningForms(forms);
  // A text is read by UTF-16 code unit, so a form with a character past 0xFFFF (a code point in the trie) could never be reached.
  const keys = [...byForm.keys()].filter((key) => !SURROGATE_PAIR.test(key)).sort();
  // No more nodes than the root and one per code unit of the forms.
  const capacity = keys.reduce((sum, key) => sum + key.length, 1);
  const firstEdge = new Int32Array(capacity + 1);
  const edgeCode = new Int32Array(capacity);
  const matchOf: Array<T | undefined> = [];
  // Node n covers keys[low[n]] … keys[high[n] - 1], which share their first depth[n] code units.
  const low = new Int32Array(capacity);
  const high = new Int32Array(capacity);
  const depth = new Int32Array(capacity);
  high[0] = keys.length;
  let nodes = 1;
  for (let n = 0; n < nodes; n++) {
    const d = depth[n] as number;
    let k = low[n] as number;
    const end = high[n] as number;
    firstEdge[n] = nodes - 1;
    matchOf.push(k < end && (keys[k] as string).length === d ? byForm.get(keys[k++] as string)?.value : undefined);
    while (k < end) {
      const code = (keys[k] as string).charCodeAt(d);
      low[nodes] = k;
      while (k < end && (keys[k] as string).charCodeAt(d) === code) k++;
      high[nodes] = k;
      depth[nodes] = d + 1;
      edgeCode[nodes - 1] = code;
      nodes++;
    }
  }
  firstEdge[nodes] = nodes - 1;
  return { firstEdge: firstEdge.slice(0, nodes + 1), edgeCode: edgeCode.slice(0, nodes - 1), matchOf, asciiRootChild: asciiRootChildren(firstEdge, edgeCode), asciiPairs: asciiPairs(firstEdge, edgeCode) };
}

function asciiPairs(firstEdge: Int32Array, edgeCode: Int32Array): Uint8Array {
  const pairs = new Uint8Array(128 * 128);
  for (let edge = 0; edge < (firstEdge[1] as number); edge++) {
    const first = edgeCode[edge] as number;
    if (first >= 128) continue;
    for (let next = firstEdge[edge + 1] as number; next < (firstEdge[edge + 2] as number); next++) {
      if ((edgeCode[next] as number) < 128) pairs[first * 128 + (edgeCode[next] as number)] = 1;
    }
  }
  return pairs;
}

function asciiRootChildren(firstEdge: Int32Array, edgeCode: Int32Array): Int32Array {
  const children = new Int32Array(128).fill(-1);
  for (let edge = 0; edge < (firstEdge[1] as number); edge++) {
    if ((edgeCode[edge] as number) < 128) children[edgeCode[edge] as number] = edge + 1;
  }
  return children;
}

/**
 * Whether some form may start at `i`; false rules a word out without a lookup. A form that starts with a
 * letter or digit followed by one is at least two code units long, so both must start one.
 */
export function mayStartFormAt<T>(trie: PackedTrie<T>, text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 128) return true;
  if ((trie.asciiRootChild[code] as number) < 0) return false;
  const next = text.charCodeAt(i + 1);
  return !(next < 128 && ASCII_WORD[next] === 1) || trie.asciiPairs[code * 128 + next] === 1;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** 1 for an ASCII letter or digit. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0));
/** Whether each code unit past ASCII is a letter or digit: 0 not yet asked, 1 yes, 2 no. */
const WORD_CODE_BEYOND_ASCII = new Uint8Array(0x10000);

/** Whether the code unit, on its own, is a letter or a digit. */
export function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  if (!(code < 0x10000)) return false;
  let known = WORD_CODE_BEYOND_ASCII[code] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODE_BEYOND_ASCII[code] = known;
  }
  return known === 1;
}

/** How many code units the letter or digit at `i` takes, read by code point as /[\p{L}\p{N}]/u reads it: 0 when there is none. */
export function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code] as number;
  if (code < 0xd800 || code > 0xdbff) return isWordCode(code) ? 1 : 0;
  const next = text.charCodeAt(i + 1);
  if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return 0;
}

/** Where the run of letters and digits that starts at `i` ends. */
export function wordEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    const code = text.charCodeAt(end);
    const width = code < 128 ? (ASCII_WORD[code] as number) : wordCharWidth(text, end);
    if (width === 0) return end;
    end += width;
  }
}

/** The child of `node` reached by `code`, or -1. */
function childOf<T>(trie: PackedTrie<T>, node: number, code: number): number {
  let low = trie.firstEdge[node] as number;
  let high = (trie.firstEdge[node + 1] as number) - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = trie.edgeCode[middle] as number;
    if (found === code) return middle + 1;
    if (found < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The longest form starting at `start` that ends on a word boundary. */
export function longestMatchAt<T>(trie: PackedTrie<T>, text: string, start: number): TrieMatch<T> | null {
  let best: TrieMatch<T> | null = null;
  let node = 0;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let next = i + 1;
    let child: number;
    if (isWhiteSpace(code)) {
      child = childOf(trie, node, SPACE);
      while (isWhiteSpace(text.charCodeAt(next))) next++;
    } else {
      child = childOf(trie, node, foldCode(code));
    }
    if (child < 0) break;
    node = child;
    i = next;
    const value = trie.matchOf[node];
    if (value !== undefined && !isWordCode(text.charCodeAt(i))) best = { end: i, value };
  }
  return best;
}
