import type { GroupPhrase } from './groups.js';
import type { OutcomeCue } from './outcomes.js';
import { namesDemonym } from './demonyms.js';

/**
 * Deployment cues: the words that say troops were sent somewhere, arrived
 * there or are there now. The rules join outcomes.ts's alternation (same
 * shape: pattern, role), so the longest cue still wins at each position.
 *  - object: the troops follow ("will send 1,000 sappers", "decided to dispatch 12,000 troops");
 *  - either: a participle ("deployed", "transferred"); the linker reads active or passive from context;
 *  - subject: the troops come first ("11,000 soldiers have arrived in Kursk", "… are now in Russia").
 */
export const DEPLOYMENT_RULES = [
  { pattern: '(?:deployment|dispatch|transfer|redeployment)\\s+of|deploying|sending|dispatching|redeploying|deploys?|sends?|dispatch(?:es)?|redeploys?', outcome: 'deployed', role: 'object' },
  { pattern: '(?:redeployed|deployed|sent|dispatched|stationed|transferred|relocated|moved(?=\\s+(?:to|into)\\b)|mobili[sz]ed|fighting\\s+(?:in|for|alongside))(?!\\s+(?:home|back|to\\s+(?:a\\s+|the\\s+)?(?:hospitals?|clinics?|medical|prison|jail)))', outcome: 'deployed', role: 'either' },
  { pattern: '(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+)?arrived\\s+in', outcome: 'deployed', role: 'subject' },
  // "was preparing 10,000 soldiers to send to Russia": troops readied for a deployment.
  { pattern: '(?:preparing|readying)(?=\\s+(?:[^\\s.;]+\\s+){1,6}(?:to\\s+(?:be\\s+)?(?:send|sent|deploy|deployed|dispatch|dispatched)|for\\s+(?:deployment|dispatch))\\b)', outcome: 'deployed', role: 'object' },
  // "the contingent includes about 500 officers": what a force sent abroad is made of.
  { pattern: '(?:contingent|detachment|expeditionary\\s+(?:force|corps))\\s+(?:(?:now|also|reportedly|already)\\s+)?(?:includes|included|include|comprises|comprised|consists\\s+of|consisted\\s+of|numbers|numbered|totals|totalled|totaled)', outcome: 'deployed', role: 'object' },
  // "the number of North Korean soldiers in the border region had grown to 11,000": a total of troops somewhere.
  { pattern: 'number\\s+of\\s+(?:[a-z-]+\\s+){0,3}(?:troops|soldiers|servicemen)', outcome: 'deployed', role: 'toll', theBefore: true },
] as const;

/** "… are now in Russia", "… were inside Kursk": being somewhere named, written with its capital (the rules above ignore case). */
const PRESENCE = /\b(?:are|were)\s+(?:now\s+|already\s+|currently\s+|still\s+)?(?:on\s+the\s+ground\s+in|inside|in)(?=\s+(?:the\s+)?\p{Lu})/gu;

/** Presence cues, role subject: the troops stand before them. */
export function findPresenceCues(sentence: string): OutcomeCue[] {
  return presenceCues(PRESENCE, sentence);
}

/** Each match of a global presence pattern as a cue of role subject. */
function presenceCues(pattern: RegExp, sentence: string): OutcomeCue[] {
  const cues: OutcomeCue[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0], outcome: 'deployed', role: 'subject', manner: null });
  }
  return cues;
}

/**
 * Headlines drop the verb: "Zelensky says 11,000 North Korean troops now in Kursk", "Pentagon: 10,000 soldiers in
 * eastern Russia". Soldiers in a named place, with no verb at all, say they are there.
 */
const VERBLESS_PRESENCE = /(?<=\b(?:troops|soldiers|forces|servicemen|personnel|marines|paratroopers|mercenaries)\s+)(?:now\s+|already\s+|still\s+)?(?:inside|in)(?=\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?\p{Lu})/gu;
/** A sentence that ends without a full stop, and is short: a headline or a post's first line. */
const FULL_STOP_END = /[.!?…]["'”’)]*\s*$/;

export function findHeadlinePresenceCues(sentence: string): OutcomeCue[] {
  if (sentence.length > 160 || FULL_STOP_END.test(sentence)) return [];
  return presenceCues(VERBLESS_PRESENCE, sentence);
}

/** Words the gate must let through for the rules above (outcomes.ts's GATE is a prefix match). */
export const DEPLOYMENT_GATE = 'part\\s+in|deploy|contingent|detachment|expeditionary|sent\\b|sends?\\b|sending|station|dispatch|mobili|fighting|arriv|transferr|relocat|troops\\b|soldiers\\b|servicemen\\b';

/**
 * People a country sends who are not named as soldiers: "hundreds of
 * advisers", "5,000 military builders". Only a deployment reads them as
 * military; killed in a strike, engineers are engineers.
 */
const DEPLOYABLE = /\b(?:advis[eo]rs?|instructors?|specialists?|engineers?|builders?|peacekeepers?|reservists?|technicians?|experts?|contractors?|workers?|labou?rers?)\b/i;
/** People named by country are deployed only in a story of war: "sent 2,000 Syrians to the front", not "300 Americans to help with the harvest". */
const WAR_WORDS = /\b(?:deployed|deploy|stationed|dispatched|front|fronts?line|combat|fight|fighting|war|battle|battlefield)\b/i;
const MILITARY_WORDS = /\b(?:troops|soldiers|forces|servicemen|military|army|sappers|marines|units?)\b/i;

/** Whether a count linked to a deployment cue counts people sent to a war, not things or bystanders. */
export function isDeployableGroup(group: GroupPhrase, sentence: string): boolean {
  if (group.kind === 'military') return true;
  if (group.things) return false;
  return group.head === null && (DEPLOYABLE.test(group.text) || MILITARY_WORDS.test(sentence) || (namesDemonym(group.text) && WAR_WORDS.test(sentence)));
}
