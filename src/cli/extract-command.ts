import { createInterface } from 'node:readline';
import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import type { Source } from '../contracts/document.js';
import { claimsOfDraft } from '../extract/document-claims.js';
import { quantitiesOf } from '../extract/quantities.js';
import { IngestError } from '../ingest/errors.js';
import { DEFAULT_MAX_BYTES, describeFsError, readFileSource, readStdinSource } from '../ingest/inputs.js';
import { documentsOf } from '../ingest/read.js';
import { claimsTable } from '../report/claims.js';
import { EXIT } from './exit-codes.js';

export async function runExtract(input: string, opts: { published?: string; format: 'ndjson' | 'table'; maxBytes?: number }): Promise<number> {
  let source: Source;
  try {
    source = input === '-' ? await readStdinSource(process.stdin, opts.maxBytes ?? DEFAULT_MAX_BYTES) : await readFileSource(input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    const { drafts } = documentsOf(source);
    for (const draft of drafts) {
      const claims = claimsOfDraft(draft, opts.published ?? null);
      if (opts.format === 'ndjson') {
        for (const claim of claims) process.stdout.write(`${JSON.stringify(claim)}\n`);
      } else {
        const title = draft.title ?? draft.meta.locator ?? input;
        process.stdout.write(`${drafts.length > 1 ? `${title}\n` : ''}${claimsTable(claims)}\n`);
      }
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof IngestError) {
      process.stderr.write(`corroborate: ${error.input}: ${error.reason}\n`);
      return EXIT.inputFailed;
    }
    throw error;
  }
}

/** Each input line is {"text": "…"} or plain text; each output line lists that line's quantities. */
export async function runQuantities(input: string | undefined): Promise<number> {
  const fromStdin = !input || input === '-';
  if (!fromStdin) {
    try {
      await access(input, constants.R_OK);
    } catch (error) {
      process.stderr.write(`corroborate: ${input}: ${describeFsError(error)}\n`);
      return EXIT.inputFailed;
    }
  }
  const stream = fromStdin ? process.stdin : createReadStream(input);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify({ quantities: quantitiesOf(textOfLine(line)) })}\n`);
  }
  return EXIT.ok;
}

export function textOfLine(line: string): string {
  if (line.trimStart().startsWith('{')) {
    try {
      const parsed = JSON.parse(line) as unknown;
      if (parsed && typeof parsed === 'object' && typeof (parsed as { text?: unknown }).text === 'string') return (parsed as { text: string }).text;
    } catch {
      // Not JSON after all: read the line as text.
    }
  }
  return line;
}
