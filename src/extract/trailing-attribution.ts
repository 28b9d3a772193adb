import { type Attribution, speakerAttribution } from './speaker-phrase.js';
import { ASSERT, CONFIRM, SPEECH, SPEECH_WORD, VERB_LIKE, hasSpeechWord } from './speech-verbs.js';

/**
 * Attribution at the end of a sentence: "…, officials said on Monday",
 * "…, said the Syrian Observatory", "…, Ukraine's military intelligence
 * agency, known as HUR, said".
 */
const INVERTED = new RegExp(`,\\s*(${ASSERT}|${CONFIRM})\\s+([^,]{2,120}?)\\s*[.!]?$`, 'iu');
const VERB_FIRST = new RegExp(`^\\s*(?:also\\s+|later\\s+|further\\s+)?(${SPEECH})\\b`, 'iu');
const APPOSITION = /^\s*(?:known\s+as|also\s+known|also\s+called|who|which|whose|a|an|the\s+(?:former|head|chief|country's)|citing|quoting|according|in\s+a|on\s+\w+day|via|through|on\s+(?:telegram|twitter|x|facebook)|after|speaking|writing)\b/i;
const SPEECH_INSIDE = new RegExp(`\\b(?:${ASSERT}|that)\\b`, 'i');

/** "…, said the Syrian Observatory": only the last comma can start it. */
export function invertedAttribution(sentence: string): Attribution | null {
  const lastComma = sentence.lastIndexOf(',');
  const inverted = lastComma >= 0 && VERB_FIRST.test(sentence.slice(lastComma + 1)) ? INVERTED.exec(sentence.slice(lastComma)) : null;
  if (inverted && !/^(?:on|in|at|by|last|this|late|early|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(inverted[2] ?? '')) {
    return speakerAttribution(sentence, inverted[2] ?? '', inverted[1] ?? 'said', null, lastComma + inverted.index);
  }
  return null;
}

/**
 * "the group's Amaq news agency said on Friday": the first word of speech in
 * a comma-free segment that has a subject of 2 to 140 characters before it
 * and at most 60 characters after it.
 */
function speechInSegment(text: string): { subject: string; verb: string } | null {
  SPEECH_WORD.lastIndex = 0;
  for (let m = SPEECH_WORD.exec(text); m; m = SPEECH_WORD.exec(text)) {
    const at = m.index;
    const after = text.length - (at + m[0].length);
    if (after > 60) continue;
    if (at === 0 || !/\s/.test(text[at - 1] as string)) continue;
    const subject = text.slice(0, at).trim();
    if (subject.length < 2 || subject.length > 140 || /[—–]/.test(subject)) continue;
    return { subject, verb: m[0] };
  }
  return null;
}

/**
 * "…, officials said on Monday", also when a clause follows the attribution
 * ("…, security sources told AFP Monday, days before the elections", "…, the
 * broadcaster reported, citing a doctor"): the last three comma-separated
 * segments are tried, from the end.
 */
export function trailingAttribution(sentence: string): Attribution | null {
  const body = sentence.replace(/[.!]\s*$/, '');
  const commas: number[] = [];
  for (let i = body.indexOf(','); i >= 0; i = body.indexOf(',', i + 1)) commas.push(i);
  const bounds = [-1, ...commas, body.length];
  const segments = bounds.slice(0, -1).map((start, i) => ({ start: start + 1, text: body.slice(start + 1, bounds[i + 1]) }));
  for (let k = segments.length - 1; k >= Math.max(0, segments.length - 3); k--) {
    const segment = segments[k] as { start: number; text: string };
    if (!hasSpeechWord(segment.text)) continue;
    const verbFirst = VERB_FIRST.exec(segment.text);
    if (verbFirst) {
      // "…, Ukraine's military intelligence agency, known as HUR, said on Monday" / "Lee, who sits on …, told reporters that"
      const subject = segments.slice(0, k).reverse().find((s) => !APPOSITION.test(s.text));
      const nounPhrase = subject !== undefined && !subject.text.trim().split(/\s+/).some((w) => VERB_LIKE.test(w));
      if (subject && nounPhrase && k - segments.indexOf(subject) <= 3) {
        const found = speakerAttribution(sentence, subject.text, verbFirst[1] ?? 'said', null, subject.start);
        if (found) return found;
      }
      continue;
    }
    const match = speechInSegment(segment.text);
    if (match && !SPEECH_INSIDE.test(match.subject)) {
      const found = speakerAttribution(sentence, match.subject, match.verb, null, segment.start);
      if (found) return found;
    }
  }
  return null;
}
