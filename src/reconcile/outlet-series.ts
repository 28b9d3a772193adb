import type { ClaimSource, SourcedClaim } from '../contracts/board.js';
import { dayOf } from './input.js';

/**
 * An outlet's own reports of different days that read alike (a daily update
 * written from one template: "Over the past day, Russian shelling killed 3
 * people in Kherson Oblast, the governor said") are a series, not copies of
 * one another: each day's numbers are that day's statement. A near-duplicate
 * cluster stands for copying between different publishers, or within one
 * day; a report whose cluster began with the same publisher's report of an
 * earlier day is taken out of that cluster (its own origin).
 */
export function outletSeriesApart(input: readonly SourcedClaim[]): readonly SourcedClaim[] {
  // A document whose claims came with two different records of it is not known well enough to split anything by.
  const byId = new Map<string, ClaimSource | null>();
  for (const { source } of input) {
    const known = byId.get(source.id);
    if (known === undefined) byId.set(source.id, source);
    else if (known !== null && known !== source && (known.publisher !== source.publisher || known.published !== source.published)) byId.set(source.id, null);
  }
  const apart = new Map<ClaimSource, ClaimSource>();
  let changed = false;
  const result = input.map((sourced) => {
    const { source } = sourced;
    if (source.origin === source.id) return sourced;
    let own = apart.get(source);
    if (own === undefined) {
      const first = byId.get(source.origin);
      const series = !!first && !!source.publisher && first.publisher === source.publisher && !!first.published && !!source.published && dayOf(first) !== dayOf(source);
      own = series ? { ...source, origin: source.id } : source;
      apart.set(source, own);
    }
    if (own === source) return sourced;
    changed = true;
    return { ...sourced, source: own };
  });
  return changed ? result : input;
}
