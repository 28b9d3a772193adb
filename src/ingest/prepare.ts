import type { DocumentDraft, Source } from '../contracts/document.js';
import type { PreparedDocument } from '../store/store.js';
import { bandKeys, signatureOf } from './near-duplicates.js';
import { extractClaims } from '../extract/extract.js';
import { unattributedSpeakerOf } from '../extract/issuing-speakers.js';
import { IngestError } from './errors.js';
import { identifyText, sha256Hex } from './normalise.js';
import { documentsOf } from './read.js';
import type { Format } from './sniff.js';
import type { Unit } from './units.js';

/** Turns a parsed draft into what the store needs: normalised text, content address, MinHash signature, claims. */
export function prepareDocument(draft: DocumentDraft, source: Source, sourceSha256: string): PreparedDocument | null {
  const identified = identifyText(draft.text);
  if (!identified) return null;
  const { text, id } = identified;
  const signature = signatureOf(text);
  return {
    claims: extractClaims({ id, text, published: draft.published, forwardedFrom: unattributedSpeakerOf(draft) }),
    document: {
      ...draft,
      id,
      text,
      url: draft.url ?? source.url,
      retrieved: source.retrieved,
      source: sourceSha256,
    },
    signature,
    bands: signature ? bandKeys(signature) : [],
    appearance: {
      source,
      sourceSha256,
      locator: draft.meta.locator ?? null,
      url: draft.url ?? source.url,
      publisher: draft.publisher,
      published: draft.published,
    },
  };
}


/** A unit read, parsed and prepared: the documents to store, or why there are none. */
export type PreparedUnit =
  | { input: string; ok: true; format: Format; documents: PreparedDocument[] }
  | { input: string; ok: false; format: Format | null; error: string };

/** Parses and prepares one unit (the CPU-bound part of ingest, run in worker threads with --workers). Throws only on bugs. */
export function prepareUnit(unit: Unit): PreparedUnit {
  const { input } = unit;
  if ('error' in unit) return { input, ok: false, format: null, error: unit.error };
  let format: Format | null = null;
  try {
    const parsed = documentsOf(unit.source);
    format = parsed.format;
    const sha = sha256Hex(unit.source.bytes);
    const documents = parsed.drafts
      .map((draft) => prepareDocument(draft, unit.source, sha))
      .filter((p): p is PreparedDocument => p !== null);
    if (documents.length === 0) throw new IngestError(unit.source.name, 'no text to store');
    return { input, ok: true, format, documents };
  } catch (error) {
    if (error instanceof IngestError) return { input, ok: false, format, error: error.reason };
    throw error;
  }
}
