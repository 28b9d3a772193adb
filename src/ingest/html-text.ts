import { parseHTML } from 'linkedom';
import { flattenDeepNesting } from './html-nesting.js';

/**
 * Flattens HTML to plain text the extractor can read: one paragraph per block
 * element, separated by a blank line; <br> becomes a line break; runs of
 * white space inside a block collapse to one space. Scripts, styles and
 * templates are dropped. Used for Readability's output and for feed items.
 */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${flattenDeepNesting(html)}</body></html>`);
  return nodeToText(document.body as unknown as DomNode);
}

const END_OF_BLOCK = Symbol('end of block');

export function nodeToText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const line = current
      .split('\n')
      .map((part) => part.replace(/[ \t\f\v\u00a0\r]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (line) blocks.push(line);
    current = '';
  };
  // An explicit stack instead of recursion: pages nested tens of thousands of
  // levels deep would otherwise overflow the call stack. END_OF_BLOCK marks
  // where a block element closes, so its text is flushed after its children.
  const stack: Array<DomNode | typeof END_OF_BLOCK> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push(END_OF_BLOCK);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DomNode);
  }
  flush();
  return blocks.join('\n\n');
}
