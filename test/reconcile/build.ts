import type { SourcedClaim } from '../../src/contracts/board.js';
import type { Bound, Claim, Outcome, Rate, Stance } from '../../src/contracts/claim.js';

/** A hand-made claim and its document, for reconcile tests: only what a test names differs from a plain KP casualty claim. */
export interface ClaimSpec {
  id: string;
  doc?: string;
  /** YYYY-MM-DD publication date of the document. */
  published: string | null;
  publisher?: string;
  /** The document's near-duplicate cluster (its own id when not a copy). */
  cluster?: string;
  outcome?: Outcome;
  value?: number | null;
  bound?: Bound;
  min?: number | null;
  max?: number | null;
  text?: string;
  speaker?: string | null;
  speakerOrg?: string | null;
  /** The speaker's words in the sentence, when they differ from its name ("the ministry" resolved to the health ministry named before). */
  speakerText?: string;
  /** The speaker's country as extraction reads it ("Ukraine's Eastern group of forces" → UA); null by default. */
  speakerCountry?: string;
  stance?: Stance;
  affiliation?: string | null;
  kind?: 'military' | 'civilian' | null;
  place?: string | null;
  country?: string | null;
  period?: { text: string; start: string | null; end: string | null } | null;
  rate?: Rate | null;
  sentence?: string;
  /** Where the sentence starts in its document (default 0): claims of one document are read in this order. */
  sentenceStart?: number;
  /** The counted group's words (default "North Korean soldiers"). */
  group?: string;
  /** The event the number is a toll of, as the sentence names it ("Friday's strike on the market"). */
  incident?: string;
  /** The day the incident's words give it (YYYY-MM-DD), as extraction reads it from "the Oct. 7 attack". */
  incidentDate?: string;
  /** The document's headline (default "Story <doc>"); null for an untitled post. */
  title?: string | null;
}

export function sourced(spec: ClaimSpec): SourcedClaim {
  const doc = spec.doc ?? `d_${spec.id}`;
  const value = spec.value === undefined ? 100 : spec.value;
  const bound = spec.bound ?? 'exact';
  const sentence = spec.sentence ?? `${spec.speaker ?? 'Someone'} said ${value ?? 'no'} soldiers were hurt.`;
  const claim: Claim = {
    id: spec.id,
    doc,
    sentence: { start: spec.sentenceStart ?? 0, end: (spec.sentenceStart ?? 0) + sentence.length, text: sentence },
    outcome: spec.outcome ?? 'casualties',
    manner: null,
    subject: { text: spec.group ?? 'North Korean soldiers', affiliation: spec.affiliation === undefined ? 'KP' : spec.affiliation, kind: spec.kind === undefined ? 'military' : spec.kind },
    quantity:
      value === null
        ? null
        : {
            text: spec.text ?? String(value),
            value,
            min: spec.min !== undefined ? spec.min : bound === 'exact' || bound === 'lower' || bound === 'range' ? value : null,
            max: spec.max !== undefined ? spec.max : bound === 'exact' || bound === 'upper' ? value : null,
            bound,
          },
    rate: spec.rate ?? null,
    period: spec.period ?? null,
    location: spec.place === null ? null : { text: spec.place ?? 'Kursk', name: spec.place ?? 'Kursk Oblast', country: spec.country === undefined ? 'RU' : spec.country },
    speaker:
      spec.speaker === null || (spec.speaker === undefined && spec.speakerOrg === undefined)
        ? null
        : { text: spec.speakerText ?? spec.speaker ?? spec.speakerOrg ?? '', name: spec.speaker ?? null, org: spec.speakerOrg ?? null, country: spec.speakerCountry ?? null },
    via: null,
    relay: null,
    incident: spec.incident ? { text: spec.incident, ...(spec.incidentDate ? { date: spec.incidentDate } : {}) } : null,
    stance: spec.stance ?? (spec.speaker || spec.speakerOrg ? 'asserted' : 'reported'),
    confidence: 0.9,
  };
  return {
    claim,
    source: {
      id: doc,
      url: `https://news.example/${doc}`,
      title: spec.title === undefined ? `Story ${doc}` : spec.title,
      publisher: spec.publisher ?? `Outlet ${doc}`,
      published: spec.published ? `${spec.published}T12:00:00Z` : null,
      retrieved: '2025-02-01T00:00:00Z',
      origin: spec.cluster ?? doc,
    },
  };
}
