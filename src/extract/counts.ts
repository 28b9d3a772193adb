import type { ClaimQuantity } from '../contracts/claim.js';
import { isWhiteSpace } from './chars.js';
import { isCollectiveNoun, readGroup, type GroupPhrase } from './groups.js';
import type { NumberMention } from './types.js';
import { HEDGE_WORDS, HEDGED_READING } from './numbers/number-words.js';

/**
 * Counts: the phrases in a sentence that may say how many people something
 * happened to. A count is a number from the number recogniser ("over 3,000"),
 * a singular person ("a captured North Korean soldier" = 1, "another"), or a
 * quantifier with no number ("many others", "a number of gunmen").
 */
export interface Count {
  start: number;
  end: number;
  text: string;
  quantity: ClaimQuantity | null;
  group: GroupPhrase;
  /** "including seven children": a part of a total named just before. */
  part: boolean;
}

const SINGULAR_START = /\b(an?|another)\s+/gi;
const NO_NUMBER = /\b(many|numerous|a\s+number\s+of|an\s+unspecified\s+number\s+of|a\s+large\s+number\s+of|an\s+unknown\s+number\s+of|some)\b/gi;
const PARTITIVE_WITH_NUMBER = /^\s+of\s+(?:the|them|those|its|their|whom)?\s*(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|dozens?\b|hundreds?\b)/i;

/** "one said he had been sent": a single person who speaks is the speaker, not a count of what happened to them. */
const SPEAKS = /^\s*(?:said|says|told|recalled|added|explained|wrote|described|admitted|claimed)\b/i;

function speaks(sentence: string, value: number, end: number): boolean {
  return value === 1 && SPEAKS.test(sentence.slice(end, end + 16));
}

/** "not a single civilian", "not one soldier": no one, which denials.ts reads as a count of zero. */
function negatedOne(sentence: string, start: number): boolean {
  return /\bnot\s+$/i.test(sentence.slice(Math.max(0, start - 6), start));
}

/** "…, six children among them", "…, a girl among the dead": the part named first, then whom it is among. */
const PART_AMONG_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}among\s+(?:them|the\s+dead|the\s+victims|the\s+killed|those\s+killed|the\s+wounded|the\s+injured|the\s+casualties)\b/iu;

/**
 * "including seven children", "among them two doctors", "15 of them children", "…, a girl among them": a part of a
 * total named just before. Each pattern needs white space on one side of the count: that is tested first, without slicing.
 */
function isPart(sentence: string, start: number, end: number): boolean {
  return (
    (isWhiteSpace(sentence.charCodeAt(start - 1)) &&
      /(?:including|includes|among\s+them|among\s+whom|of\s+whom|of\s+them|,\s*with)\s+$/i.test(sentence.slice(Math.max(0, start - 20), start))) ||
    (isWhiteSpace(sentence.charCodeAt(end)) && /,\s*$/.test(sentence.slice(Math.max(0, start - 3), start)) &&
      (/^\s+of\s+(?:them|whom)\b/i.test(sentence.slice(end, end + 12)) || PART_AMONG_AFTER.test(sentence.slice(end, end + 60))))
  );
}

/**
 * "Scores, and likely hundreds, of civilians": a hedged higher reading set off between commas. The count is the
 * first, smallest reading (claims.md); its group is read past the hedge, and the hedge is no count of its own.
 */
const HEDGE_AFTER = new RegExp(String.raw`^${HEDGED_READING}(?=of\s)`, 'i');
const HEDGE_BEFORE = new RegExp(String.raw`,\s+${HEDGE_WORDS}\s+(?:[\w.-]+\s+){0,2}$`, 'i');

function hedgeAfter(sentence: string, end: number): number {
  return sentence.charCodeAt(end) === 44 ? (HEDGE_AFTER.exec(sentence.slice(end, end + 60))?.[0].length ?? 0) : 0;
}

