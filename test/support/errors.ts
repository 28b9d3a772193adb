import assert from 'node:assert/strict';
import { IngestError } from '../../src/ingest/errors.js';

/** An assert.throws validator: an IngestError naming `input`, whose reason equals or matches `reason`. */
export function ingestError(input: string, reason: string | RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof IngestError, `expected IngestError, got ${String(error)}`);
    assert.equal(error.input, input);
    if (typeof reason === 'string') assert.equal(error.reason, reason);
    else assert.match(error.reason, reason);
    return true;
  };
}
