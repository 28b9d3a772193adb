import type { Item } from './item.js';

/**
 * A count of the people still in hospital ("115 people were in hospital",
 * "63 were still being treated", "19 remain in a serious condition") is how
 * many patients there are that day, not how many were hurt: it falls as
 * patients go home, so it is no incident's toll and a lower later count
 * contradicts nothing. "73 had been taken to hospital" counts the hurt.
 */
const STILL_TREATED =
  /^[^.;]{0,50}?\b(?:(?:are|were|is|was|remain(?:s|ed)?|still)\s+(?:still\s+)?(?:being\s+treated|in\s+(?:the\s+)?hospitals?|hospitali[sz]ed|receiving\s+treatment|in\s+(?:an?\s+)?(?:extremely\s+)?(?:serious|critical|stable|grave)\s+condition)|remain(?:s|ed)?\s+in\s+(?:the\s+)?hospitals?)\b/i;

export function countsPatients(item: Item): boolean {
  const quantity = item.claim.quantity;
  if (!quantity || item.claim.outcome !== 'wounded') return false;
  const sentence = item.claim.sentence.text;
  const at = sentence.indexOf(quantity.text);
  return at >= 0 && STILL_TREATED.test(sentence.slice(at + quantity.text.length));
}
