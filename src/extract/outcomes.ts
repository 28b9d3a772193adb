import type { Outcome } from '../contracts/claim.js';
import { isTakenCaptive } from './capture-idioms.js';
import type { Count } from './counts.js';
import { DEPLOYMENT_GATE, DEPLOYMENT_RULES, findPresenceCues } from './deployments.js';
import { isLossOf } from './loss-verbs.js';
import { isHospitalModifier, isNonEvent } from './non-events.js';

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
}

/** Number words a count of bodies may end in ("eleven bodies", "dozens of bodies"): "two UN bodies" is not one. */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand|dozen|dozens|hundreds|thousands|scores|several';
const DIE = '(?:died|die|dies|dying)';
const HURT = '(?:wounded|injured|hurt)';
const BEEN = '(?:(?:have|has|had)\\s+)?(?:been\\s+|were\\s+|was\\s+)?';

/** Longest phrases first: the alternation tries them in order at each position. */
const RULES: readonly CueRule[] = [
  // casualties: both outcomes at once
  { pattern: `(?:either\\s+)?(?:killed|dead|${DIE})\\s*(?:,|or|and|and/or)\\s+${BEEN}${HURT}`, outcome: 'casualties', role: 'either' },
  { pattern: `(?:killing|killed)\\s+(?:or|and)\\s+(?:wounding|injuring|wounded|injured)`, outcome: 'casualties', role: 'either' },
  { pattern: `(?:${HURT}|wounding|injuring)\\s+(?:or|and)\\s+(?:killed|killing)`, outcome: 'casualties', role: 'either' },
  { pattern: '(?<=\\bthe\\s+)number\\s+of\\s+(?:[a-z-]+\\s+){0,3}(?:killed|dead)\\s+(?:and|or)\\s+(?:wounded|injured)', outcome: 'casualties', role: 'toll' },
  // "450 total casualties" is a count of casualties, not a total named first.
  { pattern: '(?:combined|overall|total)\\s+(?:death\\s+)?toll|casualty\\s+tolls?|(?<!\\d\\s)(?:combined|total)\\s+(?:number\\s+of\\s+)?casualties', outcome: 'casualties', role: 'toll' },
  { pattern: 'casualties|casualty|losses', outcome: 'casualties', role: 'subject' },
  { pattern: 'lost|lose|loses|losing|loss\\s+of', outcome: 'casualties', role: 'object', accepts: isLossOf },
  // killed, with a manner
  { pattern: "(?:have|has|had)?\\s*(?:taken|took|take)\\s+(?:their|his|her)\\s+own\\s+lives?", outcome: 'killed', role: 'subject', manner: 'suicide' },
  { pattern: 'killed\\s+themselves|killing\\s+themselves|blew\\s+themselves\\s+up|blow\\s+themselves\\s+up|committed\\s+suicide', outcome: 'killed', role: 'subject', manner: 'suicide' },
  { pattern: '(?:were|was|been)\\s+executed|executions?\\s+of', outcome: 'killed', role: 'subject', manner: 'execution' },
  // killed: nouns and phrases whose victims follow ("48 killings of civilians" counts killings: the number comes first)
  { pattern: '(?<!\\d\\s)(?:killing|killings|murders?|deaths?|execution|assassination|massacre)\\s+of', outcome: 'killed', role: 'object' },
  { pattern: '(?:bodies|corpses|remains)\\s+of', outcome: 'killed', role: 'object' },
  { pattern: '(?:claimed|claiming|took|taking)\\s+the\\s+lives?\\s+of', outcome: 'killed', role: 'object' },
  { pattern: 'death\\s+tolls?|tolls?|number\\s+of\\s+(?:dead|deaths|fatalities)|(?<=\\bthe\\s+)number\\s+of\\s+(?:[a-z-]+\\s+){1,2}(?:killed|dead)', outcome: 'killed', role: 'toll' },
  { pattern: 'number\\s+of\\s+(?:injured|wounded)|(?<=\\bthe\\s+)number\\s+of\\s+(?:[a-z-]+\\s+){1,2}(?:injured|wounded|hurt)', outcome: 'wounded', role: 'toll' },
  // killed: verbs
  { pattern: 'shot\\s+(?:dead|and\\s+killed)|gunned\\s+down|beaten\\s+to\\s+death|burned\\s+to\\s+death|burnt\\s+to\\s+death|stabbed\\s+to\\s+death|hacked\\s+to\\s+death|fatally\\s+(?:shot|wounded|injured|assaulted|stabbed)|killed\\s+in\\s+action', outcome: 'killed', role: 'either' },
  { pattern: 'killing|kills|kill|slaying|massacring|murdering|executing', outcome: 'killed', role: 'object' },
  { pattern: 'killed|slain|murdered|massacred|beheaded|lynched|assassinated', outcome: 'killed', role: 'either' },
  { pattern: `${DIE}|perished|dead|deaths|fatalities|lost\\s+(?:their|his|her)\\s+lives?|kia`, outcome: 'killed', role: 'subject' },
  // victims named by what was found or done to them: "25 martyrs", "148 killings", "37 bodies were retrieved"
  { pattern: `martyrs|killings|murders|corpses|(?<=(?:\\d|\\b(?:${NUMBER_WORDS}|more|further|additional|other|unidentified|charred|decomposed|mutilated|of))\\s+)bodies`, outcome: 'killed', role: 'subject' },
  { pattern: 'martyred', outcome: 'killed', role: 'either' },
  // wounded
  { pattern: 'wounding|injuring', outcome: 'wounded', role: 'object' },
  { pattern: 'wounded|injured|hurt', outcome: 'wounded', role: 'either' },
  { pattern: '(?:sustained|suffered|sustaining|suffering)\\s+(?:\\w+\\s+)?(?:injuries|wounds|burns|suffocation|asphyxia)|injuries\\s+to', outcome: 'wounded', role: 'subject' },
  { pattern: 'suffocated|suffocation|asphyxia|hospitali[sz]ed|hospital|sought\\s+medical\\s+(?:attention|treatment|help)|(?:being|been|were|was)\\s+treated|treated\\s+for|critical\\s+(?:condition|state)|injuries|wia', outcome: 'wounded', role: 'subject' },
  // captured
  { pattern: 'taken\\s+(?:prisoner|captive|hostage)|held\\s+(?:captive|hostage)|prisoners\\s+of\\s+war|pows?', outcome: 'captured', role: 'subject' },
  { pattern: 'capture\\s+of|abduction\\s+of|kidnapping\\s+of|capturing|abducting|kidnapping', outcome: 'captured', role: 'object' },
  { pattern: 'captured|abducted|kidnapped|kidnaped|seized', outcome: 'captured', role: 'either' },
  { pattern: 'took|taken|taking|takes|take', outcome: 'captured', role: 'object', accepts: isTakenCaptive },
  // missing, surrendered
  { pattern: 'missing\\s+in\\s+action|missing|unaccounted\\s+for|mia', outcome: 'missing', role: 'subject' },
  { pattern: 'surrender\\s+of', outcome: 'surrendered', role: 'object' },
  { pattern: 'surrendered|surrendering|gave\\s+themselves\\s+up', outcome: 'surrendered', role: 'subject' },
  ...DEPLOYMENT_RULES,
];

