import type { Claim, Place, Span, Speaker, Subject } from '../contracts/claim.js';
import type { Attribution } from './attribution.js';
import { choosePlace, type PlaceEvidence } from './claim-place.js';
import { deniedSubject } from './claim-subject.js';
import { claimId } from './claim-id.js';
import type { Denial, findZeros } from './denials.js';
import { findSides, sideOf } from './sides.js';
import { kindOfNoun } from './groups.js';

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
  const noun = /\b(civilians?|residents?|child(?:ren)?|patients?|workers?|soldiers?|servicem[ae]n|servicewom[ae]n|fighters?|troops?|prisoners?|mercenar(?:y|ies)|militants?|forces|personnel|units|instructors)\b/i.exec(text)?.[1] ?? '';
  // Every noun here that groups.ts does not know is of fighters ("units", "instructors"); a prisoner's kind is left open.
  const kind = noun === '' || /^prisoners?$/i.test(noun) ? null : (kindOfNoun(noun) ?? 'military');
  // "no North Korean troops", "no mercenaries from Syria": whose people.
  const side = findSides(text).filter((mention) => mention.country !== null)[0];
  return { text: noun, affiliation: side?.country ?? null, kind };
}

/** How the sentence attributes a span of it: the speaker nearest the zero, as for a count. */
export interface ZeroAttribution {
  attributionOfCount(count: { start: number; end: number }, position: number): Attribution | null;
}

export function zeroClaims(
  doc: { id: string },
  span: Span,
  zeros: ReturnType<typeof findZeros>,
  analysis: PlaceEvidence & ZeroAttribution,
  via: string | null,
  postSpeaker: Speaker | null = null,
): Claim[] {
  return zeros.flatMap((zero): Claim[] => {
    const attribution = analysis.attributionOfCount(zero, zero.start);
    const speaker = attribution?.speaker ?? postSpeaker;
    const stance = attribution?.stance ?? (postSpeaker ? 'asserted' : 'reported');
    const said = speaker !== null && stance !== 'reported';
    // A presence of zero no one states ("there are no troops in the town") is the outlet's description, not a claim.
    if (zero.outcome === 'deployed' && !said) return [];
    // "No civilians had died", "not a single serviceman among the dead": a denial of that group's toll, with no number (claims.md), whoever says it.
    const denies = zero.ofAGroup;
    return [
      {
        id: claimId(doc.id, span.start + zero.start, span.start + zero.end, zero.outcome, denies ? null : 0, speaker?.text ?? null),
        doc: doc.id,
        sentence: span,
        outcome: zero.outcome,
        manner: null,
        subject: zeroSubject(zero.text),
        quantity: denies ? null : { text: zero.text, value: 0, min: 0, max: 0, bound: 'exact' },
        rate: null,
        period: null,
        location: choosePlace(analysis, zero.start, zero.end, null),
        speaker,
        via,
        relay: attribution?.relay ?? null,
        stance: denies ? 'denied' : stance,
        confidence: 0.6,
      },
    ];
  });
}
