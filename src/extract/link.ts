import type { Count } from './counts.js';
import type { OutcomeCue } from './outcomes.js';
import { isEarlierFigure, tollOf } from './tolls.js';
import { continuesCommaList, continuesGappedList } from './gapped-lists.js';
import { hasOtherOutcome } from './own-outcomes.js';
import { continuesDeadBreakdown } from './dead-breakdowns.js';

/**
 * The refiner that pairs counts with outcome cues, chrono-style: each rule
 * proposes a pairing from word order alone, in priority order:
 *  1. object: the cue governs the count right after it ("killing 28 people", "the deaths of 5");
 *  2. chain: a count joined by "and" to an object of the same cue ("injuring a jawan and seven civilians");
 *  3. toll: a total reaches the count ("the death toll rose to 66", "deaths … climbed to 99");
 *  4. subject: the count's group is followed by what happened to it ("12 people were killed", "six died").
 * A count that is the agent of an active verb ("two bombers killed 10 people") gets no cue.
 */
export interface Link {
  count: Count;
  cue: OutcomeCue;
  rule: 'object' | 'chain' | 'toll' | 'subject';
}

const OBJECT_GAP = /^[\s,]*(?:(?:of|the|a\s+total\s+of|a\s+further|an\s+additional|another|all|nearly|about|at\s+least|some|up\s+to|as\s+many\s+as)\s+)*$/i;
const CHAIN_GAP = /^\s*(?:,?\s*and|,?\s*or|,?\s*as\s+well\s+as|,?\s*plus|,?\s*along\s+with)\s*$/i;
/**
 * A participle after an auxiliary is passive ("were also killed"); after an adverb alone it is active
 * ("strikes reportedly killed at least five", "militants also seized 31 hostages").
 */
const PASSIVE_AUX_BEFORE = /\b(?:were|was|been|being|are|is|be|get|got|left|leaving)\s+(?:(?:reportedly|allegedly|all|also|still|both|later|then|apparently|subsequently|eventually)\s+)?$|\ball\s+$/i;
const PASSIVE_BEFORE = /(?:were|was|been|being|are|is|be|get|got|left|leaving|reportedly|allegedly|all|also|still)\s+$/i;
const MAX_SUBJECT_GAP = 110;
const APPOSITIVE = /^\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|most\s+of\s+them|many\s+of\s+them|along\s+with|as\s+well\s+as)\s[^;:—–]*,/i;

const ASIDE_OPENS = /^\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|most\s+of\s+them|many\s+of\s+them|along\s+with|as\s+well\s+as)\s/i;

/** True when the words after a group open a part set off by commas that they do not close. */
function insideAside(gap: string): boolean {
  return ASIDE_OPENS.test(gap) && !APPOSITIVE.test(gap);
}

function groupEnd(count: Count): number {
  return Math.max(count.end, count.group.end);
}

/** True when a count starts right after the cue: the cue is an active verb and the count before it is its agent. */
function takesObject(sentence: string, cue: OutcomeCue, counts: readonly Count[]): boolean {
  return counts.some((c) => !c.part && c.start >= cue.end && OBJECT_GAP.test(sentence.slice(cue.end, c.start)) && !isListedPair(sentence, cue, c, counts));
}

/**
 * "12 killed, 40 wounded", "Toll: 3 dead, 12 injured": a participle right after a count is that count's outcome,
 * and a count after the comma that follows starts the list's next pair, not the participle's object.
 */
function isListedPair(sentence: string, cue: OutcomeCue, next: Count, counts: readonly Count[]): boolean {
  return sentence.slice(cue.end, next.start).includes(',') && counts.some((c) => c.end <= cue.start && /^\s+$/.test(sentence.slice(groupEnd(c), cue.start)));
}