const COMPILED = new RegExp(
  `\\b(?:${RULES.map((rule) => `(${rule.pattern})`).join('|')})\\b`,
  'gi',
);

/** Every outcome cue in a sentence, left to right, non-overlapping (longest alternative first). */
export function findOutcomeCues(sentence: string): OutcomeCue[] {
  const cues: OutcomeCue[] = [];
  COMPILED.lastIndex = 0;
  for (let match = COMPILED.exec(sentence); match; match = COMPILED.exec(sentence)) {
    const index = match.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    const rule = RULES[index];
    if (!rule) continue;
    const end = match.index + match[0].length;
    if (/^hospital$/i.test(match[0]) && isHospitalModifier(sentence, end)) continue;
    cues.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      outcome: rule.outcome,
      role: rule.role,
      manner: rule.manner ?? null,
      ...(rule.accepts ? { accepts: rule.accepts } : {}),
      ...(isNonEvent(sentence, match.index, match[0]) ? { nonEvent: true } : {}),
    });
  }
  const presence = findPresenceCues(sentence).filter((p) => !cues.some((c) => c.start < p.end && p.start < c.end));
  return presence.length === 0 ? cues : [...cues, ...presence].sort((a, b) => a.start - b.start);
}

/** A cheap test that a sentence may hold a claim at all, run before any other recogniser. */
const GATE = new RegExp(String.raw`\b(?:kill|dead|death|die[ds]?\b|dying|wound|injur|hurt|casualt|loss|missing|captur|captive|abduct|kidnap|los[et]\b|loses\b|losing|martyr|surrender|${DEPLOYMENT_GATE}|hospital|toll|murder|bodies|corpse|suffocat|asphyx|treated|execut|lives\b|slain|massacr|behead|lynch|assassin|gunned|perish|fatal|prisoner|hostage|pows?\b|suicide|deny|denied|denies|medical|critical|kia\b|wia\b|mia\b)`, 'i');

export function mayHoldClaim(sentence: string): boolean {
  return GATE.test(sentence);
}
