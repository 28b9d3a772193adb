import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'corroborate.db';

/** Which store a command uses: --db, else CORROBORATE_DB, else ./corroborate.db. */
export function resolveStoreLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.CORROBORATE_DB || DEFAULT_DB;
}

export class StoreUnavailableError extends Error {}

export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new StoreUnavailableError(`${redact(location)}: the PostgreSQL store is not built yet; use a SQLite file`);
  }
  try {
    return openSqliteStore(location);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreUnavailableError(reason.startsWith(location) ? reason : `${location}: cannot open the store: ${reason}`);
  }
}

/** A connection URL without its password, for messages. */
export function redact(location: string): string {
  return location.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
