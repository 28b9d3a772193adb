import { textAroundNumber, type Item } from './item.js';

/**
 * A count of the dead at one site of an incident: "130 people had died in one
 * house alone", "41 bodies were pulled from a single apartment block", "In
 * one basement alone, 27 were killed". It is a part of the incident's toll,
 * never a rival count of the whole.
 */
const SITE = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:house|home|building|block|basement|cellar|shelter|apartment|flat|room|street|school|mosque|church|hospital|ward|bus|car|vehicle|tent|compound|courtyard|bunker)s?`;
const ONE = String.raw`(?:one|a\s+single|a\s+lone|the\s+same)`;
const SITE_AFTER = new RegExp(String.raw`^[^.;:]{0,60}?\b(?:in|at|from|inside|under|beneath)\s+(?:the\s+rubble\s+of\s+)?${ONE}\s+${SITE}\b`, 'iu');
const SITE_BEFORE = new RegExp(String.raw`\b(?:in|at|from|inside|under)\s+${ONE}\s+${SITE}\s+alone\b[^.;:]{0,40}$`, 'iu');

export function countsOneSite(item: Item): boolean {
  const around = textAroundNumber(item, 80, Infinity);
  return !!around && (SITE_AFTER.test(around.after) || SITE_BEFORE.test(around.before));
}
