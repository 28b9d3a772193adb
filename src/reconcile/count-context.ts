import type { Item } from './item.js';

/** The words of a claim's sentence before and after its number ("… said 130 people had died in one house alone"): what parts and other events are read from. Null without a number, or when the sentence does not hold it as written. */
export function wordsAroundCount(item: Item): { before: string; after: string } | null {
  const quantity = item.claim.quantity;
  if (!quantity) return null;
  const sentence = item.claim.sentence.text;
  const at = sentence.indexOf(quantity.text);
  return at < 0 ? null : { before: sentence.slice(0, at), after: sentence.slice(at + quantity.text.length) };
}
