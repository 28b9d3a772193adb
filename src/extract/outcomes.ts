import type { Outcome } from '../contracts/claim.js';
import { isPartOfTotal } from './breakdowns.js';
import { isHeldCaptive, isTakenCaptive } from './capture-idioms.js';
import type { Count } from './counts.js';
import { DEPLOYMENT_GATE, DEPLOYMENT_RULES, findHeadlinePresenceCues, findPresenceCues } from './deployments.js';
import { isLossOf } from './loss-verbs.js';
import { DESTROY_VERBS, isDestroyedFighters } from './destroy-verbs.js';
import { BURY_VERBS, isBuriedDead } from './burials.js';
import { SURRENDER_GATE, SURRENDER_IDIOMS } from './surrender-idioms.js';
import { findHideoutCues, HIDEOUT_GATE, isHideout } from './hideouts.js';
import { isHospitalModifier, isHospitalTarget, isNonEvent } from './non-events.js';
import { endsInMonthYear } from './non-counts.js';
import { WordStartAlternation } from './word-start-alternation.js';
import { sideOf } from './sides.js';
import { FATE_CUES, isFateUnknown, isLivesTaken, LIVES_CUES, UNKNOWN_FATES_GATE } from './unknown-fates.js';

/**
 * Outcome cues: the words that say what happened to the people a number
 * counts. Each cue has a role telling where its victims stand:
 *  - 'object':  after the cue ("killing 28 people", "the deaths of 5", "bodies of four workers");
 *  - 'subject': before the cue ("12 people were killed", "six died", "eight are missing", "1,500 casualties");
 *  - 'either':  a participle that may be active or passive ("killed", "wounded"); the linker decides from context;
 *  - 'toll':    a total named first and counted after ("the death toll rose to 66").
 */
export type CueRole = 'object' | 'subject' | 'either' | 'toll';

export interface OutcomeCue {
  start: number;
  end: number;
  text: string;
  outcome: Outcome;
  role: CueRole;
  manner: string | null;
  /** True when the words say the outcome did not happen ("about to be captured", "could kill thousands"): its counts link to no claim. */
  nonEvent?: boolean;
  /** For a verb that counts only some of its objects ("lost 40 fighters", not "lost 12 tanks"): whether it counts this one. */
  accepts?: (sentence: string, count: Count) => boolean;
}

interface CueRule {
  pattern: string;
  outcome: Outcome;
  role: CueRole;
  manner?: string;
  accepts?: (sentence: string, count: Count) => boolean;
  /** Not right after a number: "48 killings of civilians" counts killings, "the 30 dead included" keeps its 30. */
  notAfterNumber?: boolean;
  /** Only right after a count: "37 bodies", "dozens of bodies", not "two UN bodies". */
  afterCount?: boolean;
  /** Only after "the": "the number of soldiers killed and wounded", not "a number of". */
  afterThe?: boolean;
  /**
   * Only right after "the" and spaces ("the number of soldiers killed"): a look-behind, checked in code, since one in
   * the alternation slows all of it; the fallback (UNCONDITIONAL_AT) still holds it as a look-behind.
   */
  theBefore?: boolean;
  /**
   * The cue takes in the spaces before it after a word ("they took their own lives" → " took their own lives"), as it
   * did when the pattern could start with them; a pattern starting with spaces slows the whole alternation down.
   */
  spacesBefore?: boolean;
  /** A verb that captures only when captives are named ("took 14 soldiers prisoner"): tried only in sentences that name them. */
  captives?: boolean;
}

/** Number words a count of bodies may end in ("eleven bodies", "dozens of bodies"): "two UN bodies" is not one. */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|dozen|dozens|hundreds|thousands|scores|several';
const DIE = '(?:died|die|dies|dying)';
const HURT = '(?:wounded|injured|hurt)';
/** Right after a total whose verb is left out: "the injured to 760", "the dead at 12". */
const GAPPED_TOTAL = String.raw`(?=\s+(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|at\s+least\s+)?\d)`;
const BEEN = '(?:(?:have|has|had)\\s+)?(?:been\\s+|were\\s+|was\\s+)?';

