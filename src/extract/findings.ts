import { stripOpening } from './openings.js';
import { parseSpeaker } from './speaker-parse.js';
import { type Attribution, speakerAttribution } from './speaker-phrase.js';
import { VERB_LIKE } from './speech-verbs.js';

/**
 * What an inquiry, a study or a report "found" is what it says: "The inquiry
 * found that at least 80 civilians were killed", "A Reuters investigation
 * published in June found that …", "UN commission finds 200 killed". Its
 * maker, or the finding body itself, is the speaker. Anyone else who "found
 * that …" speaks too; "found 20 bodies" is a discovery, whose finder speaks
 * only when a finding body.
 */
const FINDING = /^(.{2,160}?)\s+(?:(?:has|have|had)\s+)?(?:(?:also|now|previously|earlier|later)\s+)?(found|finds|concluded|concludes)\s+(that\b)?/iu;
const HINT = /\b(?:found|finds|conclude[ds])\s/i;

/** Nouns of bodies and documents that find: the head of a finding's subject. */
const FINDING_NOUNS = new Set([
  'inquiry', 'inquiries', 'investigation', 'investigations', 'probe', 'study', 'studies', 'report', 'review', 'commission', 'panel',
  'survey', 'audit', 'analysis', 'autopsy', 'autopsies', 'tribunal', 'mission', 'committee', 'investigators', 'researchers', 'examination',
]);
/** Where a finding body's noun phrase gives way to what it is about ("an inquiry into the bloodshed") or who made it ("by the UN"). */
const AFTER_HEAD = new Set(['of', 'into', 'on', 'over', 'about', 'in', 'at', 'for', 'with', 'by', 'from']);

/** The subject without a participle after its noun ("A Reuters investigation published in June"). */
function withoutParticiple(subject: string): string[] {
  const words = subject.split(/\s+/);
  const verbAt = words.findIndex((w, k) => k > 0 && /^[a-z]/.test(w) && VERB_LIKE.test(w));
  return verbAt > 0 ? words.slice(0, verbAt) : words;
}

/** "The inquiry", "A study by the university": the body's noun phrase, or null when the subject's head finds no findings. */
function findingBody(words: readonly string[]): string | null {
  const after = words.findIndex((w, k) => k > 0 && AFTER_HEAD.has(w.toLowerCase()));
  const head = (words[after < 0 ? words.length - 1 : after - 1] ?? '').toLowerCase();
  if (!FINDING_NOUNS.has(head)) return null;
  const by = after >= 0 && /^(?:by|from)$/i.test(words[after] as string);
  return (after < 0 || by ? words : words.slice(0, after)).join(' ');
}

export function findingAttribution(sentence: string): Attribution | null {
  if (!HINT.test(sentence)) return null;
  const opening = stripOpening(sentence);
  const found = FINDING.exec(opening);
  if (!found) return null;
  const raw = (found[1] as string).trim();
  if (/[,;:]/.test(raw)) return null;
  const words = withoutParticiple(raw);
  const verb = found[2] as string;
  const from = sentence.length - opening.length;
  const body = findingBody(words);
  if (body === null) return found[3] ? speakerAttribution(sentence, words.join(' '), verb, 'asserted', from) : null;
  // A finding body's phrase is a speaker whatever its head (speaker-head lists the nouns that speak, not those that find).
  if (/\d/.test(body) || body.split(/\s+/).length > 12) return null;
  const start = sentence.indexOf(body, from);
  return { speaker: parseSpeaker(body), start, end: start + body.length, verb, stance: 'asserted' };
}
