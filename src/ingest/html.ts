import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { flattenDeepNesting } from './html-nesting.js';
import type { DocumentDraft, Source } from '../contracts/document.js';
import { IngestError } from './errors.js';
import { htmlToText, nodeToText } from './html-text.js';
import { entriesOldestFirst } from './live-blog-order.js';
import type { Parser } from './parser.js';

/**
 * Saved HTML pages: the main text through Readability, the metadata from
 * OpenGraph / <meta> / JSON-LD / plain HTML, each field with its own
 * precedence (see the readers below). Nothing in the page is executed:
 * linkedom only builds a tree, and script text is only ever read as JSON-LD.
 *
 * linkedom's `parseHTML` returns DOM-typed objects (`Document`, `Element`), so
 * the DOM lib types are used here; at run time they are linkedom's.
 */
export const parseHtml: Parser = (text, source) => {
  const page = parsePage(text);
  const metadata = readMetadata(page.document, source);
  const article = runReadability(page);
  const articleText = article?.content ? htmlToText(article.content) : '';
  // The fallback strips elements from page.document, so it runs only after the metadata is read.
  const body = articleText || textWithoutBoilerplate(oldestFirst(page.document));
  if (!body) throw new IngestError(source.name, 'HTML page has no readable text');

  const draft: DocumentDraft = {
    url: metadata.url,
    title: metadata.title ?? cleanText(article?.title),
    publisher: metadata.publisher,
    published: metadata.published ?? firstIsoDate([() => timeInArticleContent(article?.content)]),
    lang: metadata.lang,
    kind: 'article',
    text: body,
    meta: { format: 'html', author: metadata.author },
  };
  return [draft];
};

// ---------------------------------------------------------------------------
// Parsing: linkedom is not an HTML5 tree builder. A fragment becomes the
// document element itself (and `document.body` then throws or grafts an empty
// <body> inside it), content outside <body> stays outside, and text after
// </html> becomes a second root. Pages without the usual shape are therefore
// rebuilt into <html><head>…</head><body>…</body></html> and parsed again.

interface ParsedPage {
  document: Document;
  /** Markup with a regular document shape, for parsing fresh copies. */
  markup: string;
}

function parsePage(page: string): ParsedPage {
  const text = flattenDeepNesting(page);
  const { document } = parseHTML(text);
  if (hasRegularShape(document)) return { document, markup: text };
  const markup = rebuildDocumentMarkup(document);
  return { document: parseHTML(markup).document, markup };
}