/** Longest phrases first: the alternation tries them in order at each position. */
const RULES: readonly CueRule[] = [
  // a total broken down: "the dead included 695 civilians"
  { pattern: '(?:dead|killed|victims|fatalities)\\s+includ(?:ed|es|e)', outcome: 'killed', role: 'object', accepts: isPartOfTotal, notAfterNumber: true },
  { pattern: '(?:wounded|injured)\\s+includ(?:ed|es|e)', outcome: 'wounded', role: 'object', accepts: isPartOfTotal, notAfterNumber: true },
  { pattern: 'casualties\\s+includ(?:ed|es|e)', outcome: 'casualties', role: 'object', accepts: isPartOfTotal, notAfterNumber: true },
  // casualties: both outcomes at once
  { pattern: `(?:either\\s+)?(?:killed|dead|martyrs|${DIE})\\s*(?:,|or|and|and/or)\\s+${BEEN}${HURT}`, outcome: 'casualties', role: 'either' },
  { pattern: `(?:killing|killed)\\s+(?:or|and)\\s+(?:wounding|injuring|wounded|injured)`, outcome: 'casualties', role: 'either' },
  { pattern: `(?:${HURT}|wounding|injuring)\\s+(?:or|and)\\s+(?:killed|killing)`, outcome: 'casualties', role: 'either' },
  { pattern: 'number\\s+of\\s+(?:[a-z-]+\\s+){0,3}(?:killed|dead)\\s+(?:and|or)\\s+(?:wounded|injured)', outcome: 'casualties', role: 'toll', afterThe: true },
  // "450 total casualties" is a count of casualties, not a total named first.
  // "the overall death toll" is a total of deaths: the killed rule below reads its "death toll".
  { pattern: '(?:combined|overall|total)\\s+toll|casualty\\s+tolls?', outcome: 'casualties', role: 'toll' },
  { pattern: '(?:combined|total)\\s+(?:number\\s+of\\s+)?casualties', outcome: 'casualties', role: 'toll', notAfterNumber: true },
  { pattern: 'casualties|casualty|losses', outcome: 'casualties', role: 'subject' },
  { pattern: 'lost|lose|loses|losing|loss\\s+of', outcome: 'casualties', role: 'object', accepts: isLossOf },
  { pattern: DESTROY_VERBS, outcome: 'killed', role: 'either', accepts: isDestroyedFighters },
  { pattern: BURY_VERBS, outcome: 'killed', role: 'either', accepts: isBuriedDead },
  // killed, with a manner
  { pattern: "(?:(?:have|has|had)\\s*)?(?:taken|took|take)\\s+(?:their|his|her)\\s+own\\s+lives?", outcome: 'killed', role: 'subject', manner: 'suicide', spacesBefore: true },
  { pattern: 'killed\\s+themselves|killing\\s+themselves|blew\\s+themselves\\s+up|blow\\s+themselves\\s+up|committed\\s+suicide', outcome: 'killed', role: 'subject', manner: 'suicide' },
  { pattern: '(?:were|was|been)\\s+executed|executions?\\s+of', outcome: 'killed', role: 'subject', manner: 'execution' },
  // killed: nouns and phrases whose victims follow ("48 killings of civilians" counts killings: the number comes first)
  { pattern: '(?:killing|killings|murders?|deaths?|execution|assassination|massacre)\\s+of', outcome: 'killed', role: 'object', notAfterNumber: true },
  // "410 bodies of civilians" counts bodies; "the bodies of 410 civilians" counts the civilians.
  { pattern: 'bodies', outcome: 'killed', role: 'subject', afterCount: true },
  { pattern: '(?:bodies|corpses|remains)\\s+of', outcome: 'killed', role: 'object' },
  { pattern: '(?:claimed|claiming|took|taking|taken|cost|costing)\\s+the\\s+lives?\\s+of', outcome: 'killed', role: 'object' },
  { pattern: LIVES_CUES, outcome: 'killed', role: 'object', accepts: isLivesTaken },
  { pattern: 'death\\s+tolls?|tolls?|number\\s+of\\s+(?:dead|deaths|fatalities|martyrs)', outcome: 'killed', role: 'toll' },
  // A second total with its verb left out: "the toll has risen to 112, and the injured to 760".
  { pattern: `(?:injured|wounded)${GAPPED_TOTAL}`, outcome: 'wounded', role: 'toll', afterThe: true },
  { pattern: `dead${GAPPED_TOTAL}`, outcome: 'killed', role: 'toll', afterThe: true },
  { pattern: 'number\\s+of\\s+(?:[a-z-]+\\s+){1,3}(?:killed|dead)', outcome: 'killed', role: 'toll', theBefore: true },
  { pattern: 'number\\s+of\\s+(?:injured|wounded)', outcome: 'wounded', role: 'toll' },
  { pattern: 'number\\s+of\\s+(?:[a-z-]+\\s+){1,3}(?:injured|wounded|hurt)', outcome: 'wounded', role: 'toll', theBefore: true },
  // killed: verbs
  { pattern: '(?:stabbed|shot|beaten|hacked|burned|burnt|bludgeoned|clubbed|tortured)\\s+(?:or|and)\\s+(?:stabbed|shot|beaten|hacked|burned|burnt|bludgeoned|clubbed)\\s+to\\s+death|shot\\s+(?:dead|and\\s+killed)|gunned\\s+down|beaten\\s+to\\s+death|burned\\s+to\\s+death|burnt\\s+to\\s+death|stabbed\\s+to\\s+death|hacked\\s+to\\s+death|fatally\\s+(?:shot|wounded|injured|assaulted|stabbed)|killed\\s+in\\s+action', outcome: 'killed', role: 'either' },
  { pattern: 'killing|kills|kill|slaying|massacring|murdering|executing', outcome: 'killed', role: 'object' },
  { pattern: 'killed|slain|murdered|massacred|beheaded|lynched|assassinated', outcome: 'killed', role: 'either' },
  { pattern: `${DIE}|perished|dead|deaths|fatalities|lost\\s+(?:their|his|her)\\s+lives?|kia`, outcome: 'killed', role: 'subject' },
  // victims named by what was found or done to them: "25 martyrs", "148 killings", "37 bodies were retrieved"
  { pattern: 'martyrs|killings|murders|corpses', outcome: 'killed', role: 'subject' },
  { pattern: 'martyred', outcome: 'killed', role: 'either' },
  // wounded
  { pattern: 'wounding|injuring', outcome: 'wounded', role: 'object' },
  { pattern: 'wounded|injured|hurt', outcome: 'wounded', role: 'either' },
  { pattern: '(?:sustained|suffered|sustaining|suffering)\\s+(?:\\w+\\s+)?(?:injuries|wounds|burns|suffocation|asphyxia)|injuries\\s+to', outcome: 'wounded', role: 'subject' },
  { pattern: 'suffocated|suffocation|asphyxia|hospitali[sz]ed|hospital|sought\\s+medical\\s+(?:attention|treatment|help)|(?:being|been|were|was)\\s+treated|treated\\s+for|critical\\s+(?:condition|state)|injuries|wia', outcome: 'wounded', role: 'subject' },
  // captured
  { pattern: 'taken\\s+(?:prisoner|captive|hostage)|held\\s+(?:captive|hostage)|prisoners\\s+of\\s+war|pows?', outcome: 'captured', role: 'subject' },
  // "the number of Russian soldiers captured has reached 650": a total of captives (not "the number of prisoners exchanged").
  { pattern: 'number\\s+of\\s+(?:[a-z-]+\\s+){0,3}(?:captured|(?:taken|held)\\s+(?:prisoner|captive)|(?:prisoners|pows|captives)\\s+(?:taken|captured|held))', outcome: 'captured', role: 'toll', theBefore: true },
  { pattern: 'capture\\s+of|abduction\\s+of|kidnapping\\s+of|capturing|abducting|kidnapping', outcome: 'captured', role: 'object' },
  { pattern: 'captured|abducted|kidnapped|kidnaped|seized', outcome: 'captured', role: 'either' },
  { pattern: 'took|taken|taking|takes|take', outcome: 'captured', role: 'object', accepts: isTakenCaptive, captives: true },
  { pattern: 'held|holds|holding|hold', outcome: 'captured', role: 'either', accepts: isHeldCaptive, captives: true },
  // missing, surrendered
  { pattern: 'missing\\s+in\\s+action|missing|unaccounted\\s+for|mia', outcome: 'missing', role: 'subject' },
  { pattern: FATE_CUES, outcome: 'missing', role: 'object', accepts: isFateUnknown },
  { pattern: 'surrender\\s+of', outcome: 'surrendered', role: 'object' },
  { pattern: `surrendered|surrendering|${SURRENDER_IDIOMS}`, outcome: 'surrendered', role: 'subject' },
  ...DEPLOYMENT_RULES,
];

