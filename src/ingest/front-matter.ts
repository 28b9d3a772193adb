import { parse as parseYaml } from 'yaml';
import type { DocumentKind } from '../contracts/document.js';
import { IngestError } from './errors.js';

/** The front matter keys corroborate reads (README, "Plain text and Markdown"). */
export interface FrontMatter {
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
  lang: string | null;
  kind: DocumentKind | null;
  author: string | null;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const KINDS: readonly DocumentKind[] = ['article', 'post', 'report', 'transcript'];

export function splitFrontMatter(text: string, input: string): { front: FrontMatter | null; body: string } {
  const match = FENCE.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { front: null, body: text };
  let data: unknown;
  try {
    // The core schema keeps dates as strings, so no time zone is invented.
    data = parseYaml(match[1] ?? '', { schema: 'core', maxAliasCount: 50, logLevel: 'error' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new IngestError(input, `front matter is not valid YAML: ${reason}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new IngestError(input, 'front matter is not a YAML mapping of keys to values');
  }
  const body = text.replace(/^\uFEFF/, '').slice(match[0].length);
  return { front: readKeys(data as Record<string, unknown>), body };
}

function readKeys(data: Record<string, unknown>): FrontMatter {
  const kind = asString(data.kind);
  return {
    title: asString(data.title),
    url: asHttpUrl(asString(data.url) ?? asString(data.link)),
    publisher: asString(data.publisher) ?? asString(data.source),
    published: asIsoDate(asString(data.published) ?? asString(data.date)),
    lang: asString(data.lang)?.toLowerCase().split(/[-_]/)[0] ?? null,
    kind: kind && (KINDS as readonly string[]).includes(kind) ? (kind as DocumentKind) : null,
    author: asString(data.author),
  };
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return null;
}

export function asHttpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function asIsoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
