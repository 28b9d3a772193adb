import type { Stance } from '../contracts/claim.js';

/**
 * The verbs of speech news uses to attribute a claim ("said", "confirmed",
 * "estimated", "alleged"), and the stance each gives the claims it carries.
 */
export const ASSERT = 'said|says|say|saying|told|tells|tell|telling|stated|states|stating|disclosed|discloses|disclosing|noted|notes|noting|reported|reports|reporting|announced|announces|announcing|added|adds|adding|wrote|writes|posted|posts|highlighted|warned|warns|explained|insisted|revealed|reveals|showed|shows|published|released|indicated|told\\s+reporters';
export const CONFIRM = 'confirmed|confirms|confirm|confirming|verified|verifies';
const ESTIMATE = 'estimated|estimates|estimate|estimating|assessed|assesses|assess|believes|believed|believe';
const ALLEGE = 'alleged|alleges|allege|alleging|claimed|claims|claim|claiming|accused|accuses';
export const SPEECH = `${ASSERT}|${CONFIRM}|${ESTIMATE}|${ALLEGE}`;

/** The stance each verb that gives one other than 'asserted' gives, by its lower-case form. */
const STANCES = stancesByVerb([
  [CONFIRM, 'confirmed'],
  [ESTIMATE, 'estimated'],
  [ALLEGE, 'alleged'],
  ['denied|denies|deny|denying|rejected|dismissed', 'denied'],
]);

function stancesByVerb(groups: ReadonlyArray<readonly [string, Stance]>): Map<string, Stance> {
  const stances = new Map<string, Stance>();
  for (const [verbs, stance] of groups) for (const verb of verbs.split('|')) if (!stances.has(verb)) stances.set(verb, stance);
  return stances;
}

export function stanceOfVerb(verb: string): Stance {
  return STANCES.get(verb.toLowerCase()) ?? 'asserted';
}

export const SPEECH_WORDS = new Set(SPEECH.split('|').filter((w) => !w.includes('\\')));
/** A word of speech: a whole run of ASCII letters that, lower-cased, is one of SPEECH_WORDS. */
export const SPEECH_WORD = new RegExp(`(?<![A-Za-z])(?:${[...SPEECH_WORDS].join('|')})(?![A-Za-z])`, 'gi');
export const PARTICIPLES = new Set(['stating', 'saying', 'noting', 'adding', 'claiming', 'confirming', 'alleging', 'estimating', 'writing', 'disclosing', 'announcing', 'reporting']);
export const DENIALS = new Set(['denied', 'denies', 'deny', 'dismissed', 'rejected']);
/** A word that is (or looks like) a finite verb: the end of a subject. */
export const VERB_LIKE = /^(?:is|are|was|were|will|would|can|could|did|does|do|may|might|should|must|be|been|being|[a-z]+ed|came|comes|went|goes|took|takes|made|makes|gave|gives|got|gets|saw|sees|put|puts|left|began|fell|rose|ran|held|holds|brought|found|kept|lost|met|sent|became|remains|seems|appears)$/;

/** A cheap test before the segment patterns: does any word of the text say something was said? */
export function hasSpeechWord(text: string): boolean {
  SPEECH_WORD.lastIndex = 0;
  return SPEECH_WORD.test(text);
}

/** A word of speech found in a text, at `index`. */
export interface SpeechWordAt {
  index: number;
  word: string;
}

/** The words of speech of a text (SPEECH_WORD) from index `from` on, left to right. */
export function speechWordsIn(text: string, from = 0): SpeechWordAt[] {
  const found: SpeechWordAt[] = [];
  SPEECH_WORD.lastIndex = from;
  for (let m = SPEECH_WORD.exec(text); m; m = SPEECH_WORD.exec(text)) found.push({ index: m.index, word: m[0] });
  return found;
}
