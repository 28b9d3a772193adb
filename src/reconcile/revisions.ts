import { findNumbers } from '../extract/numbers.js';
import type { NumberMention } from '../extract/types.js';
import type { Item } from './item.js';

/**
 * A number its report says replaced another: "Israel has revised its death
 * toll down to around 1,200 from more than 1,400", "officials lowered the
 * number of dead from 300 to 210", "52 people have been killed, up from 40
 * on Friday", "137 pupils were being held, revising down the figure of
 * 287". Whoever is named as saying it, the report tells that the later
 * number supersedes the earlier one: an update, never a contradiction
 * between them.
 */

/** Verbs that tell a count was changed: a revision, or a toll that rose or fell. */
const REVISE_VERB = String.raw`(?:revis(?:ed|es|ing)|lower(?:ed|s|ing)|cut(?:s|ting)?|reduc(?:ed|es|ing)|rais(?:ed|es|ing)|increas(?:ed|es|ing)|correct(?:ed|s|ing)|updat(?:ed|es|ing)|adjust(?:ed|s|ing)|r(?:o|i)sen?|rises|climb(?:ed|s)|jump(?:ed|s)|f(?:e|a)ll(?:en|s)?|dropp?(?:ed|s)|brought|bringing)`;
/** "revised its death toll down to", "raised the number of wounded to": the verb, then the new number after "to". */
const VERB_THEN_TO = new RegExp(String.raw`\b${REVISE_VERB}\b[^;]{0,80}?\b(?:down\s+|up\s+)?to\s*$`, 'iu');
/** Between the new number and the old: "… people from", "…, from the". */
const THEN_FROM = /^[^;\d]{0,40}?\bfrom\s+(?:the\s+|an?\s+)?$/iu;
/** "raised the toll from": the verb, then the old number after "from". */
const VERB_THEN_FROM = new RegExp(String.raw`\b${REVISE_VERB}\b[^;]{0,80}?\bfrom\s+(?:the\s+|an?\s+)?$`, 'iu');
/** Between the old number and the new: "40 to", "300 dead to". */
const THEN_TO = /^\s+(?:[\p{L}-]+\s+){0,2}?to\s*$/iu;
/** After the new number: "…, up from", "… down from". */
const UP_OR_DOWN_FROM = /^[^;\d]{0,40}?\b(?:up|down)\s+from\s+(?:the\s+|an?\s+)?$/iu;
/** After the new number, a participle that says it replaced one: "…, revising down the figure of", "…, raising the toll from". */
const REVISING_FROM = /^[^;\d]{0,80}?,\s+(?:revising|raising|lowering|cutting|correcting|updating|bringing)\s+(?:(?:it|them)\s+)?(?:(?:down|up)\s+)?(?:the|its|their|an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:of|from)\s+(?:the\s+|an?\s+)?$/iu;

/** Words without which no pattern here matches: most sentences are turned away by this one test. */
const MAY_REVISE = /\b(?:from|revising|raising|lowering|cutting|correcting|updating|bringing)\b/i;

/** The number the claim's sentence says it replaced, or null. Made once per item. */
export function revisedFrom(item: Item): number | null {
  if (item.revisedFrom !== undefined) return item.revisedFrom;
  item.revisedFrom = null;
  const quantity = item.claim.quantity;
  const text = item.claim.sentence.text;
  if (!quantity || !MAY_REVISE.test(text)) return null;
  const numbers = findNumbers(text);
  const at = numbers.findIndex((n) => n.value === quantity.value && n.text === quantity.text);
  if (at < 0) return null;
  item.revisedFrom = oldNumber(text, numbers, at);
  return item.revisedFrom;
}

function oldNumber(text: string, numbers: readonly NumberMention[], at: number): number | null {
  const current = numbers[at] as NumberMention;
  const next = numbers[at + 1];
  const previous = numbers[at - 1];
  const before = text.slice(Math.max(0, current.start - 120), current.start);
  if (next) {
    const between = text.slice(current.end, next.start);
    if ((VERB_THEN_TO.test(before) && THEN_FROM.test(between)) || UP_OR_DOWN_FROM.test(between) || REVISING_FROM.test(between)) return next.value;
  }
  if (previous && THEN_TO.test(text.slice(previous.end, current.start)) && VERB_THEN_FROM.test(text.slice(Math.max(0, previous.start - 120), previous.start))) return previous.value;
  return null;
}

/**
 * On one figure, in time order: the earlier statement each claim says it
 * revised, the latest one before it with the number it replaced.
 */
export function linkRevisions(firsts: readonly Item[]): void {
  const latestWith = new Map<number, Item>();
  for (const item of firsts) {
    const from = revisedFrom(item);
    const earlier = from === null ? undefined : latestWith.get(from);
    if (earlier && earlier.claim.doc !== item.claim.doc) item.revises = earlier;
    const value = item.claim.quantity?.value;
    if (value !== undefined) latestWith.set(value, item);
  }
}
