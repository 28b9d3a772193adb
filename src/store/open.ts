import { existsSync } from 'node:fs';
import { openPostgresStore } from './postgres.js';
import { StoreVersionError } from './records.js';
import { openSqliteStore } from './sqlite.js';
import type { Store, StoreOpenOptions } from './store.js';

export const DEFAULT_DB = 'corroborate.db';

/** Which store a command uses: --db, else CORROBORATE_DB, else ./corroborate.db. */
export function resolveStoreLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CORROBORATE_DB || DEFAULT_DB;
}

export class StoreUnavailableError extends Error {}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, options: StoreOpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const shown = redact(location);
    try {
      return await openPostgresStore(location, shown, options);
    } catch (error) {
      if (error instanceof StoreVersionError) throw new StoreUnavailableError(error.message);
      throw new StoreUnavailableError(`${shown}: cannot open the PostgreSQL store: ${reasonOf(error)}`);
    }
  }
  if (options.migrate === false && !existsSync(location)) throw new StoreUnavailableError(`${location}: no such store`);
  try {
    return openSqliteStore(location, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(reason.startsWith(location) ? reason : `${location}: cannot open the store: ${reason}`);
  }
}

/** A connection URL without its password, for messages. */
export function redact(location: string): string {
  return location.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Why a connection failed; a refused connection to a name with several addresses is an AggregateError with no message of its own. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(reasonOf).join('; ');
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}
