import { documentJson, documentsTable, describeCopyGroups, copyGroups } from '../report/documents.js';
import { formatDocument } from '../report/document.js';
import { claimsTable } from '../report/claims.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';

export async function runDocuments(store: Store, opts: { json: boolean; origin?: string; limit?: number }): Promise<void> {
  const documents = await store.listDocuments({ origin: opts.origin, limit: opts.limit });
  if (opts.json) {
    for (const document of documents) process.stdout.write(`${JSON.stringify(documentJson(document))}\n`);
    return;
  }
  if (documents.length === 0) {
    process.stdout.write(`No documents in ${store.location}.\n`);
    return;
  }
  process.stdout.write(`${documentsTable(documents)}\n\n${describeCopyGroups(copyGroups(documents))}\n`);
}

export async function runShow(store: Store, id: string, opts: { json: boolean }): Promise<number> {
  const document = await store.getDocument(id);
  if (!document) {
    process.stderr.write(`corroborate: ${id}: no such document in ${store.location}\n`);
    return EXIT.inputFailed;
  }
  const appearances = await store.listAppearances(id);
  process.stdout.write(
    opts.json
      ? `${JSON.stringify({ ...documentJson(document, true), appearances })}\n`
      : formatDocument(document, appearances),
  );
  return EXIT.ok;
}

export async function runClaims(store: Store, opts: { json: boolean; doc?: string; outcome?: string; limit?: number }): Promise<void> {
  const claims = await store.listClaims({ doc: opts.doc, outcome: opts.outcome, limit: opts.limit });
  if (opts.json) {
    for (const claim of claims) process.stdout.write(`${JSON.stringify(claim)}\n`);
    return;
  }
  process.stdout.write(`${claimsTable(claims)}\n`);
}
