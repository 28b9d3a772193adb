import type { ClaimSource } from '../contracts/board.js';

export type { ClaimSource, SourcedClaim } from '../contracts/board.js';

/** The day (YYYY-MM-DD) a document counts as published: its publication date, else when it was read. */
export function dayOf(source: Pick<ClaimSource, 'published' | 'retrieved'>): string {
  return (source.published ?? source.retrieved).slice(0, 10);
}
