import type { IngestOutcome, PreparedDocument } from './store.js';
import { BAND_SAMPLE } from '../ingest/near-duplicates.js';
import { earliestOf, matchedOrigins, type ClusterMember } from './origins.js';
import { toDocument, type DocumentRow } from './records.js';

/** What a store has read, before a batch, about the documents the batch may touch. */
export interface StoredNeighbours {
  /** Stored documents with the ids of documents in the batch. */
  existing: readonly DocumentRow[];
  /** Stored documents sharing an LSH band with a document in the batch (for each band, its BAND_SAMPLE holders with the smallest ids), with those bands. */
  members: ReadonlyArray<ClusterMember & { bands: readonly string[] }>;
  /** Publication and read dates of the origins of `members`. */
  origins: ReadonlyArray<Pick<ClusterMember, 'id' | 'published' | 'retrieved'>>;
}

export interface BatchPlan {
  outcomes: IngestOutcome[];
  /** New documents, in batch order, with the origins they have once the whole batch is in. */
  added: Array<{ prepared: PreparedDocument; row: DocumentRow }>;
  /** Stored clusters merged into another, in order: `UPDATE documents SET origin = to WHERE origin = from`. */
  reassignments: Array<{ from: string; to: string }>;
}

/**
 * Decides a batch's outcomes in memory, as ingesting each document in turn
 * would: a later document may be a copy of an earlier one, or the same one.
 * The store then writes the plan with a few bulk statements.
 */
export function planBatch(batch: readonly PreparedDocument[], stored: StoredNeighbours): BatchPlan {
  const documents = new Map<string, DocumentRow>(stored.existing.map((row) => [row.id, { ...row }]));
  const members = new Map<string, ClusterMember>();
  const byBand = new Map<string, string[]>();
  const dates = new Map(stored.origins.map((o) => [o.id, o]));
  const index = (member: ClusterMember, bands: readonly string[]) => {
    members.set(member.id, member);
    for (const band of bands) {
      const ids = byBand.get(band);
      if (ids) ids.push(member.id);
      else byBand.set(band, [member.id]);
    }
  };
  for (const { bands, ...member } of stored.members) index({ ...member }, bands);
  // As in a store that ingests one document at a time: a band's BAND_SAMPLE holders with the smallest ids, those earlier in the batch included.
  const usableBand = (band: string) => {
    const ids = byBand.get(band);
    return ids && ids.length > BAND_SAMPLE ? [...ids].sort().slice(0, BAND_SAMPLE) : ids;
  };

  const plan: BatchPlan = { outcomes: [], added: [], reassignments: [] };
  const reassign = (from: string, to: string) => {
    plan.reassignments.push({ from, to });
    for (const row of documents.values()) if (row.origin === from) row.origin = to;
    for (const member of members.values()) if (member.origin === from) member.origin = to;
  };

  for (const prepared of batch) {
    const { document } = prepared;
    const known = documents.get(document.id);
    if (known) {
      plan.outcomes.push({ status: 'exists', document: toDocument(known) });
      continue;
    }
    const candidates = [...new Set(prepared.bands.flatMap((band) => usableBand(band) ?? []))].map((id) => members.get(id) as ClusterMember);
    const clusters = prepared.signature ? matchedOrigins(prepared.signature, candidates) : [];
    const clusterOrigins = clusters.flatMap((id) => dates.get(id) ?? []);
    const origin = clusters.length === 0 ? document.id : earliestOf([...clusterOrigins, document]).id;
    for (const cluster of clusters) if (cluster !== origin) reassign(cluster, origin);
    const row: DocumentRow = { ...document, origin, meta: JSON.stringify(document.meta) };
    documents.set(document.id, row);
    index({ id: document.id, origin, published: document.published, retrieved: document.retrieved, signature: prepared.signature }, prepared.bands);
    dates.set(document.id, { id: document.id, published: document.published, retrieved: document.retrieved });
    plan.added.push({ prepared, row });
    const added = toDocument(row);
    plan.outcomes.push({ status: 'added', document: added, copyOf: clusters.length > 0 ? added.origin : null });
  }
  return plan;
}