function alternation(rules: readonly CueRule[], flags: string): RegExp {
  return new RegExp(`\\b(?:${rules.map((rule) => `(${rule.pattern})`).join('|')})\\b`, flags);
}

/** "take" and "hold" are common words: the cue regex holds them only for sentences that name captives, or hold people in the passive. */
// Each word split after its first letter, which the regex engine then scans for alone.
/** People held in the passive ("were being held"): captives, though no captive word is written. */
const PASSIVE_HELD = String.raw`(?:being|still|were|are|was|been|remain(?:ed)?)\s+held\b`;
const CAPTIVE_WORDS = new RegExp(String.raw`c(?:aptive)|p(?:risoner)|h(?:ostage)|d(?:etainee)|\bpows?\b|\b${PASSIVE_HELD}`, 'i');
const WITH_CAPTIVES = new WordStartAlternation(RULES);
const WITHOUT_CAPTIVES = new WordStartAlternation(RULES.filter((rule) => !rule.captives));
/**
 * The rules without a condition on the words before, tried at the same place when a conditional one
 * matched there but its condition failed ("48 killings of" → "killings"). The conditions are checked
 * in code: a look-behind at the start of an alternative would slow the whole alternation down.
 */
const THE_LOOKBEHIND = /(?<=\bthe\s+)/iy;
const UNCONDITIONAL = RULES.filter((rule) => !rule.notAfterNumber && !rule.afterCount && !rule.afterThe).map((rule) =>
  rule.theBefore ? { ...rule, pattern: `${THE_LOOKBEHIND.source}${rule.pattern}` } : rule,
);
const THE_BEFORE = /\bthe\s+$/i;
const UNCONDITIONAL_AT = alternation(UNCONDITIONAL, 'iy');
const NUMBER_BEFORE = /\d\s$/;
/** "a dozen Russian bodies", "50 burned bodies": a people's or a state's adjective between the count and the noun. */
function withoutAdjectiveBefore(text: string): string {
  const last = /(\S+)\s+$/.exec(text);
  if (!last) return text;
  const word = last[1] as string;
  return (/^\p{Lu}/u.test(word) && sideOf(word)) || BODY_STATES.test(word) ? text.slice(0, last.index) : text;
}
const BODY_STATES = /^(?:burned|burnt|mangled|bloodied|headless|dismembered)$/i;
const COUNT_BEFORE = new RegExp(`(?:\\d|\\b(?:${NUMBER_WORDS}|more|further|additional|other|unidentified|charred|decomposed|mutilated|of))\\s+$`, 'i');

