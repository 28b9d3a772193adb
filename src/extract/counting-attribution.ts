import type { Stance } from '../contracts/claim.js';
import type { Attribution } from './speaker-phrase.js';
import { speakerAttribution } from './speaker-phrase.js';

/**
 * Whoever counts the dead is the source of the count, though no verb of
 * speech names them: "the health ministry puts the toll at 412", "officials
 * placed the number of dead at 37", "rescue workers have recovered more than
 * 60 bodies", "the Red Crescent has counted 118 dead", "the mission
 * documented 2,000 civilian deaths". The subject of the counting verb, when it
 * can speak (speaker-head), is the speaker.
 */
const VERBS = 'put|puts|placed|places|placing|counted|counts|recorded|records|registered|registers|documented|documents|tallied|tallies|recovered|recovers|retrieved|retrieves|verified|verifies|estimated|estimates|revised|revises|raised|raises|lowered|lowers|updated|updates|gave|gives|given|listed|lists|putting|admitted|admits|acknowledged|acknowledges|conceded|concedes|spoke\\s+of|speaks\\s+of|spoken\\s+of';
/** Each counting verb, with the auxiliaries and adverbs before it: the subject is what comes before. */
const COUNTING_VERB = new RegExp(`\\s+(?:(?:has|have|had|is|are|was|were)\\s+)?(?:(?:also|now|so\\s+far|since|already|separately|later|earlier|first|provisionally|initially|officially|previously|originally|reportedly|subsequently|formally|publicly|recently|preliminarily)\\s+)?(${VERBS})\\s+(?=\\S)`, 'giu');
/** "An updated count", "the revised estimate": a participle right after an article is no verb of the sentence. */
const ARTICLE_BEFORE = /(?:^|\s)(?:an?|the|its|their)$/i;
/** A counting verb somewhere: most claim sentences have none, and the pattern above is then not tried. */
const HINT = new RegExp(`\\b(?:${VERBS})\\s`, 'i');

const TOLL_NOUN = String.raw`(?:toll|tolls|number|count|figure|tally|total|estimate)\b`;
/** "the U.S. toll", "a toll": a toll with its determiner and a few words before it. */
const DETERMINED_TOLL = String.raw`(?:the|its|their|his|her|a)\s+(?:[\p{L}.'’-]+\s+){0,3}${TOLL_NOUN}`;
const QUANTIFIER = String.raw`more\s+than|at\s+least|nearly|almost|about|around|over|some|up\s+to`;

/** What the verb counts: a toll, a number, bodies or deaths, or straight a number. */
const COUNTED = new RegExp(
  String.raw`^${DETERMINED_TOLL}|^(?:(?:overall|total|official|latest|death|casualty|civilian)\s+)*${TOLL_NOUN}|^(?:${QUANTIFIER}|just|only)?\s*[\d,.]+|^(?:more\s+than|at\s+least|nearly|about|around|some)?\s*(?:dozens|hundreds|thousands|scores)\b|^(?:\p{Ll}+\s+){0,2}(?:bodies|deaths|dead|killings|fatalities|casualties|killing\s+of|death\s+of)\b`,
  'iu',
);

/** "gave", "lists": verbs that give many things; they count the dead only when a toll or an outcome follows ("gave 276 dead", "gave a toll of 12"), not "gave 12 patients blood transfusions". */
const GIVING = /^(?:gave|gives|given|listed|lists)$/;
const GIVEN_TOLL = new RegExp(
  String.raw`^(?:${DETERMINED_TOLL}|(?:${QUANTIFIER})?\s*[\d,.]+\s+(?:[\p{L}-]+\s+){0,2}(?:dead|killed|deaths|fatalities|martyrs|wounded|injured|casualties|missing))`,
  'iu',
);

const STANCE_OF_COUNTING: Record<string, Stance> = { estimated: 'estimated', estimates: 'estimated', verified: 'confirmed', verifies: 'confirmed', documented: 'confirmed', documents: 'confirmed', admitted: 'confirmed', admits: 'confirmed', acknowledged: 'confirmed', acknowledges: 'confirmed', conceded: 'confirmed', concedes: 'confirmed' };

/** "The head of the health office, Ali Hassan,", "Airwars, the monitoring group,": a noun phrase, then one naming it again, closed by a comma. */
const APPOSITION = /^(?!(?:while|although|as)\s)[^,]{2,80},\s+(?!(?:who|which|that|whose|whom|where|when)\s)[^,]{2,80},$/iu;

/** A place or time phrase that opens the sentence before its subject. */
const FRONTED_ADVERBIAL = /^(?:at|in|near|on|outside|inside|across|around|after|during|by|since|where|when)\s/i;

/** "The Observatory, which counts deaths through a network of medics,": a subject and a relative clause about it. */
const RELATIVE_ASIDE = /^([^,]{2,80}),\s+(?:who|which|whose)\s[^,]{2,160},$/iu;

export function countingAttribution(sentence: string, opening: string): Attribution | null {
  if (!HINT.test(opening)) return null;
  for (const { subject, verb } of countingVerbsOf(opening)) {
    const phrase = subjectOf(subject);
    if (!phrase) continue;
    return speakerAttribution(sentence, phrase.text, verb, STANCE_OF_COUNTING[verb] ?? 'asserted', sentence.length - opening.length + phrase.offset);
  }
  return null;
}

/** The subject's noun phrase, and where it starts in the subject; null when the subject is a clause of its own. */
function subjectOf(subject: string): { text: string; offset: number } | null {
  if (!/,/.test(subject)) return { text: subject, offset: 0 };
  if (FRONTED_ADVERBIAL.test(subject)) {
    // "At the festival near Reim, where gunmen opened fire at dawn, rescue workers have recovered 260 bodies": a fronted place or time, then the subject.
    const lastComma = subject.lastIndexOf(',');
    return { text: subject.slice(lastComma + 1).trim(), offset: lastComma + 1 };
  }
  const relative = RELATIVE_ASIDE.exec(subject);
  if (relative) return { text: relative[1] as string, offset: 0 };
  if (!APPOSITION.test(subject)) return null;
  // "The head of the provincial health office, Ali Hassan, had put the toll at 43": a subject and its apposition;
  // "Governor Oleh Syniehubov, speaking on television, has put …": an aside, not a second name.
  const [head, aside] = subject.split(/,\s+/) as [string, string];
  return { text: /^\p{Ll}+ing\b/u.test(aside) ? head : subject.replace(/,\s*$/, ''), offset: 0 };
}

/** Each counting verb of `opening` whose object is a count, with its subject, left to right. */
function* countingVerbsOf(opening: string): Generator<{ subject: string; verb: string }> {
  COUNTING_VERB.lastIndex = 0;
  for (let m = COUNTING_VERB.exec(opening); m && m.index <= 200; m = COUNTING_VERB.exec(opening)) {
    const subject = opening.slice(0, m.index);
    if (subject.length < 2 || ARTICLE_BEFORE.test(subject)) continue;
    const verb = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
    const object = opening.slice(m.index + m[0].length);
    if (COUNTED.test(object) && (!GIVING.test(verb) || GIVEN_TOLL.test(object))) yield { subject, verb };
  }
}
