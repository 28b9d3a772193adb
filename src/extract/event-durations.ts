import { NUMBER_PATTERN, candidateAt, lengthOnly, matchesOf, parseCount, trailingWindow, unitOf, type Candidate } from './period-windows.js';

/**
 * Lengths written as an adjective: "within a 24-hour period", "over a
 * three-day span" (counted back from the publication day, as "the past 24
 * hours" is), and "during the 12-day war", "in the 40-day siege" (an event of
 * known length whose dates the sentence does not give).
 */
const HYPHENED_LENGTH = new RegExp(
  `\\b(?:in|over|during|within|throughout|for|across)\\s+(?:a|an|the|one|that|this|its)\\s+(${NUMBER_PATTERN})[- ](hour|day|night|week|month|year)s?(?:[- ]long)?\\s+` +
    '(period|span|window|stretch|spell|timeframe|war|conflict|offensive|campaign|siege|battle|operation|fighting|truce|ceasefire|escalation|assault|incursion|blockade|standoff|protests?|uprising)\\b',
  'gi',
);
const SPAN_WORDS = new Set(['period', 'span', 'window', 'stretch', 'spell', 'timeframe']);

export function eventDurationCandidates(sentence: string, published: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(HYPHENED_LENGTH, sentence)) {
    const [, countText, unitWord, noun] = match;
    const count = parseCount(countText ?? '');
    if (count === undefined || count === null) continue;
    const unit = unitOf(unitWord ?? '');
    // An event's dates are not the days before publication: only its length is known.
    const span = SPAN_WORDS.has((noun ?? '').toLowerCase());
    found.push(candidateAt(match, span ? trailingWindow(count, unit, published) : lengthOnly(trailingWindow(count, unit, null).days)));
  }
  return found;
}
