import { textAroundNumber, type Item } from './item.js';

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
  if (item.patients === undefined) {
    // The whole rest of the sentence: STILL_TREATED bounds what it reads itself.
    const around = item.claim.outcome === 'wounded' ? textAroundNumber(item, 0, Infinity) : null;
    item.patients = !!around && STILL_TREATED.test(around.after);
  }
  return item.patients;
}
