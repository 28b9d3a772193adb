import type { Period, Rate } from '../contracts/claim.js';
import { findPeriods, findRates } from './periods.js';

/**
 * The period a claim's number covers and whether it is a rate: the periods
 * of its sentence (findPeriods) chosen by where they stand from the claim,
 * relative ones counted back from the day the statement was made when the
 * sentence gives it.
 */
export const PERIOD_WINDOW = 50;
const RELATIVE = /\b(?:last|past|previous|over|in|during|within)\b.*\b(?:days?|weeks?|months?|hours?)\b/i;
/** Words without which no period can be near a claim: checked before the period recogniser runs. */
const PERIOD_HINT = /\b(?:since|yesterday|today|tonight|weekend|overnight|daily|weeks?|months?|years?|days?|hours?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}-\d{2})\b/i;

export type PeriodMentions = ReturnType<typeof findPeriods>;

export function choosePeriod(periods: PeriodMentions, claimStart: number, claimEnd: number): Period | null {
  // The period a number covers follows it closely or sits inside the claim; a date before it is usually when it was said.
  const chosen = periods.find((p) => !p.anchorOnly && (p.days !== null || p.startDate !== null) && p.start >= claimStart - 10 && p.start - claimEnd <= PERIOD_WINDOW);
  return chosen ? { text: chosen.text, start: chosen.startDate, end: chosen.endDate } : null;
}

export function chooseRate(rates: ReturnType<typeof findRates>, countEnd: number): Rate | null {
  return rates.find((r) => r.start >= countEnd && r.start - countEnd < 40)?.rate ?? null;
}

/**
 * The periods of one sentence, read once and only when a claim needs them:
 * the date recogniser is the costliest one.
 */
export class SentencePeriods {
  private periodsValue: PeriodMentions | undefined;
  private statementDate: string | undefined;
  /** From the start of the first claim to the end of the last, where periods can be. */
  claimExtent: readonly [number, number] = [0, 0];

  constructor(
    private readonly text: string,
    private readonly reference: Date | null,
  ) {}

  /**
   * Periods near one claim. The period a number covers starts right after it
   * or inside the claim, so the recogniser runs only when a time word stands there.
   */
  near(claimStart: number, claimEnd: number): PeriodMentions {
    if (!PERIOD_HINT.test(this.text.slice(Math.max(0, claimStart - 10), Math.min(this.text.length, claimEnd + PERIOD_WINDOW + 30)))) return [];
    if (!this.periodsValue) {
      // One read of the words around all of the sentence's claims; offsets are shifted back into the sentence.
      const [first, last] = this.claimExtent;
      const from = Math.max(0, first - 25);
      const to = Math.min(this.text.length, last + PERIOD_WINDOW + 40);
      this.periodsValue = findPeriods(this.text.slice(from, to), this.reference).map((p) => ({ ...p, start: p.start + from, end: p.end + from }));
    }
    return this.periodsValue;
  }

  /**
   * The day a statement was made when the sentence says so ("said on
   * December 22 that …"): a relative period ("over three days") counts back
   * from it, not from the publication date.
   */
  anchor(period: Period | null): Period | null {
    if (!period || !this.reference || !period.start || !period.end || !RELATIVE.test(period.text)) return period;
    const published = this.reference.toISOString().slice(0, 10);
    if (period.end !== published) return period;
    this.statementDate ??= findPeriods(this.text, this.reference).find((p) => p.anchorOnly && p.startDate)?.startDate ?? '';
    if (!this.statementDate || this.statementDate >= published) return period;
    const days = Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000);
    const end = new Date(Date.parse(this.statementDate));
    const start = new Date(end.getTime() - days * 86_400_000);
    return { text: period.text, start: start.toISOString().slice(0, 10), end: this.statementDate };
  }

  /** The period of the claim that spans claimStart … claimEnd, anchored. */
  of(claimStart: number, claimEnd: number): Period | null {
    return this.anchor(choosePeriod(this.near(claimStart, claimEnd), claimStart, claimEnd));
  }
}