function objectLink(sentence: string, count: Count, cues: readonly OutcomeCue[], counts: readonly Count[]): OutcomeCue | null {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as OutcomeCue;
    if (cue.end > count.start) continue;
    if (cue.role !== 'object' && cue.role !== 'either') return null;
    if (cue.role === 'either' && !/ing$/i.test(cue.text) && PASSIVE_AUX_BEFORE.test(sentence.slice(Math.max(0, cue.start - 30), cue.start))) return null;
    if (!OBJECT_GAP.test(sentence.slice(cue.end, count.start))) return null;
    if (cue.role === 'either' && isListedPair(sentence, cue, count, counts)) return null;
    return !cue.accepts || cue.accepts(sentence, count) ? cue : null;
  }
  return null;
}

/**
 * "1,300 prisoners of war": an outcome the group's head starts is the count's only when nothing
 * happens to them after ("40 prisoners of war were killed" are killed).
 */
function subjectLink(sentence: string, count: Count, cues: readonly OutcomeCue[], counts: readonly Count[]): OutcomeCue | null {
  const from = groupEnd(count);
  // "1,300 prisoners of war", "dozens of martyrs and injured": a cue the group's head starts and that runs on past it.
  return outcomeAfter(sentence, count, cues, counts) ?? cues.find((c) => c.start >= count.end && c.start < from && c.end > from && (c.role === 'subject' || (c.role === 'either' && c.outcome === 'casualties'))) ?? null;
}

function outcomeAfter(sentence: string, count: Count, cues: readonly OutcomeCue[], counts: readonly Count[]): OutcomeCue | null {
  const from = groupEnd(count);
  // "thousands of dead North Korean troops": the outcome is an adjective inside the group.
  const inside = cues.find((c) => c.start >= count.end && c.end <= from && c.role !== 'object');
  if (inside) return inside;
  // "694 militants, including 29 wounded, have laid down their arms": a cue inside the part set off between commas is the part's.
  let cue = cues.find((c) => c.start >= from && !insideAside(sentence.slice(from, c.start)));
  // "soldiers fighting for Russia have been killed": a deployment participle describing the group, then what happened to it.
  if (cue?.outcome === 'deployed' && cue.role === 'either') {
    const later = cues.find((c) => c.start > (cue as OutcomeCue).end && c.outcome !== 'deployed' && c.start - from <= MAX_SUBJECT_GAP);
    if (later && !counts.some((c) => c.start > from && c.start < later.start)) cue = later;
  }
  if (!cue || cue.start - from > MAX_SUBJECT_GAP) return null;
  const gap = sentence.slice(from, cue.start);
  if (/[;:]|\s[—–]\s/.test(gap)) return null;
  // "More than 100 people, including 20 children and nine aid workers, have been killed": counts set off between commas are parts.
  const aside = from + (APPOSITIVE.exec(gap)?.[0].length ?? 0);
  const between = counts.some((c) => c !== count && !c.part && c.start >= aside && c.start < cue.start);
  if (between) return null;
  if (cue.role === 'object' || cue.role === 'toll') return null;
  if (cue.role === 'either' && takesObject(sentence, cue, counts)) return null;
  // A bare participle after a long stretch of words is more often an active verb than a passive one.
  if (cue.role === 'either' && gap.trim() !== '' && !PASSIVE_BEFORE.test(gap) && gap.split(/\s+/).length > 4) return null;
  return cue;
}

