import type { Context } from 'hono';
import { HttpError } from './middleware.js';

/** An optional query parameter; empty counts as absent. */
export function param(c: Context, name: string): string | undefined {
  const value = c.req.query(name);
  return value === undefined || value === '' ? undefined : value;
}

export function intParam(c: Context, name: string): number | undefined {
  const value = param(c, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, `${name} must be a whole number`);
  return n;
}

export function dateParam(c: Context, name: string): string | undefined {
  const value = param(c, name);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(value)) throw new HttpError(400, `${name} must be a date such as 2024-12-28`);
  return value;
}

export function oneOf<T extends string>(c: Context, name: string, allowed: readonly T[]): T | undefined {
  const value = param(c, name);
  if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
    throw new HttpError(400, `${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T | undefined;
}
