import type { Outcome, Rate } from '../contracts/claim.js';
import { spokenDay } from './days.js';
import type { Item } from './item.js';

/**
 * The words `why` sentences and briefs are built from. Every phrase is made
 * of a claim's own fields (its number as written, its speaker, its outlet
 * and date): nothing is said that a claim does not carry.
 */
const OUTCOME_WORDS: Record<Outcome, string> = {
  killed: 'killed',
  wounded: 'wounded',
  casualties: 'killed or wounded',
  captured: 'captured',
  missing: 'missing',
  surrendered: 'surrendered',
  deployed: 'deployed',
};

const RATE_WORDS: Record<Rate, string> = { day: 'a day', week: 'a week', month: 'a month' };

export function outcomeWords(outcome: Outcome): string {
  return OUTCOME_WORDS[outcome];
}

export function rateWords(rate: Rate): string {
  return RATE_WORDS[rate];
}

/** A relation's sentence names the same claims again and again (every copy names its original): each phrase is made once, and kept on the item. */
function remembered(slot: 'phrase' | 'cited' | 'described', make: (item: Item) => string): (item: Item) => string {
  return (item) => (item[slot] ??= make(item));
}

/** "over 1,000 North Korean soldiers killed or wounded in the last week": the number and group as written, what it counts, over when. */
export const claimPhrase = remembered('phrase', (item: Item): string => {
  const { claim } = item;
  const stated = claim.quantity ? lowerFirst(claim.quantity.text) : 'an unstated number of';
  const group = groupWords(claim.subject.text);
  const number = group ? `${stated} ${group}` : claim.quantity ? stated : 'an unstated number';
  const period = claim.period ? ` ${claim.period.text}` : '';
  const rate = claim.rate ? ` ${rateWords(claim.rate)}` : '';
  const manner = claim.manner ? ` (${claim.manner})` : '';
  return `${number} ${outcomeWords(claim.outcome)}${manner}${rate}${period}`;
});

/** The counted group as the claim wrote it, when it is a plain noun phrase ("North Korean soldiers", not "them" or "47 others"). */
function groupWords(text: string): string | null {
  let words = groupWordsOf.get(text);
  if (words === undefined) {
    if (groupWordsOf.size >= SHARED_LIMIT) groupWordsOf.clear();
    words = plainGroup(text);
    groupWordsOf.set(text, words);
  }
  return words;
}

/** A million claims name a few hundred groups: each group's words are read once. */
const groupWordsOf = new Map<string, string | null>();

function plainGroup(text: string): string | null {
  const group = text.trim().replace(/^(?:the|of)\s+/i, '');
  if (group === '' || group.length > 40 || /^\d/.test(group) || /^(?:them|they|those|these|others|men|women|people)$/i.test(group)) return null;
  return group;
}

/** Who said it: the origin's speaker (a repetition speaks with its origin's voice), else the outlet reporting it on its own account. */
export function speakerName(item: Item): string {
  const voice = item.speaker ? item : (item.voice ?? item);
  return voice.speaker?.label ?? unattributed(voice.source.publisher ?? 'an outlet');
}

/**
 * A million claims come from a few outlets on a few hundred days: the words
 * naming an outlet and a day are made once and shared, not once per claim.
 * Kept across boards, so emptied when they grow past what that explains.
 */
const SHARED_LIMIT = 100_000;
const unattributedNames = new Map<string, string>();
const citations = new Map<string, Map<number | null, string>>();

function unattributed(outlet: string): string {
  let name = unattributedNames.get(outlet);
  if (name === undefined) {
    if (unattributedNames.size >= SHARED_LIMIT) unattributedNames.clear();
    name = `${outlet} (unattributed)`;
    unattributedNames.set(outlet, name);
  }
  return name;
}

/** "Harbour Wire, 16 Dec 2024". */
export const citation = remembered('cited', (item: Item): string => {
  const outlet = item.source.publisher ?? item.source.title ?? item.source.id;
  const day = item.dated ? item.published : null;
  let byDay = citations.get(outlet);
  if (!byDay) {
    if (citations.size >= SHARED_LIMIT) citations.clear();
    byDay = new Map();
    citations.set(outlet, byDay);
  }
  let cited = byDay.get(day);
  if (cited === undefined) {
    cited = `${outlet}, ${day === null ? 'undated' : spokenDay(day)}`;
    byDay.set(day, cited);
  }
  return cited;
});

/** "Kirby’s “over 1,000 … killed” (Harbour Wire, 16 Dec 2024)": how the rules name a claim in a relation's sentence. */
export const described = remembered('described', (item: Item): string => `${speakerName(item)}’s ${quoted(claimPhrase(item))} (${citation(item)})`);

export function quoted(text: string): string {
  return `“${text}”`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}
