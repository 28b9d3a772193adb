import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { stringify as toYaml } from 'yaml';
import type { IngestResponse } from '../../contracts/api.js';
import { DEFAULT_MAX_BYTES, type InputRef } from '../../ingest/inputs.js';
import { ingestOne, type InputResult } from '../../ingest/pipeline.js';
import type { Store } from '../../store/store.js';
import type { ServerContext } from '../context.js';
import { HttpError, JSON_BODY_LIMIT, isJson, jsonBodyLimit, readJson } from '../middleware.js';

export function sourceRoutes(ctx: ServerContext): Hono {
  const routes = new Hono();
  const maxBytes = ctx.options.maxBytes ?? DEFAULT_MAX_BYTES;
  const ingest = async (ref: InputRef) => {
    const result = await ingestOne(ctx.store, ref, { maxBytes, allowPrivate: ctx.options.allowPrivate ?? false });
    return ingestResponse(ctx.store, result);
  };

  const limitJson = jsonBodyLimit();
  const limitJsonOnly: MiddlewareHandler = async (c, next) => (isJson(c.req.header('Content-Type')) ? limitJson(c, next) : next());
  routes.post('/sources', limitJsonOnly, async (c) => {
    if (isJson(c.req.header('Content-Type'))) return c.json(await ingest(jsonSource(await readJson(c))));
    const tally = { bytes: 0 };
    const response = await ingest(uploadSource(c, maxBytes, tally));
    if (tally.bytes > maxBytes) throw new HttpError(413, `upload over the ${maxBytes}-byte cap`);
    return c.json(response);
  });

  return routes;
}

/** {"url"} → a fetch (with ingest's SSRF checks); {"text", …} → the text with its metadata as front matter. */
function jsonSource(body: unknown): InputRef {
  const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof request.url === 'string' && request.text === undefined) return { kind: 'url', url: request.url };
  if (typeof request.text !== 'string' || !request.text.trim()) throw new HttpError(400, 'send {"url": "…"} or {"text": "…"}');
  if (request.text.length > JSON_BODY_LIMIT) throw new HttpError(413, 'pasted text over the JSON body limit');
  const front: Record<string, string> = {};
  for (const key of ['title', 'publisher', 'published', 'url']) {
    if (typeof request[key] === 'string' && request[key]) front[key] = request[key] as string;
  }
  // Always fenced, so the text is read as plain text and never sniffed as HTML or a feed.
  const text = `---\n${Object.keys(front).length ? toYaml(front) : ''}---\n${request.text}`;
  return { kind: 'stream', name: 'pasted text', contentType: 'text/plain', stream: Readable.from([Buffer.from(text)]) };
}

/**
 * The raw request body as a stream to ingest, counted on the way so that a
 * body over the cap (the reader stops at it) can be answered with 413.
 */
function uploadSource(c: Context, maxBytes: number, tally: { bytes: number }): InputRef {
  const declared = Number(c.req.header('Content-Length') ?? NaN);
  if (declared > maxBytes) throw new HttpError(413, `upload over the ${maxBytes}-byte cap`);
  // A custom header cannot be sent cross-site without a CORS preflight, which this server never grants.
  const filename = c.req.header('X-Filename');
  if (!filename) throw new HttpError(400, 'an upload needs an X-Filename header');
  const body = c.req.raw.body;
  if (!body) throw new HttpError(400, 'empty upload');
  const contentType = c.req.header('Content-Type') ?? null;
  const stream = Readable.from(counted(body as WebReadableStream<Uint8Array>, tally));
  return { kind: 'stream', name: basename(filename.replace(/\\/g, '/')) || 'upload', contentType: generic(contentType) ? null : contentType, stream };
}

async function* counted(body: AsyncIterable<Uint8Array>, tally: { bytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of body) {
    tally.bytes += chunk.byteLength;
    yield chunk;
  }
}

/** Types browsers send when they do not know better say nothing about the format. */
function generic(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return !type || type === 'application/octet-stream' || type === 'text/plain';
}

async function ingestResponse(store: Store, result: InputResult): Promise<IngestResponse> {
  if (!result.ok) return { results: [{ name: result.input, status: 'failed', document: null, claims: 0, error: result.error }] };
  const results = await Promise.all(
    result.documents.map(async (document) => ({
      name: result.input,
      status: document.status,
      document: document.id,
      claims: (await store.queryClaims({ doc: document.id, limit: 1 })).total,
      error: null,
    })),
  );
  return { results };
}
