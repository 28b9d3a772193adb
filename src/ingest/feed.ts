import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EntityDecoderOptions } from 'fast-xml-parser';
import type { DocumentDraft, Source } from '../contracts/document.js';
import { IngestError } from './errors.js';
import { htmlToText } from './html-text.js';
import type { Parser } from './parser.js';

/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds: one article draft per item or
 * entry that has text. Hostile XML (DOCTYPE internal subsets, ENTITY
 * declarations) is refused before any parsing.
 */

const REFUSED_ENTITIES =
  'XML with a DOCTYPE/entity declarations refused (entity expansion and external entities are not allowed)';
const NOT_A_FEED = 'not an RSS or Atom feed';
const NO_ITEMS = 'feed has no items with text';

type XmlNode = Record<string, unknown>;
type FeedFormat = 'rss' | 'atom';

/** What every item of one feed shares. */
interface FeedContext {
  format: FeedFormat;
  title: string | null;
  /** Base URL for relative links: xml:base, else the feed's own link, else where it was fetched. */
  base: string | null;
  lang: string | null;
  /** Atom only: the feed-level author, which entries without their own inherit. */
  author: string | null;
}

export const parseFeed: Parser = (text, source) => {
  const xml = text.replace(/^\uFEFF/, '');
  if (declaresEntities(xml)) throw new IngestError(source.name, REFUSED_ENTITIES);
  const root = rootElementName(xml);
  if (root !== 'rss' && root !== 'feed' && root !== 'rdf:RDF') throw new IngestError(source.name, NOT_A_FEED);
  const parsed = parseXml(xml, source.name);
  const drafts =
    root === 'feed' ? atomDrafts(asRecord(parsed.feed), source) : rssDrafts(parsed, root, source);
  if (drafts.length === 0) throw new IngestError(source.name, NO_ITEMS);
  return drafts;
};

// ---------------------------------------------------------------------------
// Refusal and root detection (before the XML parser sees the text)
// ---------------------------------------------------------------------------

/** Markup with CDATA sections and comments removed, so their contents cannot trigger a refusal. */
function markupOnly(xml: string): string {
  return xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * True when the document declares entities or has a DOCTYPE internal subset
 * (billion laughs, external entities). Checked over the whole text, not only
 * the prolog, because fast-xml-parser reads a DOCTYPE wherever it appears.
 */
export function declaresEntities(xml: string): boolean {
  const markup = markupOnly(xml);
  if (/<!ENTITY/i.test(markup)) return true;
  // A DOCTYPE whose declaration reaches a `[` outside quoted identifiers has an internal subset.
  return /<!DOCTYPE[^>"'[]*(?:(?:"[^"]*"|'[^']*')[^>"'[]*)*\[/i.test(markup);
}

/** Name of the first element, skipping the XML declaration, PIs, comments and a DOCTYPE; null when there is none. */
export function rootElementName(xml: string): string | null {
  const prologFree = markupOnly(xml)
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/gi, '');
  const match = /^\s*<([A-Za-z_][\w.:-]*)/.exec(prologFree);
  return match?.[1] ?? null;
}

// ---------------------------------------------------------------------------
// XML parsing
// ---------------------------------------------------------------------------

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeCharacterReference(reference: string): string | null {
  const code = reference.startsWith('#x') || reference.startsWith('#X')
    ? Number.parseInt(reference.slice(2), 16)
    : Number.parseInt(reference.slice(1), 10);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : null;
}

/** Decodes the five predefined XML entities and numeric character references, in one pass (so `&amp;lt;` stays `&lt;`). */
export function decodeXmlEntities(value: string): string {
  return value.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) return decodeCharacterReference(name) ?? whole;
    return XML_ENTITIES[name] ?? whole;
  });
}

/**
 * Our own decoder replaces fast-xml-parser's: it knows only the predefined
 * entities and character references and ignores whatever a DOCTYPE declares,
 * so no declared entity is ever expanded even if one slipped past the refusal.
 * (processEntities itself must stay on, or `&amp;` would not decode at all.)
 */
const safeEntityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
  decode: decodeXmlEntities,
};

const ALWAYS_ARRAY = new Set(['item', 'entry', 'link', 'category', 'author', 'dc:creator']);

function createXmlParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    entityDecoder: safeEntityDecoder,
    isArray: (tagName, _path, _isLeaf, isAttribute) => !isAttribute && ALWAYS_ARRAY.has(tagName),
    // Atom xhtml content is markup: keep it raw so that it can be flattened as HTML in document order.
    stopNodes: ['..content[type=xhtml]', '..summary[type=xhtml]', '..title[type=xhtml]'],
  });
}

