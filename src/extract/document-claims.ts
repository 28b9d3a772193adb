import type { Claim } from '../contracts/claim.js';
import type { DocumentDraft } from '../contracts/document.js';
import { identifyText } from '../ingest/normalise.js';
import { extractClaims } from './extract.js';
import { unattributedSpeakerOf } from './issuing-speakers.js';

/** The claims of a parsed document, exactly as ingest would store them (same text normalisation, same ids). */
export function claimsOfDraft(draft: DocumentDraft, publishedOverride: string | null = null): Claim[] {
  const identified = identifyText(draft.text);
  return identified ? extractClaims({ ...identified, published: publishedOverride ?? draft.published, forwardedFrom: unattributedSpeakerOf(draft) }) : [];
}
