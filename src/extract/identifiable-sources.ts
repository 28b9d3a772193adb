import { findSides } from './sides.js';

/**
 * Whether a source named in a phrase can speak for itself ("the NIS", "the
 * health ministry", "NIS officials") or is one no one can ask again ("local
 * sources", "a doctor", "Ukrainian officials"): what a relay or a citer passes
 * on from the second kind stays the relay's word.
 */
/** Heads of phrases that name no one who can be asked again: the outlet that cites them stays the speaker. */
const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'official', 'officials', 'witness', 'witnesses', 'residents', 'people', 'doctor', 'doctors', 'medic', 'medics',
  'activists', 'intelligence', 'data', 'figures', 'estimate', 'estimates', 'document', 'documents', 'information', 'assessment',
  'assessments', 'report', 'reports', 'footage', 'images', 'imagery', 'account', 'accounts', 'statement', 'statements', 'tally', 'count',
  'colleagues', 'relatives', 'survivors', 'diplomats', 'experts', 'analysts',
]);

/** Heads that name a body or an office someone can be asked about: "the border guard", "the health ministry". */
const OFFICE_HEADS = new Set([
  'ministry', 'agency', 'service', 'police', 'army', 'military', 'committee', 'council', 'government', 'guard', 'guards', 'command',
  'forces', 'office', 'department', 'directorate', 'staff', 'governor', 'mayor', 'prosecutor', 'prosecutors', 'spokesman', 'spokeswoman',
  'spokesperson', 'minister', 'president', 'commander', 'chief', 'head', 'observatory', 'monitor', 'hospital', 'authorities',
  'administration', 'mission', 'organisation', 'organization', 'watchdog', 'broadcaster', 'newspaper', 'channel', 'coroner',
]);

/** Whether a capitalised word in the first `count` words is not a side's adjective or name ("Ukrainian officials" are anonymous; "NIS officials" are not). */
function namesSomeone(text: string, words: readonly string[], count: number): boolean {
  const sides = findSides(text);
  let at = 0;
  for (const word of words.slice(0, count)) {
    const start = text.indexOf(word, at);
    at = start + word.length;
    if (/^\p{Lu}/u.test(word) && !sides.some((s) => s.start <= start && at <= s.end + 2)) return true;
  }
  return false;
}

/** What a source is cited for, not who: "citing newly declassified intelligence". */
const MATERIAL = /^(?:intelligence|data|figures|estimates?|information|assessments?|reports?|footage|images|imagery|documents?)$/;

/**
 * "Ukrainian intelligence", "the U.S. intelligence": a side's name and the word alone are that side's intelligence
 * services; with any other word ("newly declassified U.S. intelligence") it is material they gave.
 */
function isSidesService(text: string, plain: readonly string[], at: number): boolean {
  if (plain[at] !== 'intelligence' || at !== plain.length - 1) return false;
  const side = text.replace(/^the\s+/i, '').slice(0, -'intelligence'.length).trim();
  const sides = findSides(side);
  return side !== '' && sides.length === 1 && sides[0]?.start === 0 && sides[0].end === side.length;
}

/**
 * Whether a cited phrase names a source that can speak for itself: a named
 * person or body ("Interfax", "the NIS") or a definite office ("the border
 * guard", "the health ministry"), not "local sources", "a doctor" or "Ukrainian
 * officials".
 */
export function isIdentifiableSource(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 10) return false;
  const head = (text.split(/\s+(?:of|in|at|from|for|on)\s+/)[0] ?? '').split(/\s+/);
  // The first lower-case anonymous word or material noun ("Intelligence" in a name is neither): only a name before it ("NIS officials") makes the phrase someone.
  const plain = head.map((w) => w.replace(/['’]s?$/, ''));
  const anonymous = plain.findIndex((w) => ANONYMOUS_HEADS.has(w));
  if (anonymous >= 0) return isSidesService(text, plain, anonymous) || (!MATERIAL.test(plain[anonymous] ?? '') && namesSomeone(text, words, anonymous));
  const lower = words.map((w) => w.toLowerCase());
  if (/^(?:an?|some|several|local|unnamed|anonymous)$/.test(lower[0] ?? '') && !namesSomeone(text, words, words.length)) return false;
  const last = (head[head.length - 1] ?? '').replace(/['’]s?$/, '');
  return /^\p{Lu}/u.test(last) || OFFICE_HEADS.has(last.toLowerCase());
}

