import type { Claim, Place, Span, Speaker, Subject } from '../contracts/claim.js';
import type { Attribution } from './attribution.js';
import { choosePlace, type PlaceEvidence } from './claim-place.js';
import { deniedSubject } from './claim-subject.js';
import { claimId } from './claim-id.js';
import type { Denial, findZeros } from './denials.js';
import { sideOf } from './sides.js';

/**
 * The claims a sentence makes without a positive count: one denial per
 * denying party ("Both Russia and North Korea deny the deployment"), and
 * counts of zero ("there were no casualties").
 */

/** The subjects the document has counted so far: what a denial with no group of its own denies. */
export interface SubjectsSoFar {
  lastSubject: Subject | null;
  deployedSubject: Subject | null;
  lastLocation: Place | null;
}

export function denialClaims(doc: { id: string }, span: Span, denials: readonly Denial[], analysis: PlaceEvidence, context: SubjectsSoFar): Claim[] {
  return denials.flatMap((denial) =>
    denial.parties.map((party): Claim => {
      const speaker: Speaker = { text: party.text, name: null, org: party.text, country: sideOf(party.text) };
      const subject = deniedSubject(denial, denial.outcome === 'deployed' ? context.deployedSubject : context.lastSubject);
      return {
        id: claimId(doc.id, span.start + party.start, span.start + party.end, denial.outcome, null, party.text),
        doc: doc.id,
        sentence: span,
        outcome: denial.outcome,
        manner: null,
        subject,
        quantity: null,
        rate: null,
        period: null,
        location: choosePlace(analysis, denial.object.end, denial.object.end, denial.object, denial.outcome === 'deployed') ?? (denial.refersBack ? context.lastLocation : null),
        speaker,
        via: null,
        relay: null,
        stance: 'denied',
        confidence: 0.7,
      };
    }),
  );
}

/** Whom a zero counts, by its noun: "no civilians were killed" counts civilians, "not a single serviceman among the dead" soldiers; "no casualties" no one in particular. */
function zeroSubject(text: string): Subject {
  const noun = /\b(civilians?|residents?|child(?:ren)?|patients?|workers?|soldiers?|servicem[ae]n|servicewom[ae]n|fighters?|troops?|prisoners?)\b/i.exec(text)?.[1] ?? '';
  const kind = noun === '' ? null : /soldier|servicem|servicewom|fighter|troop/i.test(noun) ? 'military' : /prisoner/i.test(noun) ? null : 'civilian';
  return { text: noun, affiliation: null, kind };
}

export function zeroClaims(doc: { id: string }, span: Span, zeros: ReturnType<typeof findZeros>, analysis: PlaceEvidence & { readonly attribution: Attribution | null }, via: string | null): Claim[] {
  if (zeros.length === 0) return [];
  const attribution = analysis.attribution;
  return zeros.map((zero): Claim => ({
    id: claimId(doc.id, span.start + zero.start, span.start + zero.end, zero.outcome, 0, attribution?.speaker.text ?? null),
    doc: doc.id,
    sentence: span,
    outcome: zero.outcome,
    manner: null,
    subject: zeroSubject(zero.text),
    quantity: { text: zero.text, value: 0, min: 0, max: 0, bound: 'exact' },
    rate: null,
    period: null,
    location: choosePlace(analysis, zero.start, zero.end, null),
    speaker: attribution?.speaker ?? null,
    via,
    relay: attribution?.relay ?? null,
    stance: attribution?.stance ?? 'reported',
    confidence: 0.6,
  }));
}
