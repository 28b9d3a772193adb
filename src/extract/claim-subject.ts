import type { Span, Subject, SubjectKind } from '../contracts/claim.js';
import type { Denial } from './denials.js';
import { kindOfNoun } from './groups.js';
import type { Link } from './link.js';
import { losingSide } from './losing-side.js';
import { findSides, sideOf } from './sides.js';

/**
 * Who a claim counts: the group its number is linked to, its side and kind
 * (military, civilian), borrowed from a sibling claim or the document's last
 * group when the sentence leaves them out ("two others", "at least 12").
 */
export interface SubjectEvidence {
  readonly text: string;
  /** The sides named in the sentence (findSides). */
  readonly sides: ReturnType<typeof findSides>;
  /** Whether the sentence names a flood, a crash, a fire (namesDisaster). */
  readonly namesDisaster: boolean;
}

const DISASTER = /\b(?:floods?|flooding|flash\s+floods|tsunami|earthquake|quake|eruption|volcan\w*|landslides?|mudslides?|storms?|cyclone|typhoon|hurricane|tornado|avalanche|heatwave|crash(?:ed)?|collision|derail\w*|capsized|sank|fire|blaze|spill|leak|poisoning|adulterated|toxins?|stampede|collapse[ds]?|fireworks|accident|rains)\b/i;

/** A flood, a crash, a fire: the people it counts are civilians. */
export function namesDisaster(sentence: string): boolean {
  return DISASTER.test(sentence);
}

export function subjectOf(link: Link, links: readonly Link[], analysis: SubjectEvidence, exclude: Span | null, lastSubject: Subject | null): Subject {
  const sentence = analysis.text;
  const { count } = link;
  const group = count.group;
  let text = group.others ? sentence.slice(count.start, Math.max(count.end, group.end)) : group.text;
  let kind: SubjectKind | null = group.kind;
  let affiliation = sideOf(group.text);
  if (!group.head || group.others) {
    const sibling = links
      .filter((l) => l !== link && l.count.group.head && !l.count.group.others)
      .sort((a, b) => Math.abs(a.count.start - count.start) - Math.abs(b.count.start - count.start))[0];
    const donor = sibling?.count.group ?? null;
    if (donor) {
      if (!group.head) text = donor.text;
      kind ??= donor.kind;
      affiliation ??= sideOf(donor.text);
    } else if (group.others && lastSubject) {
      kind ??= lastSubject.kind;
      affiliation ??= lastSubject.affiliation;
    }
  }
  if (!affiliation) {
    const before = analysis.sides.filter((s) => s.end <= count.start && (!exclude || s.end <= exclude.start || s.start >= exclude.end));
    affiliation = before.filter((s) => s.country !== null).pop()?.country ?? losingSide(sentence, count.start);
  }
  // "people" killed in an attack may include fighters; in a flood or a crash they are civilians.
  if (group.head && /^(?:people|persons?)$/i.test(group.head)) kind = analysis.namesDisaster ? 'civilian' : null;
  if (!kind && !group.head && lastSubject) kind = lastSubject.kind;
  if (!kind && !group.head && analysis.namesDisaster) kind = 'civilian';
  if (!kind && link.cue.outcome === 'deployed') kind = 'military';
  return { text, affiliation, kind };
}

/**
 * Who a denial is about: the side named in what is denied ("that any North
 * Korean troops are there"), else the group the document last counted
 * (`earlier`: the last deployed group for a denied deployment).
 */
export function deniedSubject(denial: Denial, earlier: Subject | null): Subject {
  // The side nearest the denied noun: "the US figures on Russian losses" is about Russians.
  const side = findSides(denial.object.text).filter((mention) => mention.country !== null).pop();
  if (!side) return earlier ?? { text: '', affiliation: null, kind: null };
  const noun = /[\p{L}-]+$/u.exec(denial.object.text)?.[0] ?? '';
  const kind = kindOfNoun(noun) ?? (denial.outcome === 'deployed' ? 'military' : null);
  return { text: denial.object.text.slice(side.start), affiliation: side.country, kind };
}