function isHedgedUpperReading(sentence: string, mention: NumberMention): boolean {
  if (!/^(?:,|["”’],?)\s+of\s/i.test(sentence.slice(mention.end, mention.end + 7))) return false;
  // The number reader may take the hedge's adverb into the mention ("possibly thousands").
  const lead = sentence.slice(Math.max(0, mention.start - 40), mention.start) + mention.text.replace(/\S+$/, '');
  return HEDGE_BEFORE.test(lead);
}

function fromNumber(sentence: string, mention: NumberMention): Count | null {
  // No count of people is below zero: "-1 killed" is a stray dash or a score, not a claim.
  if (mention.kind !== 'count' || mention.value < 0 || (mention.min ?? 0) < 0) return null;
  if (isWhiteSpace(sentence.charCodeAt(mention.end)) && PARTITIVE_WITH_NUMBER.test(sentence.slice(mention.end, mention.end + 30))) return null;
  if (isHedgedUpperReading(sentence, mention)) return null;
  const group = readGroup(sentence, mention.end + hedgeAfter(sentence, mention.end));
  if (group.things || speaks(sentence, mention.value, Math.max(mention.end, group.end))) return null;
  if (mention.value === 1 && negatedOne(sentence, mention.start)) return null;
  return {
    start: mention.start,
    end: mention.end,
    text: mention.text,
    quantity: { text: mention.text, value: mention.value, min: mention.min, max: mention.max, bound: mention.bound },
    group,
    part: isPart(sentence, mention.start, mention.end),
  };
}

/** "a civilian", "an Ansar Allah militant", "a captured North Korean soldier", "another": one person. */
function singulars(sentence: string): Count[] {
  const found: Count[] = [];
  SINGULAR_START.lastIndex = 0;
  for (let match = SINGULAR_START.exec(sentence); match; match = SINGULAR_START.exec(sentence)) {
    const article = (match[1] ?? '').toLowerCase();
    if (negatedOne(sentence, match.index)) continue;
    // "one of them a child": the child is the one just counted.
    if (/\b(?:one|1)\s+of\s+(?:them|whom|those)\s+$/i.test(sentence.slice(Math.max(0, match.index - 20), match.index))) continue;
    const after = match.index + match[0].length;
    const group = readGroup(sentence, after);
    const head = group.head?.toLowerCase() ?? null;
    const singularHead = head !== null && !/[^s]s$|men$|people$|children$|police$|personnel$|forces$/.test(head) && !isCollectiveNoun(head);
    if (article === 'another' && (group.text === '' || singularHead)) {
      if (speaks(sentence, 1, Math.max(after, group.end))) continue;
      const end = group.text === '' ? match.index + article.length : group.end;
      found.push(singular(sentence, match.index, end, group, 'another'));
    } else if (singularHead && !/^(?:number|lot|total|couple|few|series)\b/i.test(group.text)) {
      if (speaks(sentence, 1, Math.max(after, group.end))) continue;
      found.push(singular(sentence, match.index, group.end, group, article));
    }
  }
  return found;
}

function singular(sentence: string, start: number, end: number, group: GroupPhrase, word: string): Count {
  return {
    start,
    end,
    text: sentence.slice(start, end),
    quantity: { text: word, value: 1, min: 1, max: 1, bound: 'exact' },
    group: word === 'another' && group.text === '' ? { ...group, text: 'another', others: true } : group,
    part: isPart(sentence, start, end),
  };
}

/** Each of NO_NUMBER's words holds one of these: a sentence without them is not scanned word by word. */
const QUANTIFIER_HINT = /many|num|some/i;

function quantifiers(sentence: string): Count[] {
  const found: Count[] = [];
  if (!QUANTIFIER_HINT.test(sentence)) return found;
  NO_NUMBER.lastIndex = 0;
  for (let match = NO_NUMBER.exec(sentence); match; match = NO_NUMBER.exec(sentence)) {
    const group = readGroup(sentence, match.index + match[0].length);
    if (group.things) continue;
    // "some" counts only before people or an outcome ("some soldiers", "some reported missing"), never "some 30".
    // A quantifier without a number counts people only when it names them or an outcome follows at once ("many casualties").
    if (group.head === null && group.text !== '') continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], quantity: null, group, part: false });
  }
  return found;
}

function overlapsNumber(count: Count, numbers: readonly NumberMention[]): boolean {
  return numbers.some((n) => n.kind === 'count' && count.start < n.end && n.start < count.group.end);
}

/** "another 38": the number is the count, not "another". */
function numberFollows(sentence: string, count: Count, numbers: readonly NumberMention[]): boolean {
  return numbers.some((n) => n.kind === 'count' && n.start >= count.start && n.start - count.end <= 2 && /^[\s\p{L}]*$/u.test(sentence.slice(count.start, n.start)));
}

function byStart(a: Count, b: Count): number {
  return a.start - b.start;
}

/** Every count in the sentence, left to right, overlapping ones resolved in favour of explicit numbers. */
export function findCounts(sentence: string, numbers: readonly NumberMention[]): Count[] {
  const all: Count[] = [];
  for (const mention of numbers) {
    const count = fromNumber(sentence, mention);
    if (count !== null) all.push(count);
  }
  const explicitCount = all.length;
  for (const implicit of [singulars(sentence), quantifiers(sentence)]) {
    for (const count of implicit) if (!overlapsNumber(count, numbers) && !numberFollows(sentence, count, numbers)) all.push(count);
  }
  // The numbers come in order: only implicit counts can need sorting in (a stable sort, explicit first on a tie).
  if (all.length > explicitCount) all.sort(byStart);
  return all.filter((count, index) => index === 0 || count.start >= (all[index - 1] as Count).end);
}