export function linkCounts(sentence: string, counts: readonly Count[], allCues: readonly OutcomeCue[]): Link[] {
  // A verb that counts only some objects ("lost 40 fighters", "took 14 soldiers prisoner") links only as one.
  const cues = allCues.filter((cue) => !cue.accepts);
  const links: Link[] = [];
  let previous: Link | null = null;
  for (const count of counts) {
    let link: Link | null = null;
    const object = objectLink(sentence, count, allCues, counts);
    if (object) link = { count, cue: object, rule: 'object' };
    if (!link && previous && (previous.rule === 'object' || previous.rule === 'chain') &&
      (CHAIN_GAP.test(sentence.slice(groupEnd(previous.count), count.start)) || continuesGappedList(sentence, groupEnd(previous.count), count, allCues) || continuesCommaList(sentence, groupEnd(previous.count), count, counts, allCues)) &&
      !cues.some((c) => c.start >= groupEnd(previous!.count) && c.start < count.start) &&
      !hasOtherOutcome(sentence, count, allCues, previous.cue) &&
      (!previous.cue.accepts || previous.cue.accepts(sentence, count))) {
      link = { count, cue: previous.cue, rule: 'chain' };
    }
    // "Fourteen of the dead were MSF staff, 24 were patients and four were caretakers": each item is a part of the same dead.
    if (!link && previous && continuesDeadBreakdown(sentence, previous.count, count)) link = { count, cue: previous.cue, rule: 'chain' };
    if (!link && previous && isEarlierFigure(sentence, groupEnd(previous.count), previous.rule, count)) {
      // The earlier figure counts the same people: "50 prisoners …, up from the 40 it reported".
      link = { count: count.group.head ? count : { ...count, group: previous.count.group }, cue: previous.cue, rule: 'toll' };
    }
    if (!link) {
      // The toll's verb may bound the number ("passes 10,000"): the link carries the count as bounded.
      const toll = tollOf(sentence, count, cues);
      if (toll) link = { count: toll.count, cue: toll.cue, rule: 'toll' };
    }
    if (!link) {
      // Most sentences have no cue that accepts only some counts: then every cue may be the subject's.
      const subjectCues = cues.length === allCues.length ? allCues : allCues.filter((c) => !c.accepts || (c.role !== 'object' && c.accepts(sentence, count)));
      const subject = subjectLink(sentence, count, subjectCues, counts);
      if (subject) link = { count, cue: subject, rule: 'subject' };
    }
    // "killed 20 people, including nine children": a part of the total before it has the total's outcome.
    if (!link && count.part && previous) link = { count, cue: previous.cue, rule: 'chain' };
    if (link) links.push(link);
    previous = link;
  }
  // A count linked to an outcome that did not happen ("were about to be captured") is no claim, and no other.
  return [...links, ...coordinatedSubjects(sentence, counts, links), ...coordinatedOutcomes(sentence, links, cues, counts)].filter((link) => !link.cue.nonEvent).sort(
    (a, b) => a.count.start - b.count.start || a.cue.start - b.cue.start,
  );
}

/** "Two civilians and two fighters were hospitalized": the first count shares the outcome of the second. */
function coordinatedSubjects(sentence: string, counts: readonly Count[], links: readonly Link[]): Link[] {
  const added: Link[] = [];
  counts.forEach((count, i) => {
    const next = counts[i + 1];
    if (!next || links.some((l) => l.count.start === count.start)) return;
    const nextLink = links.find((l) => l.count.start === next.start && l.rule === 'subject');
    if (nextLink && CHAIN_GAP.test(sentence.slice(groupEnd(count), next.start))) added.push({ count, cue: nextLink.cue, rule: 'chain' });
  });
  return added;
}

const OUTCOME_AND = /^\s*(?:and|or|,|and\s+then|before\s+being|then)\s+(?:(?:later|were|was|been|being|also)\s+)*$/i;

/** "eight civilians were abducted and shot dead": one group, two outcomes. */
function coordinatedOutcomes(sentence: string, links: readonly Link[], cues: readonly OutcomeCue[], counts: readonly Count[]): Link[] {
  const added: Link[] = [];
  for (const link of links) {
    if (link.rule !== 'subject') continue;
    const index = cues.indexOf(link.cue);
    const next = cues[index + 1];
    if (!next || next.outcome === link.cue.outcome || next.role === 'object' || next.role === 'toll') continue;
    if (!OUTCOME_AND.test(sentence.slice(link.cue.end, next.start))) continue;
    if (next.role === 'either' && takesObject(sentence, next, counts)) continue;
    added.push({ count: link.count, cue: next, rule: 'subject' });
  }
  return added;
}
