import type { DocumentDraft, Source } from '../contracts/document.js';
import { decodeSource } from './decode.js';
import { parseFeed } from './feed.js';
import { parseHtml } from './html.js';
import { parseNdjson } from './ndjson.js';
import type { Parser } from './parser.js';
import { detectFormat, type Format } from './sniff.js';
import { parseTelegram } from './telegram.js';
import { parseMarkdown, parseText } from './text.js';

const PARSERS: Record<Format, Parser> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  feed: parseFeed,
  telegram: parseTelegram,
  ndjson: parseNdjson,
};

/** One source to its documents: decode, pick the parser, parse. Throws IngestError; never returns a partial result. */
export function documentsOf(source: Source): { format: Format; drafts: DocumentDraft[] } {
  const { text } = decodeSource(source);
  const format = detectFormat(source.url ?? source.name, source.contentType, text);
  return { format, drafts: PARSERS[format](text, source) };
}