function parseXml(xml: string, name: string): XmlNode {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    throw new IngestError(name, `malformed XML at line ${line}, column ${col}: ${msg}`);
  }
  try {
    return asRecord(createXmlParser().parse(xml));
  } catch (error) {
    throw new IngestError(name, `malformed XML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// ---------------------------------------------------------------------------
// Narrowing parsed XML
// ---------------------------------------------------------------------------

function isRecord(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): XmlNode {
  const node = Array.isArray(value) ? value[0] : value;
  return isRecord(node) ? node : {};
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text content of an element: a bare string, or the `#text` of an element with attributes. */
function textOf(value: unknown): string | null {
  const node = Array.isArray(value) ? value[0] : value;
  if (typeof node === 'string') return node;
  if (isRecord(node) && typeof node['#text'] === 'string') return node['#text'];
  return null;
}

function attribute(value: unknown, name: string): string | null {
  const node = Array.isArray(value) ? value[0] : value;
  const attr = isRecord(node) ? node[`@_${name}`] : undefined;
  return typeof attr === 'string' ? attr : null;
}

function nonEmpty(value: string | null): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

// ---------------------------------------------------------------------------
// Field values
// ---------------------------------------------------------------------------

/** Plain text: line endings unified, spaces collapsed within lines, at most one blank line between paragraphs. */
function plainText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of text from HTML (entities decoded, tags stripped); null when empty. */
function htmlLine(html: string | null): string | null {
  return html === null ? null : nonEmpty(htmlToText(html).replace(/\s+/g, ' '));
}

/** Text of an Atom text construct according to its type; '' for types we cannot read (base64 media). */
function atomText(node: unknown): string {
  const value = textOf(node) ?? '';
  const type = (attribute(node, 'type') ?? 'text').trim().toLowerCase();
  // xhtml content arrives raw (a stop node), so it is flattened as HTML like the html type.
  if (type === 'html' || type === 'text/html' || type === 'xhtml') return htmlToText(value);
  if (type === 'text' || type.startsWith('text/')) return plainText(value);
  return '';
}

function atomLine(node: unknown): string | null {
  return node === undefined ? null : nonEmpty(atomText(node).replace(/\s+/g, ' '));
}

/** Primary language subtag, lower-cased ("en-GB" → "en"); null when absent or not a language tag. */
export function primaryLanguage(tag: string | null): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * Date strings without a zone would be read in the machine's local time;
 * they are taken as UTC so that the output does not depend on where it runs.
 */
function assumeUtcWhenZoneless(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(value)) return `${value.replace(' ', 'T')}Z`;
  if (/^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3,}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?$/.test(value)) return `${value} GMT`;
  return value;
}

