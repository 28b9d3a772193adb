import { COPY_THRESHOLD, estimatedJaccard, type Signature } from '../ingest/near-duplicates.js';

/** A stored document as the near-duplicate index sees it. */
export interface ClusterMember {
  id: string;
  origin: string;
  published: string | null;
  retrieved: string;
  signature: Signature | null;
}

/** Documents are ordered by when they were published (or, failing that, first read), then by id. */
export function isEarlier(a: Pick<ClusterMember, 'id' | 'published' | 'retrieved'>, b: typeof a): boolean {
  const ta = a.published ?? a.retrieved;
  const tb = b.published ?? b.retrieved;
  if (ta !== tb) return Date.parse(ta) < Date.parse(tb);
  return a.id < b.id;
}

/** The origins of the clusters that a new document copies (candidates at or above the copy threshold). */
export function matchedOrigins(signature: Signature, candidates: readonly ClusterMember[]): string[] {
  const origins = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.signature && estimatedJaccard(signature, candidate.signature) >= COPY_THRESHOLD) {
      origins.add(candidate.origin);
    }
  }
  return [...origins].sort();
}

/** The origin of a merged cluster: the earliest of the new document and the clusters' current origins. */
export function earliestOf<T extends Pick<ClusterMember, 'id' | 'published' | 'retrieved'>>(members: readonly T[]): T {
  let best = members[0];
  if (!best) throw new Error('earliestOf needs at least one member');
  for (const member of members) if (isEarlier(member, best)) best = member;
  return best;
}
