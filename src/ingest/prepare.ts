import type { DocumentDraft, Source } from '../contracts/document.js';
import type { PreparedDocument } from '../store/store.js';
import { bandKeys, signatureOf } from './near-duplicates.js';
import { extractClaims } from '../extract/extract.js';
import { identifyText } from './normalise.js';

/** Turns a parsed draft into what the store needs: normalised text, content address, MinHash signature, claims. */
export function prepareDocument(draft: DocumentDraft, source: Source, sourceSha256: string): PreparedDocument | null {
  const identified = identifyText(draft.text);
  if (!identified) return null;
  const { text, id } = identified;
  const signature = signatureOf(text);
  return {
    claims: extractClaims({ id, text, published: draft.published }),
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

