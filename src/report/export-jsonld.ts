import type { BoardClaim } from '../contracts/board.js';
import { speakerLabel, type ClaimRelation } from './board-view.js';

/**
 * Claims as schema.org `Claim` records (the type ClaimReview's
 * itemReviewed uses), in one JSON-LD document with an @graph, written a
 * record at a time. What schema.org has no term for (outcome, stance, the
 * figure, the origin, relations) is under the `corroborate:` prefix; the
 * quantity is a schema.org QuantitativeValue with its wording and bound.
 */
export const JSONLD_CONTEXT = ['https://schema.org', { corroborate: 'urn:corroborate:terms:' }] as const;

type JsonObject = { [key: string]: unknown };

export function jsonldOpening(): string {
  return `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[\n`;
}

export function jsonldClosing(): string {
  return ']}\n';
}

export function claimRecord(claim: BoardClaim, relations: readonly ClaimRelation[], first: BoardClaim): JsonObject {
  const speaker = speakerLabel(claim);
  return withoutNulls({
    '@type': 'Claim',
    '@id': claimIri(claim.id),
    text: claim.sentence.text,
    author: speaker ? { '@type': speaker.isOrg ? 'Organization' : 'Person', name: speaker.name } : null,
    datePublished: claim.published,
    appearance: [creativeWork(claim)],
    firstAppearance: creativeWork(first),
    'corroborate:outcome': claim.outcome,
    'corroborate:manner': claim.manner,
    'corroborate:stance': claim.stance,
    'corroborate:subject': withoutNulls({ '@type': 'Audience', name: claim.subject.text, 'corroborate:affiliation': claim.subject.affiliation, 'corroborate:kind': claim.subject.kind }),
    'corroborate:quantity': claim.quantity
      ? withoutNulls({
          '@type': 'QuantitativeValue',
          description: claim.quantity.text,
          value: claim.quantity.value,
          minValue: claim.quantity.min,
          maxValue: claim.quantity.max,
          'corroborate:bound': claim.quantity.bound,
        })
      : null,
    'corroborate:rate': claim.rate,
    temporalCoverage: claim.period ? periodCoverage(claim.period.start, claim.period.end) : null,
    spatialCoverage: claim.location ? withoutNulls({ '@type': 'Place', name: claim.location.name, 'corroborate:country': claim.location.country }) : null,
    'corroborate:figure': { '@id': `urn:corroborate:figure:${claim.figure}` },
    'corroborate:origin': { '@id': `urn:corroborate:origin:${claim.origin}` },
    'corroborate:relations': relations.map((relation) => ({ 'corroborate:verdict': relation.verdict, 'corroborate:with': { '@id': claimIri(relation.with) } })),
  });
}

function claimIri(id: string): string {
  return `urn:corroborate:claim:${id}`;
}

function creativeWork(claim: BoardClaim): JsonObject {
  return withoutNulls({
    '@type': 'CreativeWork',
    '@id': `urn:corroborate:document:${claim.doc}`,
    url: claim.url,
    datePublished: claim.published,
    publisher: claim.publisher ? { '@type': 'Organization', name: claim.publisher } : null,
    headline: claim.title,
  });
}

/** ISO 8601 interval, ".." for an open end; null when neither end is known. */
function periodCoverage(start: string | null, end: string | null): string | null {
  return start || end ? `${start ?? '..'}/${end ?? '..'}` : null;
}

function withoutNulls(record: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}
