import { type Attribution, speakerAttribution } from './speaker-phrase.js';
import { SPEECH, VERB_LIKE } from './speech-verbs.js';

/**
 * Attribution in a clause of time or reason after the main clause: "Troops
 * deployed along the coast on Saturday, after a war monitor reported that
 * government forces had killed more than 500 civilians", "…, as the ministry
 * announced that 40 had died". The clause's subject is the speaker of what
 * follows "that"; a main clause that itself holds a claim keeps it
 * unattributed, since the clause speaks only for what follows it.
 */
const CLAUSE = new RegExp(`(?:^|[,;]\\s*|\\s)(?:after|as|when|since|while|once|because|until)\\s+((?:[^\\s,;:.]+\\s+){1,10}?)(${SPEECH})\\s+(?:(?:on|in|late|early|last)\\s+\\S+\\s+)?that\\s`, 'iu');
const CLAIM_HINT = /\d|kill|dead|death|died|wound|injur|casualt|captur|missing|dozens|hundreds|thousands/i;

export function subordinateAttribution(sentence: string): Attribution | null {
  if (!sentence.includes(' that ')) return null;
  const clause = CLAUSE.exec(sentence);
  if (!clause || CLAIM_HINT.test(sentence.slice(0, clause.index))) return null;
  const words = (clause[1] ?? '').trim().split(/\s+/);
  if (words.some((w, i) => i > 0 && VERB_LIKE.test(w)) || words.some((w) => /\d/.test(w))) return null;
  return speakerAttribution(sentence, words.join(' '), clause[2] ?? 'said', null, clause.index);
}
