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
const HINT = /\b(?:found|finds|conclude[ds])\b/i;

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

/** Nouns of what is made rather than who makes it: a study's or an investigation's maker speaks through it. */
const MADE_NOUNS = new Set(['inquiry', 'inquiries', 'investigation', 'investigations', 'probe', 'study', 'studies', 'report', 'review', 'survey', 'audit', 'analysis', 'examination']);
const NOT_A_MAKER = /^(?:an?|the|its|their|new|own|independent|joint|latest|internal|separate|preliminary|final|initial|recent)$/i;

/**
 * Who made a finding: "an investigation by The Associated Press", "A Globe
 * investigation", "An Amnesty International report" are the AP's, the
 * Globe's and Amnesty's word, so that they are one speaker with "the AP".
 * Null for a body that finds itself ("the UN commission") or a maker not named.
 */
function makerOf(body: string): string | null {
  const words = body.split(/\s+/);
  const after = words.findIndex((w, k) => k > 0 && /^(?:by|from)$/i.test(w));
  if (after > 0 && MADE_NOUNS.has((words[after - 1] as string).toLowerCase())) return words.slice(after + 1).join(' ') || null;
  if (!MADE_NOUNS.has((words[words.length - 1] as string).toLowerCase())) return null;
  const before = words.slice(0, -1).filter((w) => !NOT_A_MAKER.test(w));
  return before.length > 0 && before.every((w) => /^\p{Lu}/u.test(w)) ? before.join(' ') : null;
}

/** A finding body as a speaker: its words, and its maker's name where it has one, also after a participle ("An investigation published in May by the AP"). */
function findingSpeaker(body: string, subject = body): Attribution['speaker'] {
  const byAfterParticiple = subject !== body && MADE_NOUNS.has((body.split(/\s+/).at(-1) ?? '').toLowerCase()) ? /\sby\s+(\S.*)$/.exec(subject.slice(body.length))?.[1] : undefined;
  const maker = byAfterParticiple ?? makerOf(body);
  if (!maker) return parseSpeaker(body);
  // A study's maker is a body (an outlet, a group, a university), even when its name is one word ("A Globe investigation").
  const parsed = parseSpeaker(maker);
  return { text: body, name: null, org: parsed.org ?? parsed.name ?? maker, country: parsed.country };
}

/** "…, an investigation by The Associated Press has found." */
const TRAILING_FINDING = /,\s*((?:an?|the)\s+[^,;]{2,100}?)\s+(?:(?:has|have|had)\s+)?(found|concluded)\s*[.!]?\s*$/iu;

function trailingFinding(sentence: string): Attribution | null {
  const found = TRAILING_FINDING.exec(sentence);
  if (!found) return null;
  const body = findingBody(withoutParticiple((found[1] as string).trim()));
  if (body === null || /\d/.test(body)) return null;
  const start = sentence.indexOf(body, found.index);
  return { speaker: findingSpeaker(body), start, end: start + body.length, verb: found[2] as string, stance: 'asserted' };
}

export function findingAttribution(sentence: string): Attribution | null {
  if (!HINT.test(sentence)) return null;
  const trailing = trailingFinding(sentence);
  if (trailing) return trailing;
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
  return { speaker: findingSpeaker(body, raw), start, end: start + body.length, verb, stance: 'asserted' };
}
