import { textAroundNumber, type Item } from './item.js';

/**
 * A count of the dead of one age: "18 were over the age of 50", "nine were
 * under five", "six were aged between 14 and 18", "12 were elderly". It is a
 * part of the toll, as children among the dead are.
 */
const AGE = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|sixty|seventy|eighty)`;
const AGE_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is)\s+(?:(?:over|under|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?${AGE}|aged\s+(?:between\s+)?${AGE}|elderly|pensioners|infants|babies|toddlers|teenagers|minors)\b`, 'iu');

export function countsAnAgeGroup(item: Item): boolean {
  const around = textAroundNumber(item, 0, 60);
  return !!around && AGE_AFTER.test(around.after);
}
