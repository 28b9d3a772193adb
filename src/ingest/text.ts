import { marked } from 'marked';
import type { DocumentDraft } from '../contracts/document.js';
import type { Parser } from './parser.js';
import { splitFrontMatter } from './front-matter.js';
import { htmlToText } from './html-text.js';
import { IngestError } from './errors.js';

/** Plain text: the body as written, front matter (if any) giving the metadata. */
export const parseText: Parser = (text, source) => [readTextLike(text, source.name, 'text', (body) => body)];

/** Markdown: rendered with marked and flattened, so that link targets and markup do not reach the evidence text. */
export const parseMarkdown: Parser = (text, source) => [
  readTextLike(text, source.name, 'markdown', (body) => htmlToText(marked.parse(body, { async: false, gfm: true }))),
];

function readTextLike(
  text: string,
  input: string,
  format: 'text' | 'markdown',
  toText: (body: string) => string,
): DocumentDraft {
  const { front, body } = splitFrontMatter(text, input);
  const plain = toText(body);
  if (plain.trim() === '') throw new IngestError(input, front ? 'no text after the front matter' : 'empty file');
  return {
    url: front?.url ?? null,
    title: front?.title ?? null,
    publisher: front?.publisher ?? null,
    published: front?.published ?? null,
    lang: front?.lang ?? null,
    kind: front?.kind ?? 'article',
    text: plain,
    meta: { format, author: front?.author ?? null },
  };
}