function holds(rule: CueRule, sentence: string, index: number): boolean {
  if (rule.notAfterNumber) return !NUMBER_BEFORE.test(sentence.slice(Math.max(0, index - 2), index));
  if (rule.afterCount) return COUNT_BEFORE.test(withoutAdjectiveBefore(sentence.slice(Math.max(0, index - 40), index))) && !endsInMonthYear(sentence.slice(Math.max(0, index - 30), index));
  if (rule.afterThe) return THE_BEFORE.test(sentence.slice(Math.max(0, index - 8), index));
  if (rule.theBefore) {
    THE_LOOKBEHIND.lastIndex = index;
    return THE_LOOKBEHIND.test(sentence);
  }
  return true;
}

/** The rule whose group matched: each rule is one capture group, in order. */
function matchedRule(match: RegExpExecArray, rules: readonly CueRule[]): CueRule | undefined {
  for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return rules[group - 1];
  return undefined;
}

/** The rule a match is of, and the match, after the conditions: the unconditional rules at the same place if one failed. */
function ruleOf(sentence: string, match: RegExpExecArray, rules: readonly CueRule[]): [CueRule, RegExpExecArray] | null {
  const rule = matchedRule(match, rules);
  if (!rule) return null;
  if (holds(rule, sentence, match.index)) return [rule, match];
  UNCONDITIONAL_AT.lastIndex = match.index;
  const again = UNCONDITIONAL_AT.exec(sentence);
  const other = again ? matchedRule(again, UNCONDITIONAL) : undefined;
  return again && other ? [other, again] : null;
}

