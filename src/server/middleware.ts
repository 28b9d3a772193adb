import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ReviewError } from '../review/review.js';
import { BoardUnavailableError } from './board-service.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const JSON_BODY_LIMIT = 1024 * 1024;

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.set('Referrer-Policy', 'no-referrer');
  };
}

/** Whether two secrets are equal, in time that does not depend on where they differ (digests make the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Writes need `Authorization: Bearer <token>` when the server has a token. */
export function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const header = c.req.header('Authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
    if (!given || !sameSecret(given, token)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: 'this server needs its token for writes: Authorization: Bearer <token>' }, 401);
    }
    return next();
  };
}

export function jsonBodyLimit(maxSize = JSON_BODY_LIMIT): MiddlewareHandler {
  return bodyLimit({ maxSize, onError: (c) => c.json({ error: `request body over ${maxSize} bytes` }, 413) });
}

/** Reads a JSON request body: 415 unless it is declared JSON (which also keeps cross-site forms out), 400 unless it parses. */
export async function readJson(c: Context): Promise<unknown> {
  if (!isJson(c.req.header('Content-Type'))) throw new HttpError(415, 'expected Content-Type: application/json');
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

export function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof HttpError) return c.json({ error: error.message }, error.status);
  if (error instanceof ReviewError) return c.json({ error: error.message }, error.kind === 'missing' ? 404 : 400);
  // Reported when it happened (BoardService), once for every request that waited for it.
  if (error instanceof BoardUnavailableError) return c.json({ error: error.message }, 500);
  process.stderr.write(`corroborate serve: ${error.stack ?? error.message}\n`);
  return c.json({ error: 'internal error' }, 500);
}
