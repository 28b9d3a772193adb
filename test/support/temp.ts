import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/** A fresh directory removed when the test file finishes. */
export function tempDir(prefix = 'corroborate-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // Retried: a process a test started may still be closing files here for a moment after it ended (ENOTEMPTY).
  after(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));
  return dir;
}

export function sourceOf(name: string, text: string | Buffer, contentType: string | null = null) {
  return {
    name,
    bytes: typeof text === 'string' ? Buffer.from(text) : text,
    contentType,
    url: null,
    retrieved: '2025-01-01T00:00:00.000Z',
  };
}
