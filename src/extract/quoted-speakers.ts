import type { Span, Speaker } from '../contracts/claim.js';
import { findAttribution, type Attribution } from './attribution.js';
import { findQuotations, quotationAround, type Quotation } from './quotations.js';
import { hasSpeechWord } from './speech-verbs.js';

/**
 * Who speaks a sentence that lies inside quote marks and names no speaker
 * of its own: the speaker named right after the closing mark ('"… One tank
 * was destroyed," the ministry said'), or right before the opening one ('The
 * mayor said: "…'), however many sentences lie between; or, for a quotation
 * that opens a paragraph with neither, the speaker of the quotation on the
 * line just before it (a quotation continued in a new paragraph).
 */

/** Between a closing mark and its speaker: punctuation, and at most the one word of an inverted '"…," said X'. */
const AFTER_CLOSE = /^[\s,;:.!?—–-]*(?:\p{L}+\s+)?$/u;
/** Between a speaker and the opening mark: its verb and what follows it, ending on a colon, a comma, "that" or the verb. */
const BEFORE_OPEN = /(?:[:,]|\bthat|\p{L})\s*$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export class QuotedSpeakers {
  private quotations: Quotation[] | undefined;
  private readonly speakers = new Map<Quotation, Attribution | null>();

  constructor(
    private readonly text: string,
    /** The document's sentences, in order. */
    private readonly sentences: readonly Span[],
    /** Resolves a speaker phrase ("the ministry", "he") against the speakers named so far; null when it cannot be. */
    private readonly resolve: (speaker: Speaker) => Speaker | null,
  ) {}

  /** The attribution of the quotation that holds the whole sentence at [start, end), or null. */
  around(start: number, end: number): Attribution | null {
    let first = start;
    while (first < end && !LETTER_OR_DIGIT.test(this.text.charAt(first))) first++;
    let last = end - 1;
    while (last > first && !LETTER_OR_DIGIT.test(this.text.charAt(last))) last--;
    if (first >= end) return null;
    this.quotations ??= findQuotations(this.text);
    const quotation = quotationAround(this.quotations, first, last + 1);
    if (!quotation || quotation.close <= last) return null;
    const attribution = this.speakerOf(quotation);
    return attribution ? { ...attribution, start: 0, end: 0 } : null;
  }

  /** The speaker of a quotation, following quotations continued from the line before back to one that names its speaker. */
  private speakerOf(quotation: Quotation): Attribution | null {
    const chain: Quotation[] = [];
    let found: Attribution | null | undefined;
    for (let q: Quotation | undefined = quotation; q; ) {
      found = this.speakers.get(q);
      if (found !== undefined) break;
      chain.push(q);
      found = this.named(q);
      if (found !== undefined) break;
      q = this.continued(q);
      if (!q) found = null;
    }
    for (const q of chain) this.speakers.set(q, found ?? null);
    return found ?? null;
  }

  /** The quotation on the line just before one that opens its line, which it continues; undefined when none. */
  private continued(quotation: Quotation): Quotation | undefined {
    if (!quotation.opensLine) return undefined;
    const before = (this.quotations as Quotation[])[quotation.index - 1];
    if (!before) return undefined;
    const between = this.text.slice(before.close + 1, quotation.open);
    const newline = between.indexOf('\n');
    return newline >= 0 && between.slice(newline).trim() === '' ? before : undefined;
  }

  /**
   * The speaker a quotation's own sentences name beside its marks: an
   * attribution, or null when they hold one that cannot be read or resolved,
   * or when the quotation sits inside words of the writer's; undefined when
   * they name none.
   */
  private named(quotation: Quotation): Attribution | null | undefined {
    const closing = this.sentenceAt(quotation.close);
    const close = quotation.close - closing.start;
    const afterText = this.text.slice(quotation.close + 1, closing.end);
    if (LETTER_OR_DIGIT.test(afterText)) {
      const sentence = this.text.slice(closing.start, closing.end);
      const found = findAttribution(sentence);
      if (found && found.start > close && AFTER_CLOSE.test(sentence.slice(close + 1, found.start))) return this.resolved(found);
      if (hasSpeechWord(afterText)) return null;
    }
    const opening = this.sentenceAt(quotation.open);
    const beforeText = this.text.slice(opening.start, quotation.open);
    if (!LETTER_OR_DIGIT.test(beforeText)) return undefined;
    const found = findAttribution(beforeText);
    const between = found ? beforeText.slice(found.end) : '';
    return found && between.length <= 80 && hasSpeechWord(beforeText.slice(found.start)) && BEFORE_OPEN.test(between) ? this.resolved(found) : null;
  }

  private resolved(found: Attribution): Attribution | null {
    const speaker = this.resolve(found.speaker);
    return speaker ? { ...found, speaker } : null;
  }

  /** The sentence that holds `at` (the last that starts at or before it). */
  private sentenceAt(at: number): Span {
    let low = 0;
    let high = this.sentences.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.sentences[mid] as Span).start <= at) low = mid;
      else high = mid - 1;
    }
    return this.sentences[low] as Span;
  }
}
