import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ReviewEntry } from '../contracts/api.js';
import type { Claim } from '../contracts/claim.js';
import { claimProblems } from '../contracts/claim-check.js';
import type { Source } from '../contracts/document.js';
import { bandKeys, signatureOf } from '../ingest/near-duplicates.js';
import { sha256Hex } from '../ingest/normalise.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument, type BackupLine, type BackupSource } from './backup.js';
import type { PreparedDocument, Store, StoredAppearance } from './store.js';

/** A backup that cannot be imported, and the line (1-based) where that shows. */
export class BackupError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** An import without --merge into a store that already holds documents. */
export class StoreNotEmptyError extends Error {}

export interface ImportResult {
  sources: number;
  documents: number;
  reviews: number;
}

const BATCH = 100;

async function* numberedLines(path: string): AsyncGenerator<[number, string]> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let number = 0;
  for await (const text of lines) yield [++number, text];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A claim in a backup is stored as it is, so it must have the claims.md shape (and its sentence be its document's text). */
function refuseMalformedClaim(number: number, claim: unknown, documentText?: string): void {
  const problems = claimProblems(claim, documentText);
  if (problems.length === 0) return;
  const id = isObject(claim) && typeof claim.id === 'string' ? ` ${claim.id}` : '';
  throw new BackupError(number, `claim${id} does not have the claims.md shape: ${problems.join('; ')}`);
}

/** One line parsed and checked for the fields an import reads. */
function parseLine(number: number, text: string): BackupLine {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    throw new BackupError(number, 'not a JSON object (a corrupt or truncated backup)');
  }
  if (!isObject(record)) throw new BackupError(number, 'not a JSON object');
  const bad = (what: string) => new BackupError(number, `${record.type ?? 'record'} without ${what}`);
  switch (record.type) {
    case 'header':
      if (record.format !== BACKUP_FORMAT) throw new BackupError(number, `not a corroborate backup (format ${JSON.stringify(record.format)})`);
      if (record.version !== BACKUP_VERSION) throw new BackupError(number, `backup format version ${String(record.version)}; this version reads ${BACKUP_VERSION}`);
      break;
    case 'source':
      if (typeof record.sha256 !== 'string' || typeof record.bytes !== 'string' || typeof record.name !== 'string' || typeof record.retrieved !== 'string') throw bad('sha256, name, retrieved and bytes');
      if (sha256Hex(Buffer.from(record.bytes, 'base64')) !== record.sha256) throw new BackupError(number, `source ${record.sha256}: its bytes do not match its sha256`);
      break;
    case 'document':
      if (!isObject(record.document) || typeof record.document.id !== 'string' || typeof record.document.text !== 'string') throw bad('a document');
      if (!Array.isArray(record.appearances) || record.appearances.length === 0 || !Array.isArray(record.claims)) throw bad('appearances and claims');
      for (const claim of record.claims) refuseMalformedClaim(number, claim, record.document.text);
      break;
    case 'review':
      if (!isObject(record.review) || typeof record.review.claim !== 'string' || typeof record.review.at !== 'string') throw bad('a review');
      if (!['confirm', 'correct', 'reject', 'add'].includes(record.review.action as string)) throw new BackupError(number, `unknown review action ${JSON.stringify(record.review.action)}`);
      for (const claim of [record.review.before, record.review.after]) if (claim !== null && claim !== undefined) refuseMalformedClaim(number, claim);
      break;
    case 'end':
      break;
    default:
      throw new BackupError(number, `unknown record type ${JSON.stringify(record.type)}`);
  }
  return record as unknown as BackupLine;
}

/**
 * Reads the whole backup once without writing: every line well formed, in
 * order, every reference to something earlier, and the end line's counts
 * met. An import writes nothing unless this passes.
 */
export async function checkBackup(path: string): Promise<ImportResult> {
  const sources = new Set<string>();
  const documents = new Set<string>();
  const claims = new Set<string>();
  let reviews = 0;
  let last = 0;
  let ended = false;
  for await (const [number, text] of numberedLines(path)) {
    last = number;
    if (text.trim() === '') continue;
    if (ended) throw new BackupError(number, 'a record after the end line');
    const record = parseLine(number, text);
    if ((number === 1) !== (record.type === 'header')) throw new BackupError(number, number === 1 ? 'the first line must be the backup header' : 'a second header');
    if (record.type === 'source') sources.add(record.sha256);
    if (record.type === 'document') {
      for (const sha256 of [record.document.source, ...record.appearances.map((a) => a.source)]) {
        if (!sources.has(sha256)) throw new BackupError(number, `document ${record.document.id} refers to source ${sha256}, which no earlier line holds`);
      }
      documents.add(record.document.id);
      for (const claim of record.claims) claims.add(claim.id);
    }
    if (record.type === 'review') {
      const { review } = record;
      if (!documents.has(review.doc)) throw new BackupError(number, `review of claim ${review.claim} in document ${review.doc}, which no earlier line holds`);
      if (review.action === 'add') claims.add(review.claim);
      else if (!claims.has(review.claim)) throw new BackupError(number, `review of claim ${review.claim}, which no earlier line holds`);
      reviews++;
    }
    if (record.type === 'end') {
      const found = { sources: sources.size, documents: documents.size, reviews };
      if (record.sources !== found.sources || record.documents !== found.documents || record.reviews !== found.reviews) {
        throw new BackupError(number, `the end line counts ${JSON.stringify({ sources: record.sources, documents: record.documents, reviews: record.reviews })} but the backup holds ${JSON.stringify(found)}`);
      }
      ended = true;
    }
  }
  if (last === 0) throw new BackupError(1, 'the backup is empty');
  if (!ended) throw new BackupError(last, 'the backup ends without its end line (truncated)');
  return { sources: sources.size, documents: documents.size, reviews };
}

