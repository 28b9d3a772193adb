import { isPersonAndRole, isPersonName } from './appositions.js';
import { hasSpeakerHead } from './speaker-head.js';
import { stripOpening } from './openings.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';
import { DENIALS, SPEECH, SPEECH_WORDS, VERB_LIKE, speechWordsIn } from './speech-verbs.js';

/**
 * A verb of speech coordinated with the main clause's verb shares its
 * subject: "Gerasimov acknowledged the losses, and claimed that Ukraine had
 * lost 76,000", "the ministry denied the report but said 40 people were
 * killed". The speaker is the first clause's subject.
 */
const COORDINATED = new RegExp(`(?:,\\s*|\\s)(?:and|but)\\s+(?:(?:also|later|then|further|still)\\s+)?(${SPEECH})\\b`, 'iu');
/** A cheap test before the pattern: a coordinator stands before a word of speech. */
const HINT = /\s(?:and|but)\s/i;

/** Present-tense verbs of a headline's or a report's main clause that VERB_LIKE (past forms) misses. */
const PRESENT_VERBS = new Set(['admits', 'acknowledges', 'concedes', 'denies', 'rejects', 'dismisses', 'disputes', 'praises', 'condemns', 'blames']);

/** Whether a word can be the main clause's verb, after its subject. */
function isClauseVerb(word: string): boolean {
  const lower = word.replace(/[,.;:]$/, '').toLowerCase();
  return VERB_LIKE.test(lower) || DENIALS.has(lower) || SPEECH_WORDS.has(lower) || PRESENT_VERBS.has(lower);
}

/** "publicly acknowledged": an adverb in -ly before the verb. */
function isAdverbBeforeVerb(words: readonly string[], k: number): boolean {
  return /^[a-z]+ly$/.test(words[k] ?? '') && isClauseVerb(words[k + 1] ?? '');
}

/**
 * The subject of a clause: its words before its first verb, with at most
 * one person-and-role apposition ("Russia's chief of the General Staff,
 * Valery Gerasimov,"); null when no verb follows a subject or another comma
 * stands in it.
 */
export function clauseSubject(clause: string): string | null {
  const words = clause.trim().split(/\s+/);
  const verbAt = words.findIndex((w, k) => k > 0 && (isClauseVerb(w) || isAdverbBeforeVerb(words, k)));
  if (verbAt < 1) return null;
  const subject = words.slice(0, verbAt).join(' ').replace(/,$/, '');
  const parts = subject.split(/,\s*/);
  if (parts.length === 1) return subject;
  return parts.length === 2 && isNameBesideRole(parts[0] as string, parts[1] as string) ? subject : null;
}

/** "Russia's chief of the General Staff, Valery Gerasimov": a role that may open on a possessive, beside a name. */
function isNameBesideRole(first: string, second: string): boolean {
  if (isPersonAndRole(first, second)) return true;
  const [name, role] = isPersonName(second) ? [second, first] : [first, second];
  return isPersonName(name) && /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(role) && !/\d/.test(role) && role.split(/\s+/).length <= 10 && hasSpeakerHead(role);
}

/** A word of speech after a determiner is a noun ("declined to give its own estimate"): the clause has no other speaker. */
const NOUN_BEFORE = /\b(?:the|a|an|its|their|his|her|own|this|that|these|those|any|no)\s+$/i;

function hasSpeechVerb(text: string): boolean {
  return speechWordsIn(text).some(({ index }) => !NOUN_BEFORE.test(text.slice(Math.max(0, index - 8), index)));
}

export function coordinatedAttribution(sentence: string): Attribution | null {
  if (!HINT.test(sentence)) return null;
  const found = COORDINATED.exec(sentence);
  const verb = found?.[1];
  if (!found || !verb || /ing$/i.test(verb)) return null;
  const clause = stripOpening(sentence.slice(0, found.index)).trimStart();
  // Another verb of speech before the coordinator could be the one the second verb shares a subject with.
  const subject = clauseSubject(clause);
  if (subject === null) return null;
  if (hasSpeechVerb(clause.slice(subject.length + 1))) return null;
  return speakerAttribution(sentence, subject, verb, null, found.index - clause.length);
}
