import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The demo corpus ships with the package, two levels above this module in both src/ and dist/. */
export function demoCorpusPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const path = join(here, '..', '..', 'demo', 'corpus');
  if (!existsSync(path)) throw new Error(`the demo corpus is missing: expected it at ${path}`);
  return path;
}

export const DEMO_DB = 'corroborate-demo.db';
/** Marks a store as the demo's own, so that `demo` only ever replaces a store it made. */
export const DEMO_MARK = 'demo-store';