/** Elements that belong in <head> when met inside it. */
const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);
/** Elements that belong in <head> when met outside both <head> and <body> (e.g. in a fragment). */
const STRAY_HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'BASE']);
const TRANSPARENT_CONTAINERS = new Set(['HTML', 'HEAD', 'BODY']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Elements and non-blank text: what decides a tree's shape (comments, doctypes and white space do not). */
function isSignificant(node: Node): boolean {
  return isElement(node) || (node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '');
}

/** One <html> root holding an optional <head> of head elements, then one <body>, and nothing else that matters. */
function hasRegularShape(document: Document): boolean {
  const roots = Array.from(document.childNodes).filter(isSignificant);
  const root = roots[0];
  if (roots.length !== 1 || !root || !isElement(root) || root.nodeName.toUpperCase() !== 'HTML') return false;

  const sections = Array.from(root.childNodes).filter(isSignificant);
  const layout = sections.map((node) => node.nodeName.toUpperCase()).join(',');
  if (layout === 'BODY') return true;
  if (layout !== 'HEAD,BODY') return false;
  return Array.from(sections[0]!.childNodes)
    .filter(isSignificant)
    .every((node) => HEAD_ELEMENTS.has(node.nodeName.toUpperCase()));
}

type Placement = 'stray' | 'head' | 'body';

/**
 * Serialises the parsed tree into a regular document: <html>, <head> and
 * <body> wrappers wherever they were are dissolved, and their contents are
 * placed in document order into the new head or body.
 */
function rebuildDocumentMarkup(document: Document): string {
  const head: string[] = [];
  const body: string[] = [];
  let htmlAttributes: string | null = null;
  let bodyAttributes: string | null = null;

  // Explicit stack in document order: `<html>` repeated thousands of times must not recurse.
  const stack: Array<{ node: Node; placement: Placement }> = Array.from(document.childNodes)
    .reverse()
    .map((node) => ({ node, placement: 'stray' as const }));
  while (stack.length > 0) {
    const { node, placement } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      body.push(escapeText(node.textContent ?? ''));
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.nodeName.toUpperCase();
    if (TRANSPARENT_CONTAINERS.has(name)) {
      if (name === 'HTML') htmlAttributes ??= serialiseAttributes(node);
      if (name === 'BODY') bodyAttributes ??= serialiseAttributes(node);
      const inner: Placement = name === 'HEAD' ? 'head' : name === 'BODY' ? 'body' : placement;
      for (const child of Array.from(node.childNodes).reverse()) stack.push({ node: child, placement: inner });
      continue;
    }
    const belongsInHead =
      (placement === 'head' && HEAD_ELEMENTS.has(name)) || (placement === 'stray' && STRAY_HEAD_ELEMENTS.has(name));
    (belongsInHead ? head : body).push(node.outerHTML);
  }
  return (
    `<!doctype html><html${htmlAttributes ?? ''}><head>${head.join('')}</head>` +
    `<body${bodyAttributes ?? ''}>${body.join('')}</body></html>`
  );
}

function serialiseAttributes(element: Element): string {
  return element
    .getAttributeNames()
    .filter((name) => /^[^\s"'<>/=]+$/.test(name))
    .map((name) => ` ${name}="${escapeAttribute(element.getAttribute(name) ?? '')}"`)
    .join('');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------
// Main text.

/**
 * Readability's running time on linkedom grows with the sum over elements of
 * depth² (and up to four passes when it finds little text): measured, a chain
 * of 300 nested <div>s takes ~1 s, 1,000 takes ~20 s, and 5,000 runs for
 * minutes before overflowing the stack. Pages past these bounds skip
 * Readability and take the boilerplate-stripping fallback. A heavy real page
 * (35k elements, depth 25) costs ~12M and runs in under a second.
 */
const READABILITY_MAX_ELEMENTS = 60_000;
const READABILITY_MAX_DEPTH_COST = 20_000_000;

interface ReadabilityArticle {
  title: string | null;
  content: string | null;
}

function oldestFirst(document: Document): Document {
  entriesOldestFirst(document);
  return document;
}

function runReadability(page: ParsedPage): ReadabilityArticle | null {
  if (exceedsReadabilityBounds(page.document.documentElement)) return null;
  // Readability rewrites the DOM it reads, so it gets a copy of its own.
  const { document } = parseHTML(page.markup);
  try {
    const article = new Readability(oldestFirst(document)).parse();
    return article ? { title: article.title ?? null, content: article.content ?? null } : null;
  } catch {
    // Readability assumes a browser DOM; a linkedom gap on some odd page must
    // not lose the page, which the fallback can still read.
    return null;
  }
}

function exceedsReadabilityBounds(root: Element | null): boolean {
  if (!root) return false;
  const stack: Array<{ element: Element; depth: number }> = [{ element: root, depth: 1 }];
  let elements = 0;
  let depthCost = 0;
  while (stack.length > 0) {
    const { element, depth } = stack.pop()!;
    elements += 1;
    depthCost += depth * depth;
    if (elements > READABILITY_MAX_ELEMENTS || depthCost > READABILITY_MAX_DEPTH_COST) return true;
    for (const child of Array.from(element.children)) stack.push({ element: child, depth: depth + 1 });
  }
  return false;
}

const BOILERPLATE_SELECTOR = 'nav, header, footer, aside, script, style, form';

/** The whole <body> as text, minus navigation, headers, footers, sidebars and forms. Mutates `document`. */
function textWithoutBoilerplate(document: Document): string {
  const body = document.body;
  if (!body) return '';
  for (const element of Array.from(body.querySelectorAll(BOILERPLATE_SELECTOR))) element.remove();
  return nodeToText(body);
}

// ---------------------------------------------------------------------------
// Metadata.

interface PageMetadata {
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  lang: string | null;
  author: string | null;
}

function readMetadata(document: Document, source: Source): PageMetadata {
  const meta = metaTags(document);
  const jsonLd = readJsonLd(document);
  const publisher =
    cleanText(meta.get('og:site_name')) ??
    jsonLd.publisher ??
    cleanText(meta.get('publisher')) ??
    cleanText(meta.get('application-name'));
  return {
    title: cleanText(meta.get('og:title')) ?? jsonLd.headline ?? documentTitle(document, publisher),
    url: firstHttpUrl([canonicalHref(document), meta.get('og:url'), jsonLd.url], source.url) ?? source.url,
    publisher,
    published: firstIsoDate([
      () => meta.get('article:published_time'),
      ...PUBLISHED_META_KEYS.map((key) => () => meta.get(key)),
      () => jsonLd.datePublished,
      () => timeInMainArticleElement(document),
    ]),
    lang: primaryLanguage(document.documentElement?.getAttribute('lang')) ?? primaryLanguage(meta.get('og:locale')),
    author: cleanText(meta.get('author')) ?? jsonLd.author,
  };
}

const PUBLISHED_META_KEYS = ['datepublished', 'date', 'pubdate', 'dc.date.issued', 'parsely-pub-date'];

/**
 * <meta> contents keyed by lower-cased `property`, `name` and `itemprop`
 * alike (sites mix them up, e.g. og: tags under name=). The first non-empty
 * value of a key wins.
 */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The <title> text, without a trailing " | Site" / " - Site" naming the site itself. */
function documentTitle(document: Document, siteName: string | null): string | null {
  const element = Array.from(document.querySelectorAll('title')).find((title) => !title.closest('svg'));
  const title = cleanText(element?.textContent);
  if (!title || !siteName) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ']) {
    const suffix = `${separator}${siteName}`;
    if (title.length > suffix.length && title.toLowerCase().endsWith(suffix.toLowerCase())) {
      return title.slice(0, -suffix.length).trim() || title;
    }
  }
  return title;
}

function canonicalHref(document: Document): string | null {
  const link = Array.from(document.querySelectorAll('link[rel][href]')).find((element) =>
    (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link?.getAttribute('href') ?? null;
}

/** The first candidate that is (or resolves against `base` to) an http(s) URL. */
function firstHttpUrl(candidates: Array<string | null | undefined>, base: string | null): string | null {
  for (const candidate of candidates) {
    const url = toHttpUrl(candidate, base);
    if (url) return url;
  }
  return null;
}

function toHttpUrl(raw: string | null | undefined, base: string | null): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** "en-GB", "en_GB", "EN" → "en"; anything that is not a language subtag → null. */
function primaryLanguage(raw: string | null | undefined): string | null {
  const subtag = raw?.trim().split(/[-_]/)[0]?.toLowerCase();
  return subtag && /^[a-z]{2,3}$/.test(subtag) ? subtag : null;
}

/**
 * The <time datetime> of the page's main <article>: the one with the most
 * text, since related-story cards are often <article>s too and may come first.
 */
function timeInMainArticleElement(document: Document): string | null {
  let main: Element | null = null;
  let mainLength = -1;
  for (const article of Array.from(document.querySelectorAll('article'))) {
    const length = (article.textContent ?? '').length;
    if (length > mainLength) [main, mainLength] = [article, length];
  }
  return main?.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
}

function timeInArticleContent(content: string | null | undefined): string | null {
  if (!content) return null;
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
}

/** Collapses white space; empty → null. */
function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

// ---------------------------------------------------------------------------
// Dates. `new Date` reads a date-time without a zone in the machine's local
// time, which would make the same page give different drafts on different
// machines; such values are read as UTC instead.

/** The first candidate that parses as a date, as ISO 8601 (candidates are evaluated lazily). */
function firstIsoDate(candidates: Array<() => string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const iso = toIsoDate(candidate());
    if (iso) return iso;
  }
  return null;
}

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const EXPLICIT_ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\s*$)/i;

function toIsoDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value || !/\d{4}/.test(value)) return null;
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) {
    const [, date, time, zone] = iso;
    const offset = !zone ? 'Z' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return validIso(new Date(`${date}T${time!.replace(',', '.')}${offset.toUpperCase()}`));
  }
  const parsed = new Date(value);
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value) || EXPLICIT_ZONE.test(value)) return validIso(parsed);
  // A free-form date with no zone was read as local wall-clock time: move it to the same wall-clock time in UTC.
  return validIso(new Date(parsed.getTime() - parsed.getTimezoneOffset() * 60_000));
}

