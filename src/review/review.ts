import type { AddClaimRequest, ReviewEntry, ReviewRequest, ReviewState } from '../contracts/api.js';
import { OUTCOMES, type Claim } from '../contracts/claim.js';
import { CLAIM_FIELDS, claimFieldProblems } from '../contracts/claim-check.js';
import { claimId } from '../extract/claim-id.js';
import { splitSentences } from '../extract/sentences.js';

/** A review that cannot be applied: `missing` when the claim or document does not exist, `invalid` for bad input. */
export class ReviewError extends Error {
  constructor(
    readonly kind: 'missing' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

export const REVIEW_ACTIONS: readonly ReviewEntry['action'][] = ['confirm', 'correct', 'reject', 'add'];
const FIXED_FIELDS = ['id', 'doc', 'sentence'];

/** What the latest review of a claim leaves: its state and the claim as it now reads. */
export interface ReviewOutcome {
  state: ReviewState;
  /** The `after` of the audit entry (null for a rejection). */
  after: Claim | null;
  /** The claim as it reads now, or for a rejected claim as it read before. */
  record: Claim;
}

const STATE_OF: Record<ReviewRequest['action'], ReviewState> = { confirm: 'confirmed', correct: 'corrected', reject: 'rejected' };

/** Applies one review to the claim as it reads now. */
export function applyReview(current: Claim, request: Pick<ReviewRequest, 'action' | 'fields'>): ReviewOutcome {
  const state = STATE_OF[request.action];
  if (request.action === 'reject') return { state, after: null, record: current };
  const record = request.action === 'correct' ? corrected(current, request.fields) : current;
  return { state, after: record, record };
}

function corrected(current: Claim, fields: ReviewRequest['fields']): Claim {
  if (!fields || Object.keys(fields).length === 0) throw new ReviewError('invalid', 'a correction needs "fields" to replace');
  checkFields(fields);
  return { ...current, ...fields, id: current.id, doc: current.doc, sentence: current.sentence };
}

/** Refuses fields a review may not set and values outside claims.md's vocabulary. */
export function checkFields(fields: Record<string, unknown>): void {
  for (const key of Object.keys(fields)) {
    if (FIXED_FIELDS.includes(key)) throw new ReviewError('invalid', `"${key}" cannot be corrected`);
    if (!CLAIM_FIELDS.includes(key)) throw new ReviewError('invalid', `"${key}" is not a field of a claim`);
  }
  const problems = claimFieldProblems(fields);
  if (problems.length > 0) throw new ReviewError('invalid', problems.join('; '));
}

/** The review request of the CLI and the API, checked. */
export function checkReviewRequest(body: unknown): ReviewRequest {
  const request = asObject(body);
  if (!['confirm', 'correct', 'reject'].includes(request.action as string)) {
    throw new ReviewError('invalid', 'action must be confirm, correct or reject');
  }
  const fields = request.fields === undefined ? undefined : asObject(request.fields);
  return { action: request.action as ReviewRequest['action'], fields, reviewer: reviewerOf(request), note: noteOf(request) };
}

export function checkAddClaimRequest(body: unknown): AddClaimRequest {
  const request = asObject(body);
  const { doc, start, end } = request;
  if (typeof doc !== 'string' || !doc) throw new ReviewError('invalid', '"doc" must be a document id');
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number)) {
    throw new ReviewError('invalid', '"start" and "end" must be offsets with start < end');
  }
  const fields = asObject(request.fields);
  checkFields(fields);
  if (!(OUTCOMES as readonly unknown[]).includes(fields.outcome)) throw new ReviewError('invalid', 'an added claim needs an outcome');
  return {
    doc,
    start: start as number,
    end: end as number,
    fields: fields as AddClaimRequest['fields'],
    reviewer: reviewerOf(request),
    note: noteOf(request),
  };
}

const CLAIM_DEFAULTS: Omit<Claim, 'id' | 'doc' | 'sentence' | 'outcome'> = {
  manner: null,
  subject: { text: '', affiliation: null, kind: null },
  quantity: null,
  rate: null,
  period: null,
  location: null,
  speaker: null,
  via: null,
  relay: null,
  stance: 'asserted',
  confidence: 1,
};

/**
 * An analyst's claim from a selection of a document's text: its sentence is
 * the extractor's sentence (or run of sentences) around the selection, its id
 * the extractor's id for that span, so it is stable like an extracted one.
 */
export function addedClaim(text: string, request: Pick<AddClaimRequest, 'doc' | 'start' | 'end' | 'fields'>): Claim {
  if (request.end > text.length) throw new ReviewError('invalid', `the selection ends past the document's text (${text.length} characters)`);
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.end > request.start) ?? { start: request.start, end: request.end, text: '' };
  const last = [...sentences].reverse().find((s) => s.start < request.end) ?? first;
  const start = Math.min(first.start, request.start);
  const end = Math.max(last.end, request.end);
  const fields = { ...CLAIM_DEFAULTS, ...request.fields };
  const id = claimId(request.doc, request.start, request.end, fields.outcome, fields.quantity?.value ?? null, fields.speaker?.text ?? null);
  return { ...fields, id, doc: request.doc, sentence: { start, end, text: text.slice(start, end) } };
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ReviewError('invalid', 'expected a JSON object');
  return value as Record<string, unknown>;
}

function reviewerOf(request: Record<string, unknown>): string {
  const reviewer = typeof request.reviewer === 'string' ? request.reviewer.trim() : '';
  if (!reviewer) throw new ReviewError('invalid', '"reviewer" is required');
  return reviewer;
}

function noteOf(request: Record<string, unknown>): string | undefined {
  if (request.note === undefined || request.note === null) return undefined;
  if (typeof request.note !== 'string') throw new ReviewError('invalid', '"note" must be text');
  return request.note;
}