export function isoDate(value: string | null): string | null {
  const trimmed = nonEmpty(value);
  if (trimmed === null) return null;
  const date = new Date(assumeUtcWhenZoneless(trimmed));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** `href` resolved against `base`; null unless the result is an http(s) URL. */
export function httpUrl(href: string | null, base: string | null): string | null {
  const trimmed = nonEmpty(href);
  if (trimmed === null) return null;
  try {
    const url = base === null ? new URL(trimmed) : new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A base for relative links: `candidate` resolved against `parent`, or `parent` when there is no usable candidate. */
function nestedBase(candidate: string | null, parent: string | null): string | null {
  return httpUrl(candidate, parent) ?? parent;
}

function joinedNames(names: Array<string | null>): string | null {
  const present = names.map(nonEmpty).filter((name): name is string => name !== null);
  return present.length > 0 ? present.join(', ') : null;
}

function draft(context: FeedContext, position: number, fields: {
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  guid: string | null;
  author: string | null;
  lang: string | null;
}): DocumentDraft {
  return {
    url: fields.url,
    title: fields.title,
    publisher: context.title,
    published: fields.published,
    lang: fields.lang,
    kind: 'article',
    text: fields.text,
    meta: {
      format: context.format,
      feed: context.title,
      guid: fields.guid,
      author: fields.author,
      locator: `item ${position}`,
    },
  };
}

// ---------------------------------------------------------------------------
// RSS 2.0 and RSS 1.0 (RDF)
// ---------------------------------------------------------------------------

function rssDrafts(parsed: XmlNode, root: 'rss' | 'rdf:RDF', source: Source): DocumentDraft[] {
  const rootNode = asRecord(parsed[root]);
  const channel = asRecord(rootNode.channel);
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
  const items = root === 'rss' ? asArray(channel.item) : [...asArray(rootNode.item), ...asArray(channel.item)];
  const channelLink = asArray(channel.link).map(textOf).find((link) => httpUrl(link, source.url) !== null) ?? null;
  const context: FeedContext = {
    format: 'rss',
    title: htmlLine(textOf(channel.title)),
    base: nestedBase(attribute(channel, 'xml:base') ?? attribute(rootNode, 'xml:base'), httpUrl(channelLink, source.url) ?? source.url),
    lang: primaryLanguage(
      textOf(channel.language) ?? textOf(channel['dc:language']) ?? attribute(rootNode, 'xml:lang'),
    ),
    author: null,
  };
  const drafts: DocumentDraft[] = [];
  items.forEach((item, index) => {
    const result = rssItemDraft(asRecord(item), index + 1, context);
    if (result) drafts.push(result);
  });
  return drafts;
}

function rssItemText(item: XmlNode): string {
  for (const html of [textOf(item['content:encoded']), textOf(item.description)]) {
    const text = html === null ? '' : htmlToText(html);
    if (text) return text;
  }
  return '';
}

function rssItemUrl(item: XmlNode, base: string | null): string | null {
  const link = asArray(item.link).map(textOf).find((href) => httpUrl(href, base) !== null) ?? null;
  if (link !== null) return httpUrl(link, base);
  // RSS 2.0: a guid is a permalink unless it says otherwise; only an absolute one is trusted.
  if (attribute(item.guid, 'isPermaLink')?.trim().toLowerCase() !== 'false') {
    const fromGuid = httpUrl(textOf(item.guid), null);
    if (fromGuid !== null) return fromGuid;
  }
  return httpUrl(attribute(item, 'rdf:about'), null);
}

function rssItemDraft(item: XmlNode, position: number, context: FeedContext): DocumentDraft | null {
  const text = rssItemText(item);
  if (!text) return null;
  const base = nestedBase(attribute(item, 'xml:base'), context.base);
  return draft(context, position, {
    text,
    title: htmlLine(textOf(item.title)),
    url: rssItemUrl(item, base),
    published: isoDate(textOf(item.pubDate)) ?? isoDate(textOf(item['dc:date'])),
    guid: nonEmpty(textOf(item.guid)) ?? nonEmpty(attribute(item, 'rdf:about')),
    author: joinedNames(asArray(item['dc:creator']).map(textOf)) ?? joinedNames(asArray(item.author).map(textOf)),
    lang: primaryLanguage(attribute(item, 'xml:lang')) ?? context.lang,
  });
}

// ---------------------------------------------------------------------------
// Atom 1.0
// ---------------------------------------------------------------------------

/** The rel="alternate" link (a link without rel is one), else the first link with an href. */
function atomLinkHref(node: XmlNode, base: string | null): string | null {
  const links = asArray(node.link).filter(isRecord).filter((link) => attribute(link, 'href') !== null);
  const alternate = links.find((link) => (attribute(link, 'rel') ?? 'alternate').trim() === 'alternate');
  const chosen = alternate ?? links[0];
  if (chosen === undefined) return null;
  return httpUrl(attribute(chosen, 'href'), nestedBase(attribute(chosen, 'xml:base'), base));
}

function atomAuthors(node: XmlNode): string | null {
  return joinedNames(asArray(node.author).map((author) => textOf(asRecord(author).name)));
}

function atomDrafts(feed: XmlNode, source: Source): DocumentDraft[] {
  const feedBase = nestedBase(attribute(feed, 'xml:base'), source.url);
  const context: FeedContext = {
    format: 'atom',
    title: atomLine(feed.title),
    base: attribute(feed, 'xml:base') !== null ? feedBase : (atomLinkHref(feed, feedBase) ?? feedBase),
    lang: primaryLanguage(attribute(feed, 'xml:lang')),
    author: atomAuthors(feed),
  };
  const drafts: DocumentDraft[] = [];
  asArray(feed.entry).forEach((entry, index) => {
    const result = atomEntryDraft(asRecord(entry), index + 1, context);
    if (result) drafts.push(result);
  });
  return drafts;
}

/** content unless it is out of line (src) or unreadable, else summary. */
function atomEntryText(entry: XmlNode): string {
  const content = entry.content;
  const inline = content !== undefined && attribute(content, 'src') === null ? atomText(content) : '';
  if (inline) return inline;
  return entry.summary === undefined ? '' : atomText(entry.summary);
}

function atomEntryDraft(entry: XmlNode, position: number, context: FeedContext): DocumentDraft | null {
  const text = atomEntryText(entry);
  if (!text) return null;
  const base = nestedBase(attribute(entry, 'xml:base'), context.base);
  return draft(context, position, {
    text,
    title: atomLine(entry.title),
    url: atomLinkHref(entry, base),
    published: isoDate(textOf(entry.published)) ?? isoDate(textOf(entry.updated)),
    guid: nonEmpty(textOf(entry.id)),
    author: atomAuthors(entry) ?? context.author,
    lang: primaryLanguage(attribute(entry, 'xml:lang')) ?? context.lang,
  });
}