function validIso(date: Date): string | null {
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

// ---------------------------------------------------------------------------
// JSON-LD.

type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
interface JsonObject {
  [key: string]: JsonValue;
}

interface JsonLdMetadata {
  headline: string | null;
  url: string | null;
  publisher: string | null;
  datePublished: string | null;
  author: string | null;
}

/** Most specific first: the first type in this list that some node has decides which node is read. */
const ARTICLE_TYPES = ['NewsArticle', 'Article', 'ReportageNewsArticle', 'BlogPosting', 'AnalysisNewsArticle', 'WebPage'];

function readJsonLd(document: Document): JsonLdMetadata {
  const nodes = jsonLdNodes(document);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (value: JsonValue | undefined): JsonValue | undefined => {
    if (!isJsonObject(value)) return value;
    const id = value['@id'];
    return typeof id === 'string' && !('name' in value) ? (byId.get(id) ?? value) : value;
  };

  const article = pickArticleNode(nodes);
  if (!article) return { headline: null, url: null, publisher: null, datePublished: null, author: null };
  const authors = namesOf(article['author'], resolve);
  return {
    headline: textOf(article['headline']) ?? textOf(article['name']),
    url: urlOf(article['url']) ?? urlOf(article['mainEntityOfPage']),
    publisher: namesOf(article['publisher'], resolve)[0] ?? null,
    datePublished: textOf(article['datePublished']),
    author: authors.length > 0 ? authors.join(', ') : null,
  };
}

/** Every top-level node of every JSON-LD block, with arrays and "@graph" flattened, in document order. */
function jsonLdNodes(document: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type]'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const stack: JsonValue[] = [parseJsonLd(script.textContent ?? '')];
    while (stack.length > 0) {
      const value = stack.pop()!;
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]!);
      }
      else if (isJsonObject(value)) {
        nodes.push(value);
        const graph = value['@graph'];
        if (graph !== undefined) stack.push(graph);
      }
    }
  }
  return nodes;
}

