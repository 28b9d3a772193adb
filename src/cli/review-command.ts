import type { ReviewEntry, ReviewRequest } from '../contracts/api.js';
import { ReviewError, checkReviewRequest } from '../review/review.js';
import type { Store } from '../store/store.js';
import { EXIT } from './exit-codes.js';

export interface ReviewCliOptions {
  db?: string;
  confirm?: boolean;
  reject?: boolean;
  correct?: string;
  reviewer?: string;
  note?: string;
  log: boolean;
  claim?: string;
  json: boolean;
}

/** The review the flags ask for, or a usage message. */
export function reviewRequestOf(opts: ReviewCliOptions): ReviewRequest | string {
  const actions = [opts.confirm && 'confirm', opts.reject && 'reject', opts.correct !== undefined && 'correct'].filter(Boolean);
  if (actions.length !== 1) return 'give exactly one of --confirm, --reject, --correct <json>';
  let fields: unknown;
  if (opts.correct !== undefined) {
    try {
      fields = JSON.parse(opts.correct);
    } catch {
      return '--correct takes a JSON object of the fields to replace';
    }
  }
  try {
    return checkReviewRequest({ action: actions[0], fields, reviewer: opts.reviewer, note: opts.note });
  } catch (error) {
    if (error instanceof ReviewError) return error.message;
    throw error;
  }
}

/** Returns the exit code, or a usage message. */
export async function runReview(store: Store, claim: string | undefined, opts: ReviewCliOptions): Promise<number | string> {
  if (!claim) return 'a claim id is needed (or --log)';
  const request = reviewRequestOf(opts);
  if (typeof request === 'string') return request;
  try {
    const entry = await store.reviewClaim(claim, request);
    process.stdout.write(opts.json ? `${JSON.stringify(entry)}\n` : `${formatEntry(entry)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof ReviewError)) throw error;
    process.stderr.write(`corroborate: ${error.message}\n`);
    return error.kind === 'missing' ? EXIT.inputFailed : EXIT.usage;
  }
}

export async function runReviewLog(store: Store, opts: ReviewCliOptions): Promise<number> {
  const entries = await store.listReviews({ claim: opts.claim });
  for (const entry of entries) process.stdout.write(opts.json ? `${JSON.stringify(entry)}\n` : `${formatEntry(entry)}\n`);
  return EXIT.ok;
}

export function formatEntry(entry: ReviewEntry): string {
  const note = entry.note ? ` — ${entry.note}` : '';
  return `#${entry.id} ${entry.at} ${entry.reviewer} ${entry.action} ${entry.claim} (${entry.doc})${note}`;
}
