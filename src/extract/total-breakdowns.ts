import type { Claim, Speaker } from '../contracts/claim.js';

/**
 * "Russian forces lost more than 500 troops killed or wounded around Bakhmut
 * over the past day, Cherevatyi said. 'During the fighting, 221 of the enemy
 * were killed and 314 wounded,' he said." A speaker's killed and wounded
 * that add up to the casualties they gave just before are that total broken
 * down: they count the same people, at the same place, over the same time.
 * What the breakdown does not say of its own (the side, the place, the
 * period, the event) is the total's. Only a sum that fits the total's bounds
 * says so; a killed count alone could be anything.
 */

/** How far back (in characters of the document) a total is looked for: the sentence before, or the one before that. */
const REACH = 600;

const PARTS: ReadonlySet<Claim['outcome']> = new Set(['killed', 'wounded', 'missing', 'captured']);

/** Fills, in place, what each breakdown of a total leaves unsaid from the total. Claims are in document order. */
export function fillTotalBreakdowns(claims: Claim[]): void {
  for (let i = 0; i < claims.length; ) {
    const sentenceStart = (claims[i] as Claim).sentence.start;
    let end = i;
    while (end < claims.length && (claims[end] as Claim).sentence.start === sentenceStart) end++;
    const parts = claims.slice(i, end).filter((c) => PARTS.has(c.outcome) && c.quantity && c.stance !== 'denied');
    if (parts.some((c) => c.outcome === 'killed') && parts.some((c) => c.outcome === 'wounded')) {
      const total = totalBefore(claims, i, sentenceStart, parts);
      if (total) for (let k = i; k < end; k++) if (parts.includes(claims[k] as Claim)) claims[k] = withUnsaidFrom(claims[k] as Claim, total);
    }
    i = end;
  }
}

/** The casualties its speaker gave in the sentences just before that `parts` add up to, if any. */
function totalBefore(claims: readonly Claim[], first: number, sentenceStart: number, parts: readonly Claim[]): Claim | null {
  const sum = parts.reduce((total, c) => total + (c.quantity?.value ?? 0), 0);
  for (let j = first - 1; j >= 0; j--) {
    const total = claims[j] as Claim;
    if (sentenceStart - total.sentence.end > REACH) return null;
    if (total.outcome !== 'casualties' || !total.quantity || total.stance === 'denied') continue;
    if (!parts.every((p) => sameVoice(p.speaker, total.speaker) && (p.subject.affiliation === null || p.subject.affiliation === total.subject.affiliation))) return null;
    return sumFits(sum, total.quantity) ? total : null;
  }
  return null;
}

/** Whether a breakdown's sum is the total as its bound words it ("more than 500": 535; "about 1,000": 960). */
function sumFits(sum: number, total: NonNullable<Claim['quantity']>): boolean {
  const value = total.value;
  switch (total.bound) {
    case 'exact':
      return sum === value;
    case 'approx':
      return Math.abs(sum - value) <= value * 0.1;
    case 'lower':
      return sum >= value && sum <= value * 1.2;
    case 'upper':
      return sum <= value && sum >= value * 0.8;
    case 'range':
      return sum >= (total.min ?? value) && sum <= (total.max ?? value);
    default:
      return false;
  }
}

function lastWord(text: string | null): string | null {
  return text?.trim().split(/\s+/).at(-1)?.toLowerCase() ?? null;
}

/** "Serhiy Cherevatyi" and "Cherevatyi", or one organisation: one speaker. No speaker is the writer, never a speaker's breakdown. */
function sameVoice(a: Speaker | null, b: Speaker | null): boolean {
  if (!a || !b) return false;
  if (a.name && b.name) return lastWord(a.name) === lastWord(b.name);
  return !a.name && !b.name && (a.org ?? a.text).toLowerCase() === (b.org ?? b.text).toLowerCase();
}

function withUnsaidFrom(part: Claim, total: Claim): Claim {
  const kindsClash = part.subject.kind !== null && total.subject.kind !== null && part.subject.kind !== total.subject.kind;
  return {
    ...part,
    subject: kindsClash ? part.subject : { ...part.subject, affiliation: part.subject.affiliation ?? total.subject.affiliation, kind: part.subject.kind ?? total.subject.kind },
    location: part.location ?? total.location,
    period: part.period ?? total.period,
    incident: part.incident ?? total.incident ?? null,
  };
}
