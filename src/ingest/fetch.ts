import dns from 'node:dns';
import { STATUS_CODES } from 'node:http';
import net from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';
import type { Source } from '../contracts/document.js';
import { IngestError } from './errors.js';
import { formatBytes } from './byte-sizes.js';

export { formatBytes };

/**
 * Fetching one http(s) URL into a Source, safely: only public unicast
 * addresses (checked at connect time, for every hop), bounded time, bounded
 * size, and only textual content types.
 */
export interface FetchOptions {
  allowPrivate?: boolean;
  /** Whole request including redirects and body. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Addresses allowed even when allowPrivate is false (tests use exactly '127.0.0.1'). */
  allowAddresses?: readonly string[];
  userAgent?: string;
}

export const ACCEPTED_CONTENT_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/markdown',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/json',
  'application/feed+json',
];

const DEFAULTS = {
  timeoutMs: 20_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'corroborate/0.1 (+https://github.com/corroborate)',
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

// ---------------------------------------------------------------- addresses

export interface AddressClass {
  /** The address in canonical form; IPv4-mapped IPv6 is given as IPv4. */
  address: string;
  /** ipaddr.js range name: 'unicast', 'loopback', 'private', 'linkLocal'… */
  range: string;
  /** Whether the range is public unicast. */
  allowed: boolean;
}

/** Classifies one IP address literal; throws on a string that is not one. */
export function classifyAddress(ip: string): AddressClass {
  // process() turns ::ffff:10.0.0.1 into 10.0.0.1 so it is judged as what it reaches.
  const parsed = ipaddr.process(ip);
  const range = parsed.range();
  return { address: parsed.toString(), range, allowed: range === 'unicast' };
}

export interface AddressPolicy {
  allowPrivate: boolean;
  /** Canonical forms (see normaliseAddress). */
  allowAddresses: ReadonlySet<string>;
}

export function normaliseAddress(ip: string): string {
  if (!ipaddr.isValid(ip)) throw new TypeError(`not an IP address: ${ip}`);
  return ipaddr.process(ip).toString();
}

/** The class of the first address the policy forbids, or null when all are permitted. */
export function firstForbidden(addresses: readonly string[], policy: AddressPolicy): AddressClass | null {
  if (policy.allowPrivate) return null;
  for (const ip of addresses) {
    const cls = classifyAddress(ip);
    if (!cls.allowed && !policy.allowAddresses.has(cls.address)) return cls;
  }
  return null;
}

/** ipaddr.js range names ('linkLocal', 'carrierGradeNat') as words ('link-local', 'carrier-grade NAT'). */
export function rangeWords(range: string): string {
  return range.replace(/Nat$/, ' NAT').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().replace(/ nat$/, ' NAT');
}

/** Carries a refusal out of the connect-time lookup, through undici, back to fetchSource. */
class AddressRefused extends Error {
  constructor(
    readonly host: string,
    readonly cls: AddressClass,
  ) {
    const range = rangeWords(cls.range);
    const article = /^(?:[aeio]|un[^i])/.test(range) ? 'an' : 'a';
    const what = host === cls.address || host === `[${cls.address}]` ? host : `${host} resolves to ${cls.address}, which`;
    super(`refused: ${what} is ${article} ${range} address (use --allow-private to allow)`);
    this.name = 'AddressRefused';
  }
}

/**
 * A net.connect `lookup` that resolves every address of the host, refuses the
 * connection if any of them is forbidden, and otherwise hands net exactly the
 * addresses it checked, so nothing can change between check and connect.
 */
export type Resolver = (
  hostname: string,
  options: { all: true },
  callback: (err: NodeJS.ErrnoException | null, addresses: dns.LookupAddress[]) => void,
) => void;

export function guardedLookup(policy: AddressPolicy, resolve: Resolver = dns.lookup): net.LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { all: true }, (err, results) => {
      if (err) return callback(err, []);
      const forbidden = firstForbidden(
        results.map((r) => r.address),
        policy,
      );
      if (forbidden) return callback(new AddressRefused(hostname, forbidden), []);
      const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      const usable = family === 4 || family === 6 ? results.filter((r) => r.family === family) : results;
      if (options.all) return callback(null, usable);
      const first = usable[0];
      if (!first) {
        const none: NodeJS.ErrnoException = new Error(`no IPv${family} address for ${hostname}`);
        none.code = 'ENOTFOUND';
        return callback(none, []);
      }
      callback(null, first.address, first.family);
    });
  };
}

