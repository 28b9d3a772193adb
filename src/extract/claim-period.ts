import { type ComparisonPhrase, comparisonPhrases, timeOfComparedNumber } from './comparison-phrases.js';
import { partPhrases } from './included-parts.js';
import type { Period, Rate } from '../contracts/claim.js';
import { findPeriods, findRates, isSaidOrCountedAt } from './periods.js';
import { isTimeOfSetting, isTollSetting } from './toll-settings.js';

/**
 * The period a claim's number covers and whether it is a rate: the periods
 * of its sentence (findPeriods) chosen by where they stand from the claim,
 * relative ones counted back from the day the statement was made when the
 * sentence gives it.
 */
export const PERIOD_WINDOW = 50;
const RELATIVE = /\b(?:last|past|previous|over|in|during|within)\b.*\b(?:days?|weeks?|months?|hours?)\b/i;
/** Words without which no period can be near a claim: checked before the period recogniser runs. */
const PERIOD_HINT = /\b(?:since|yesterday|today|tonight|weekend|overnight|daily|weeks?|months?|years?|days?|hours?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}-\d{2}|(?:19|20)\d{2})\b/i;

export type PeriodMentions = ReturnType<typeof findPeriods>;

/** "Between 1 March and 31 May, …", "In October, …", "In the last week 50 …": a time phrase that opens the sentence. */
const FRONTED = /^[\s"“(]*(?:between|from|since|in|during|over|throughout|within|on|by|through|as\s+of|so\s+far|last|this|the\s+past|the\s+last|for|yesterday|today)\b/i;
/** "over the same period", "in the reporting period", "during that time": the period named before. */
const BACK_REFERENCE = /\b(?:over|in|during|for|throughout|within|across)\s+(?:the\s+)?(?:same|that|reporting|review)\s+(?:period|time(?:frame)?|span|window|stretch)\b/i;
/** Words without which BACK_REFERENCE cannot match (lower case: a sentence opening with one is rare and costs only the period). */
const BACK_REFERENCE_WORDS = ['period', 'time', 'span', 'window', 'stretch'];
/** "Name, role: …" or "Name: …": a speaker's words after a colon, where a time phrase can open them as it opens a sentence. */
const SPEAKER_COLON = /^[^:;"“]{2,110}:\s+(?=\p{Ll})/u;
/** What may stand between a fronted time phrase without a comma and its claim: a few words of one clause (a place, the subject), no clause break and no statement verb. */
const OWN_CLAUSE = /^(?:\s+(?!(?:said|says|told|announced|reported|stated|added|confirmed|claimed|that|and|but|while)\b)[\p{L}'’-]+){0,7}\s*$/u;
/** "In total, since 16 May, …", "In all, over the past week, …": a word that sums up before the time phrase. */
const TOTAL_OPENER = /^[\s"“(]*(?:in\s+total|in\s+all|overall|altogether|all\s+told|all\s+in\s+all)\s*,\s*/i;
/** A statement verb between a fronted single day and the claim: "On Friday, the ministry said …" dates the statement. */
const SPEECH_BETWEEN = /\b(?:said|says|told|announced|reported|stated|added|confirmed|claimed)\b/i;

export function choosePeriod(periods: PeriodMentions, claimStart: number, claimEnd: number, compared: readonly ComparisonPhrase[] = []): Period | null {
  // The period a number covers follows it closely or sits inside the claim; a date before it is usually when it was said.
  const chosen = periods.find(
    (p) => !p.anchorOnly && (p.days !== null || p.startDate !== null) && p.start >= claimStart - 10 && p.start - claimEnd <= PERIOD_WINDOW && !timeOfComparedNumber(compared, p.start, claimStart, claimEnd),
  );
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

  /** findPeriods of the sentence's first `to` characters, by `to`: near, fronted and anchor often read the same text. */
  private prefixPeriods: Map<number, PeriodMentions> | undefined;

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
      // Whether a single day is when it was said is read from the whole sentence: "said on", "as of" may lie before the slice.
      this.periodsValue =
        from === 0
          ? this.periodsIn(to)
          : findPeriods(this.text.slice(from, to), this.reference).map((p) => ({ ...p, start: p.start + from, end: p.end + from, anchorOnly: p.anchorOnly || (p.days === 1 && isSaidOrCountedAt(this.text, p.start + from, p.end + from)) }));
    }
    return this.periodsValue;
  }

  private periodsIn(to: number): PeriodMentions {
    this.prefixPeriods ??= new Map();
    let periods = this.prefixPeriods.get(to);
    if (!periods) this.prefixPeriods.set(to, (periods = findPeriods(this.text.slice(0, to), this.reference)));
    return periods;
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
    this.statementDate ??= this.periodsIn(this.text.length).find((p) => p.anchorOnly && p.startDate)?.startDate ?? '';
    if (!this.statementDate || this.statementDate >= published) return period;
    const days = Math.round((Date.parse(period.end) - Date.parse(period.start)) / 86_400_000);
    const end = new Date(Date.parse(this.statementDate));
    const start = new Date(end.getTime() - days * 86_400_000);
    return { text: period.text, start: start.toISOString().slice(0, 10), end: this.statementDate };
  }

  private comparedValue: ComparisonPhrase[] | undefined;
  private frontedValue: PeriodMentions[number] | null | undefined;
  private mayReferBack: boolean | undefined;

  /**
   * The period a time phrase opening the sentence names, if one does ("Between
   * 1 March and 31 May, …"), or opening what a speaker says after a colon
   * ("Serhiy Cherevatyi, spokesman of the Eastern group: over the past day …").
   */
  private fronted(): PeriodMentions[number] | null {
    if (this.frontedValue === undefined) {
      const colon = SPEAKER_COLON.exec(this.text.slice(0, 120));
      const afterColon = colon ? colon[0].length : 0;
      const opening = afterColon + (TOTAL_OPENER.exec(this.text.slice(afterColon, afterColon + 30))?.[0].length ?? 0);
      const head = this.text.slice(opening, opening + 100);
      // The date recogniser is the costliest: it runs only when the opening words hold a time word.
      const phrase = FRONTED.exec(head);
      const found = phrase && PERIOD_HINT.test(head) ? this.periodsIn(Math.min(this.text.length, opening + 100)).filter((p) => p.start >= opening) : [];
      // It opens the sentence, and a comma or the claim closes it.
      const first = found[0];
      const closed = phrase && first && first.start - opening <= phrase[0].length && /^(?:\s*,|\s+\S)/.test(this.text.slice(first.end, first.end + 3));
      this.frontedValue = first && closed && !first.anchorOnly && (first.days !== null || first.startDate !== null) ? first : null;
    }
    return this.frontedValue;
  }

  /**
   * The period of the claim that spans claimStart … claimEnd, anchored: one
   * near it, else a back-reference to `earlier` (the period the document
   * named before: "over the same period"), else one opening the sentence.
   */
  of(claimStart: number, claimEnd: number, earlier: Period | null = null): Period | null {
    let periods = this.near(claimStart, claimEnd);
    if (periods.length > 0) this.comparedValue ??= [...comparisonPhrases(this.text), ...partPhrases(this.text)];
    if (periods.length > 0 && isTollSetting(this.text, claimStart, claimEnd)) periods = periods.filter((p) => !isTimeOfSetting(this.text, claimEnd, p.start, p.text));
    const near = this.anchor(choosePeriod(periods, claimStart, claimEnd, this.comparedValue));
    if (near) return near;
    this.mayReferBack ??= BACK_REFERENCE_WORDS.some((word) => this.text.includes(word));
    const reference = this.mayReferBack ? BACK_REFERENCE.exec(this.text.slice(0, Math.min(this.text.length, claimEnd + PERIOD_WINDOW))) : null;
    if (reference) return earlier ? { text: reference[0], start: earlier.start, end: earlier.end } : null;
    const fronted = this.fronted();
    if (!fronted || fronted.end > claimStart) return null;
    // Without a comma the phrase leads into the claim's own clause: "In the last week 50 soldiers died", "over the past day in the Bakhmut direction the enemy lost 221".
    // The sentence's first claim stands in that clause; the claims joined to it share its period ("lost 221 killed and 314 wounded").
    const clauseClaim = this.claimExtent[0] >= fronted.end ? Math.min(claimStart, this.claimExtent[0]) : claimStart;
    if (!/^\s*,/.test(this.text.slice(fronted.end)) && !OWN_CLAUSE.test(this.text.slice(fronted.end, clauseClaim))) return null;
    const singleDay = fronted.days === 1;
    if (singleDay && SPEECH_BETWEEN.test(this.text.slice(fronted.end, claimStart))) return null;
    return { text: fronted.text, start: fronted.startDate, end: fronted.endDate };
  }
}