function parseJsonLd(text: string): JsonValue {
  // Some CMSs wrap the JSON in an HTML comment or CDATA section.
  const json = text
    .trim()
    .replace(/^(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '')
    .replace(/(?:-->|(?:\/\/\s*)?\]\]>)$/, '');
  try {
    return JSON.parse(json) as JsonValue;
  } catch {
    return null;
  }
}

function pickArticleNode(nodes: JsonObject[]): JsonObject | undefined {
  for (const type of ARTICLE_TYPES) {
    const node = nodes.find((candidate) => typesOf(candidate).includes(type));
    if (node) return node;
  }
  return undefined;
}

/** "@type" values without a vocabulary prefix ("schema:NewsArticle", "https://schema.org/NewsArticle" → "NewsArticle"). */
function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((value): value is string => typeof value === 'string').map((value) => value.replace(/^.*[/:#]/, ''));
}

function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A plain string, a {"@value": "…"} literal, or the first such in an array.
 * Deliberately one level deep: hostile JSON-LD may nest arrays thousands deep.
 */
function textOf(value: JsonValue | undefined): string | null {
  for (const item of Array.isArray(value) ? value : [value]) {
    const literal = isJsonObject(item) ? item['@value'] : item;
    const text = typeof literal === 'string' ? cleanText(literal) : null;
    if (text) return text;
  }
  return null;
}

/** A URL string, or the "@id"/"url" of a node such as mainEntityOfPage's WebPage; the first such in an array. */
function urlOf(value: JsonValue | undefined): string | null {
  for (const item of Array.isArray(value) ? value : [value]) {
    const url = isJsonObject(item) ? (textOf(item['@id']) ?? textOf(item['url'])) : textOf(item);
    if (url) return url;
  }
  return null;
}

/** Names of a person/organisation value: a string, a node (possibly an "@id" reference), or an array of those. */
function namesOf(value: JsonValue | undefined, resolve: (value: JsonValue | undefined) => JsonValue | undefined): string[] {
  const items = Array.isArray(value) ? value : [value];
  const names = items
    .map((item) => resolve(item))
    .map((item) => (isJsonObject(item) ? textOf(item['name']) : textOf(item)))
    .filter((name): name is string => name !== null);
  return [...new Set(names)];
}
