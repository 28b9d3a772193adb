/** Which parser reads a source: from its content type, its extension, then its first bytes. */
export type Format = 'text' | 'markdown' | 'html' | 'feed' | 'telegram' | 'ndjson';

const BY_EXTENSION: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
  json: 'telegram',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function fromContentType(contentType: string | null): Format | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) return null;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type.endsWith('rss+xml') || type.endsWith('atom+xml') || type.endsWith('/xml')) return 'feed';
  if (type === 'application/json') return 'telegram';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'ndjson';
  if (type === 'text/markdown') return 'markdown';
  return null;
}

/** Looks at the start of the text; null when nothing marks it as a structured format. */
export function sniffText(text: string): Format | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  const lower = head.toLowerCase();
  if (lower.startsWith('<?xml')) {
    if (/<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed';
    if (/<html\b/.test(lower)) return 'html';
    return 'feed';
  }
  if (/^<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed';
  if (lower.startsWith('<!doctype html') || /^<(html|head|body|article|div|p)\b/.test(lower)) return 'html';
  if (looksLikeJson(head)) return 'telegram';
  return null;
}

/**
 * A JSON object or array opens with a key or a value, not a word: "[News Today] At least …" or
 * "{Updated} …" is text with a bracketed tag, not a broken export.
 */
function looksLikeJson(head: string): boolean {
  return /^\{\s*(?:"|\})/.test(head) || /^\[\s*(?:[{["\]\d-]|true\b|false\b|null\b)/.test(head);
}

export function detectFormat(name: string, contentType: string | null, text: string): Format {
  const byType = fromContentType(contentType);
  if (byType) return byType;
  const byExtension = BY_EXTENSION[extensionOf(name)];
  // A .txt or extension-less file may still be a saved page or a feed.
  if (byExtension && byExtension !== 'text') return byExtension;
  return sniffText(text) ?? byExtension ?? 'text';
}
