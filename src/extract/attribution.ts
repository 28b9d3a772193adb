import { coordinatedAttribution } from './coordinated-speech.js';
import { countingAttribution } from './counting-attribution.js';
import { givenFiguresAttribution } from './given-figures.js';
import { findingAttribution } from './findings.js';
import { colonSpeakerAttribution, headlineAttribution } from './headline-attribution.js';
import { findCitedSource } from './relayed-attribution.js';
import { reckoningAttribution } from './reckoning-attribution.js';
import { recordAttribution } from './record-attribution.js';
import { parseSpeaker } from './speaker-parse.js';
import { CLAIMED_KILLING, leadingCandidate, leadingVerb, parseLeading } from './leading-attribution.js';
import { stripOpening } from './openings.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';
import { SPEECH } from './speech-verbs.js';
import { relativeAttribution } from './relative-attribution.js';
import { subordinateAttribution } from './subordinate-attribution.js';
import { invertedAttribution, trailingAttribution } from './trailing-attribution.js';
import { withoutSeenBy } from './participle-phrases.js';

/**
 * Attribution: who makes the claims of a sentence, through which cue verb
 * (which gives the stance) and which channel. Chooses among the recognisers
 * of the patterns news uses: "X said" (leading-attribution), "…, X said on
 * Monday" and "…, said X" (trailing-attribution), "according to X",
 * "according to X estimates", "X, which confirmed" (here), "HUR: …"
 * (headline-attribution).
 */
export type { Attribution } from './speaker-phrase.js';
export { findVia } from './via.js';

/** A period that ends an abbreviation, not the phrase: an initial ("U.S.", "U.N.") or a title ("Lt. Gen."). */
const ABBREVIATION_BEFORE = String.raw`(?:^|[\s.])\p{Lu}|\b(?:Reps?|Sens?|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Brig|Dr|Mr|Mrs|Ms|Prof|St|No)`;
const ACCORDING = new RegExp(
  String.raw`(?:[Aa]ccording|ACCORDING)\s+(?:to|TO)\s+((?:[^,;:.]|(?<=${ABBREVIATION_BEFORE})\.){2,120}?)(?:\s*(?:[,;:]|(?<!${ABBREVIATION_BEFORE})\.)|$)`,
  'u',
);
const WHICH = new RegExp(`(?:by\\s+)?([\\p{Lu}][^,]{2,120}),\\s+which\\s+(${SPEECH})`, 'u');

const RELATIVE_CLAUSE = /\s+(?:who|whom|which|that)\s.*$/i;

/** "according to the military", "according to British estimates". */
function accordingAttribution(sentence: string): Attribution | null {
  const according = /according/i.test(sentence) ? ACCORDING.exec(sentence) : null;
  if (!according) return null;
  // "according to medical staff at the hospital who spoke to the agency": the relative clause says how, not who.
  const raw = withoutSeenBy(according[1] ?? '').replace(RELATIVE_CLAUSE, '');
  const estimates = /\s+(?:estimates?|figures|data|assessments?|count|tally|calculations)$/i.exec(raw);
  return speakerAttribution(sentence, estimates ? raw.slice(0, estimates.index) : raw, estimates ? 'estimates' : 'according to', estimates ? 'estimated' : 'asserted', according.index);
}

/** "… by South Korea's spy agency, which confirmed …". */
function whichAttribution(sentence: string): Attribution | null {
  const which = /, which/i.test(sentence) ? WHICH.exec(sentence) : null;
  if (!which) return null;
  return speakerAttribution(sentence, (which[1] ?? '').replace(/^.*\bby\s+/i, ''), which[2] ?? 'said', null, which.index);
}

/**
 * The attribution of a sentence, or null when it names no speaker. When the
 * speaker passes on what a source it cites said ("Yonhap reported, citing the
 * NIS"), the cited source is the speaker and the one who cited it the relay.
 */
export function findAttribution(sentence: string): Attribution | null {
  const cited = findCitedSource(sentence);
  const relay = cited ? directAttribution(cited.rest) : null;
  if (cited && relay && relay.speaker.text !== cited.text) {
    return { speaker: parseSpeaker(cited.text), start: cited.start, end: cited.end, verb: relay.verb, stance: relay.stance, frame: relay.frame, relay: relay.speaker };
  }
  return directAttribution(sentence);
}

/** The attribution of a sentence to whoever it names as speaking. */
function directAttribution(sentence: string): Attribution | null {
  // A reporting frame at the start ("X said on Thursday that …", "X has claimed …") names the source of the
  // claim even when an outlet or a relay is named at the end ("…, the Interfax news agency reported").
  const opening = stripOpening(sentence);
  const verb = leadingVerb(sentence, opening);
  // parseLeading is pure: a framed candidate that did not parse (or had no subject) is not tried again below.
  let leading: Attribution | null | undefined;
  if (verb && (verb.frame || CLAIMED_KILLING.test(sentence))) {
    leading = parseLeading(sentence, leadingCandidate(verb));
    if (leading) return leading;
  }
  return (
    coordinatedAttribution(sentence) ??
    accordingAttribution(sentence) ??
    reckoningAttribution(sentence) ??
    whichAttribution(sentence) ??
    relativeAttribution(sentence) ??
    invertedAttribution(sentence) ??
    trailingAttribution(sentence) ??
    (leading === undefined && verb ? parseLeading(sentence, leadingCandidate(verb)) : null) ??
    findingAttribution(sentence) ??
    subordinateAttribution(sentence) ??
    recordAttribution(sentence, opening) ??
    countingAttribution(sentence, opening) ??
    givenFiguresAttribution(sentence) ??
    headlineAttribution(sentence) ??
    colonSpeakerAttribution(sentence)
  );
}