/** Where the spaces right before `index` start, if a word ends there at or after `from` (where the scan began). */
function spacesStart(sentence: string, index: number, from: number): number {
  let start = index;
  while (start > 0 && /\s/.test(sentence[start - 1] as string)) start--;
  return start < index && start >= from && start > 0 && /\w/.test(sentence[start - 1] as string) ? start : index;
}

/** Every outcome cue in a sentence, left to right, non-overlapping (longest alternative first). */
export function findOutcomeCues(sentence: string): OutcomeCue[] {
  const cues: OutcomeCue[] = [];
  const alternatives = CAPTIVE_WORDS.test(sentence) ? WITH_CAPTIVES : WITHOUT_CAPTIVES;
  for (let from = 0, found = alternatives.exec(sentence, 0); found; found = alternatives.exec(sentence, from)) {
    const ruled = ruleOf(sentence, found.match, found.rules);
    if (!ruled) {
      from = found.match.index + 1;
      continue;
    }
    const [rule, match] = ruled;
    const end = match.index + match[0].length;
    const scanFrom = from;
    from = end;
    if (/^hospital$/i.test(match[0]) && (isHospitalModifier(sentence, end) || isHideout(sentence, match.index) || isHospitalTarget(sentence, match.index))) continue;
    const start = rule.spacesBefore && /^t/i.test(match[0]) ? spacesStart(sentence, match.index, scanFrom) : match.index;
    const text = sentence.slice(start, end);
    const cue: OutcomeCue = { start, end, text, outcome: rule.outcome, role: rule.role, manner: rule.manner ?? null };
    if (rule.accepts) cue.accepts = rule.accepts;
    if (isNonEvent(sentence, start, text)) cue.nonEvent = true;
    cues.push(cue);
  }
  const presence = [...findPresenceCues(sentence), ...findHideoutCues(sentence)].filter((p) => !cues.some((c) => c.start < p.end && p.start < c.end));
  if (cues.length === 0 && presence.length === 0) return findHeadlinePresenceCues(sentence);
  return presence.length === 0 ? cues : [...cues, ...presence].sort((a, b) => a.start - b.start);
}

/** A cheap test that a sentence may hold a claim at all, run before any other recogniser. */
const GATE = new RegExp(String.raw`\b(?:kill|dead|death|die[ds]?\b|dying|wound|injur|hurt|casualt|loss|missing|captur|captive|abduct|kidnap|los[et]\b|loses\b|losing|martyr|surrender|${DEPLOYMENT_GATE}|hospital|toll|murder|bodies|corpse|suffocat|asphyx|treated|execut|lives\b|slain|massacr|behead|lynch|assassin|gunned|perish|fatal|prisoner|hostage|detainee|pows?\b|${PASSIVE_HELD}|suicide|deny|denied|denies|fabricat|untrue|propaganda|baseless|groundless|\blies\b|made\s+up|inventing|medical|critical|kia\b|wia\b|mia\b|fighters\b|mercenar|destroy|eliminat|neutrali[sz]|annihilat|buri|bury|${SURRENDER_GATE}|${HIDEOUT_GATE}|${UNKNOWN_FATES_GATE})`, 'i');

export function mayHoldClaim(sentence: string): boolean {
  return GATE.test(sentence);
}
