import { findAttribution, type Attribution } from './attribution.js';
import { findPlaces } from './places.js';
import { hasSpeechWord } from './speech-verbs.js';

/**
 * A sentence that gives figures right after a sentence whose speaker is
 * named at its end, on the same line, with no attribution of its own: "A
 * missile hit a warehouse, the southern command wrote on Facebook. Three
 * people were killed and seven injured." The figures go on with what the
 * speaker reported. Read narrowly, since a plain next sentence is as often
 * the writer's own: the sentence must open on its count and hold no word of
 * speech or quote mark, no time, place or event clause of its own ("on
 * March 18 when a car bomb hit a mosque in Wad Madani" is a new report), and
 * the one before must end on "…, X said/wrote …" (not a quotation, not "X
 * said: …").
 */
const OPENS_ON_COUNT = /^(?:(?:another|a\s+further|at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|dozens|scores|hundreds)\b)/i;
const QUOTE_MARK = /["“”«»]/;
/** A time, or a clause of its own event ("on March 18 when a car bomb hit a mosque"): a new report, likely the writer's own. */
const OWN_CIRCUMSTANCES = /\b(?:when|after|as|while|during|since|until|before|overnight|yesterday|today|tonight|last|this|earlier|later|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/** After the speaker: its verb and a short circumstance ("wrote on Facebook", "said on Monday"), nothing more. */
const VERB_TAIL = /^\s*(?:also\s+)?(?:said|says|wrote|writes|reported|reports|posted|added|announced|stated|told\s+[\w.-]+(?:\s+[\w.-]+)?)\b[^,;:]{0,40}$/i;

/** Whether `sentence` may go on with the speaker of `previous`: the cheap tests, before any attribution is read. */
export function mayFollowOn(previous: string, sentence: string, between: string): boolean {
  return (
    !between.includes('\n') &&
    OPENS_ON_COUNT.test(sentence) &&
    !QUOTE_MARK.test(sentence) &&
    !QUOTE_MARK.test(previous) &&
    !/\baccording\b/i.test(sentence) &&
    !hasSpeechWord(sentence) &&
    !OWN_CIRCUMSTANCES.test(sentence) &&
    previous.lastIndexOf(',') > 0 &&
    // A place of its own, too, makes it a new report.
    findPlaces(sentence).length === 0
  );
}

/** The attribution at the end of `previous` that a following sentence of figures goes on with, or null. */
export function trailingSpeakerOf(previous: string): Attribution | null {
  const found = findAttribution(previous);
  if (!found || found.start === 0 || !/,\s*$/.test(previous.slice(0, found.start))) return null;
  const tail = previous.slice(found.end).replace(/[.!]\s*$/, '');
  return VERB_TAIL.test(tail) ? found : null;
}
