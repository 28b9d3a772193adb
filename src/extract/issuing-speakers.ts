import type { DocumentDraft } from '../contracts/document.js';
import { hasSpeakerHead } from './speaker-head.js';

/**
 * Who speaks where a document names no one: the channel a forwarded post
 * came from, or the body that issued a statement as its own — a report whose
 * publisher is a ministry, an armed force's press office or an aid agency
 * ("Ministry of Public Health and Population", "CJTF-OIR Public Affairs",
 * "Médecins Sans Frontières"). A digest, an archive or a press monitor that
 * reprints others' statements issues none of its own.
 */
const OUTLET_WORD = /(?:digest|archive|archives|monitor|bulletin|record|brief|briefs|press|news|times|post|review|ledger|wire|daily|journal|gazette|herald|tribune|dispatch|observer|chronicle|courier|standard|mirror|voice|today|now|media|tv|radio|desk|line|blog|magazine|weekly|statements|report|reports|notes|watcher|tracker)$/i;

export function unattributedSpeakerOf(draft: DocumentDraft): string | null {
  if (draft.meta.forwardedFrom) return draft.meta.forwardedFrom;
  return draft.kind === 'report' ? issuingBody(draft.publisher) : null;
}

function issuingBody(publisher: string | null): string | null {
  // "Ministry of Public Health and Population (Sanaa)": where the body sits is no part of its name.
  const name = publisher?.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!name || name.split(/[\s,()]+/).some((word) => OUTLET_WORD.test(word))) return null;
  return hasSpeakerHead(name) ? name : null;
}