// ---------------------------------------------------------------- small pure helpers

/** Parses and vets a URL to fetch; returns the reason it is refused as a string. */
export function checkUrl(raw: string): URL | string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'only http and https URLs can be fetched';
  if (url.username !== '' || url.password !== '') return 'URLs with credentials (user:password@) are not fetched';
  return url;
}

/** The bare host of a URL: IPv6 literals lose their brackets. */
export function hostOf(url: URL): string {
  const h = url.hostname;
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

/** The media type alone, lower-cased: 'text/html; charset=utf-8' → 'text/html'. */
export function mediaType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

export function isAcceptedContentType(contentType: string | null): boolean {
  return contentType === null || mediaType(contentType) === '' || ACCEPTED_CONTENT_TYPES.includes(mediaType(contentType));
}


export function formatSeconds(ms: number): string {
  return `${+(ms / 1000).toFixed(3)} s`;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/** Content-Length as a number, or null when absent or unparseable. */
export function contentLength(value: string | string[] | undefined): number | null {
  const v = headerValue(value);
  if (v === null || !/^\s*\d+\s*$/.test(v)) return null;
  return Number(v);
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function causes(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = err; e !== undefined && e !== null && chain.length < 8; e = (e as { cause?: unknown }).cause) {
    chain.push(e);
  }
  return chain;
}

function errorCode(err: unknown): string | null {
  for (const e of causes(err)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return null;
}

// ---------------------------------------------------------------- fetching

interface Hop {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

export async function fetchSource(url: string, options: FetchOptions = {}): Promise<Source> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? DEFAULTS.maxRedirects;
  const policy: AddressPolicy = {
    allowPrivate: options.allowPrivate ?? false,
    allowAddresses: new Set((options.allowAddresses ?? []).map(normaliseAddress)),
  };

  const first = checkUrl(url);
  if (typeof first === 'string') throw new IngestError(url, first);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const agent = new Agent({
    connect: { lookup: guardedLookup(policy), timeout: timeoutMs },
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });

  const fail = (reason: string): IngestError => new IngestError(url, reason);
  const translate = (err: unknown, hopUrl: URL, phase: 'connect' | 'read'): IngestError => {
    if (err instanceof IngestError) return err;
    const refused = causes(err).find((e): e is AddressRefused => e instanceof AddressRefused);
    if (refused) return refusal(url, hopUrl, refused);
    const code = errorCode(err);
    if (timedOut || (code !== null && TIMEOUT_CODES.has(code))) return fail(`timed out after ${formatSeconds(timeoutMs)}`);
    const what = code ?? (err instanceof Error ? err.message : String(err));
    return fail(phase === 'connect' ? `cannot connect: ${what}` : `connection lost while reading: ${what}`);
  };

  try {
    let current = first;
    for (let redirects = 0; ; redirects++) {
      checkLiteralHost(url, current, policy);
      let hop: Hop;
      try {
        const res = await request(current, {
          method: 'GET',
          dispatcher: agent,
          signal: controller.signal,
          headers: {
            'user-agent': options.userAgent ?? DEFAULTS.userAgent,
            accept: `${ACCEPTED_CONTENT_TYPES.join(', ')}, */*;q=0.1`,
            'accept-encoding': 'gzip, deflate, br',
          },
        });
        hop = { status: res.statusCode, headers: res.headers, body: res.body };
      } catch (err) {
        throw translate(err, current, 'connect');
      }
      const retrieved = new Date().toISOString();

      if (REDIRECT_STATUSES.has(hop.status)) {
        discard(hop.body);
        const location = headerValue(hop.headers.location);
        if (location === null) throw fail(`HTTP ${hop.status} redirect without a Location header`);
        if (redirects >= maxRedirects) throw fail(`too many redirects (more than ${maxRedirects})`);
        let next: URL | string;
        try {
          next = checkUrl(new URL(location, current).href);
        } catch {
          next = 'not a valid URL';
        }
        if (typeof next === 'string') throw fail(`redirect to ${location} refused: ${next}`);
        current = next;
        continue;
      }

      try {
        checkResponse(hop, maxBytes, fail);
        const contentType = headerValue(hop.headers['content-type'])?.trim() || null;
        const bytes = await readCapped(decodedBody(hop, fail), maxBytes, fail);
        return { name: url, bytes, contentType, url: current.href, retrieved };
      } catch (err) {
        discard(hop.body);
        throw translate(err, current, 'read');
      }
    }
  } finally {
    clearTimeout(timer);
    // destroy() rather than close(): a refused or capped response must not linger.
    agent.destroy().catch(() => undefined);
  }
}

/** Drops a body unread; undici's body emits an abort error when destroyed, which must not go uncaught. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function refusal(original: string, hopUrl: URL, refused: AddressRefused): IngestError {
  if (hopUrl.href === new URL(original).href) return new IngestError(original, refused.message);
  return new IngestError(hopUrl.href, `${refused.message}; reached by a redirect from ${original}`);
}

/** net.connect skips `lookup` for IP literals, so those are checked here, before the request. */
function checkLiteralHost(original: string, hopUrl: URL, policy: AddressPolicy): void {
  const host = hostOf(hopUrl);
  if (net.isIP(host) === 0) return;
  const forbidden = firstForbidden([host], policy);
  if (forbidden) throw refusal(original, hopUrl, new AddressRefused(host, forbidden));
}

function checkResponse(hop: Hop, maxBytes: number, fail: (reason: string) => IngestError): void {
  if (hop.status < 200 || hop.status > 299) {
    const text = STATUS_CODES[hop.status];
    throw fail(text ? `HTTP ${hop.status} ${text}` : `HTTP ${hop.status}`);
  }
  const type = headerValue(hop.headers['content-type']);
  if (!isAcceptedContentType(type)) throw fail(`unsupported content type ${mediaType(type ?? '')}`);
  const length = contentLength(hop.headers['content-length']);
  if (length !== null && length > maxBytes) throw fail(`larger than the ${formatBytes(maxBytes)} cap`);
}

/**
 * The body with any Content-Encoding undone; the cap then applies to the
 * decoded bytes, so a small compressed bomb cannot get past it.
 */
function decodedBody(hop: Hop, fail: (reason: string) => IngestError): Readable {
  const encoding = (headerValue(hop.headers['content-encoding']) ?? '').trim().toLowerCase();
  switch (encoding) {
    case '':
    case 'identity':
      return hop.body;
    case 'gzip':
    case 'x-gzip':
      return decompress(hop.body, zlib.createGunzip());
    case 'deflate':
      return decompress(hop.body, zlib.createInflate());
    case 'br':
      return decompress(hop.body, zlib.createBrotliDecompress());
    default:
      throw fail(`unsupported content encoding ${encoding}`);
  }
}

// pipeline, unlike pipe, carries an error or abort of the raw body into the decoder.
function decompress(raw: Readable, decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress): Readable {
  return pipeline(raw, decoder, () => undefined);
}

async function readCapped(body: Readable, maxBytes: number, fail: (reason: string) => IngestError): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      total += buf.length;
      if (total > maxBytes) throw fail(`larger than the ${formatBytes(maxBytes)} cap`);
      chunks.push(buf);
    }
  } finally {
    if (total > maxBytes) discard(body);
  }
  return Buffer.concat(chunks, total);
}