/** The document as one ingest per appearance: the first stores it with its claims, the others record where else it was seen. */
function preparedDocuments({ document, appearances, claims }: BackupDocument, sourceOf: (a: StoredAppearance) => Source): PreparedDocument[] {
  const { origin: _origin, ...rest } = document;
  const signature = signatureOf(document.text);
  const bands = signature ? bandKeys(signature) : [];
  // The document's own source first: the document row refers to it.
  const ordered = [...appearances].sort((a, b) => Number(b.source === document.source) - Number(a.source === document.source));
  return ordered.map((appearance) => ({
    document: rest,
    signature,
    bands,
    claims,
    appearance: {
      source: sourceOf(appearance),
      sourceSha256: appearance.source,
      locator: appearance.locator,
      url: appearance.url,
      publisher: appearance.publisher,
      published: appearance.published,
    },
  }));
}

/** The review request that, applied to the claim as `before` reads (null after a rejection), gives `after`: the fields that changed. */
function correctedFields(review: ReviewEntry): Partial<Claim> {
  const before = (review.before ?? {}) as unknown as Record<string, unknown>;
  const after = (review.after ?? {}) as unknown as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(after)) if (!FIXED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key])) fields[key] = after[key];
  return fields as Partial<Claim>;
}

const FIXED = new Set(['id', 'doc', 'sentence']);

const reviewKey = (review: ReviewEntry): string => `${review.claim} ${review.action} ${review.at} ${review.reviewer}`;

async function replayReview(store: Store, review: ReviewEntry): Promise<void> {
  const request = { reviewer: review.reviewer, note: review.note ?? undefined };
  const at = new Date(review.at);
  if (review.action === 'add') await store.addClaim(review.after as Claim, request, at);
  else if (review.action === 'correct') await store.reviewClaim(review.claim, { action: 'correct', fields: correctedFields(review), ...request }, at);
  else await store.reviewClaim(review.claim, { action: review.action, ...request }, at);
}

/**
 * Imports a backup (checked first: a bad one writes nothing). Documents go
 * through the store's ingest, BATCH at a time, each batch one transaction,
 * so that near-duplicate origins and the band index are rebuilt as ingest
 * builds them; then the reviews are replayed in order, each in its own
 * transaction, so the audit log and the reviewed claims come out the same.
 * An empty store only, unless `merge`: then documents already there gain
 * the backup's appearances and reviews already in the log are skipped.
 */
export async function importBackup(store: Store, path: string, opts: { merge?: boolean } = {}): Promise<ImportResult> {
  const stats = await store.stats();
  if (!opts.merge && (stats.documents > 0 || stats.sources > 0)) {
    throw new StoreNotEmptyError(`the store ${store.location} is not empty (${stats.documents} documents); import into an empty one, or pass --merge`);
  }
  const counts = await checkBackup(path);
  const known = new Set(opts.merge ? (await store.listReviews()).map(reviewKey) : []);
  const pending = new Map<string, BackupSource>();
  let batch: PreparedDocument[] = [];
  const flush = async () => {
    if (batch.length > 0) await store.ingestDocuments(batch);
    batch = [];
    pending.clear();
  };
  // A source not yet written carries its bytes; once written, the store only checks that it is there.
  const sourceOf = (appearance: StoredAppearance): Source => {
    const line = pending.get(appearance.source);
    return { name: appearance.name, retrieved: appearance.retrieved, url: line?.url ?? null, contentType: line?.contentType ?? null, bytes: line ? Buffer.from(line.bytes, 'base64') : Buffer.alloc(0) };
  };
  for await (const [number, text] of numberedLines(path)) {
    if (text.trim() === '') continue;
    const record = parseLine(number, text);
    if (record.type === 'source') pending.set(record.sha256, record);
    if (record.type === 'document') {
      batch.push(...preparedDocuments(record, sourceOf));
      if (batch.length >= BATCH) await flush();
    }
    if (record.type === 'review') {
      await flush();
      if (known.has(reviewKey(record.review))) continue;
      await replayReview(store, record.review).catch((error: unknown) => {
        throw new BackupError(number, `review ${record.review.id} cannot be replayed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
  }
  await flush();
  return counts;
}
