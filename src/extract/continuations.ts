import type { Speaker } from '../contracts/claim.js';
import { findPlaces } from './places.js';
import { speakerAttribution } from './speaker-phrase.js';
import { hasSpeechWord } from './speech-verbs.js';

/**
 * Sentences that carry on a speaker's words without naming the speaker: the
 * items of a list after "X said:" or "According to the statement:", a
 * sentence that opens on the number just given ("This number includes …",
 * "Of these, …"), and the claims of a statement under its header
 * ("Statement by the ministry spokesman …").
 */

/**
 * A sentence that ends on an attribution and a colon ("The army said in a
 * statement:", "According to the ministry:"): what follows is its speaker's.
 * A headline's "Details:" or "HUR:" introduces nothing said, and "He said:
 * “…”" has said what it introduces.
 */
export function carriesOver(sentence: string, attribution: { start: number; end: number; verb: string }): boolean {
  const colon = sentence.indexOf(':', attribution.end);
  if (colon < 0 || colon - attribution.end > 60 || !/^[\s"“”'‘’]*$/.test(sentence.slice(colon + 1))) return false;
  const between = sentence.slice(attribution.end, colon);
  if (/[.;!?]/.test(between)) return false;
  return /according\s+to\s*$/i.test(sentence.slice(Math.max(0, attribution.start - 14), attribution.start)) || hasSpeechWord(between);
}

const BACK_REFERENCE = /^\s*(?:(?:this|that|the)\s+(?:number|figure|toll|total|count|tally)\s+(?:includes?|included|comprises?|covers?|was|is)\b|(?:of|among)\s+(?:these|them|those|the\s+dead|the\s+victims|the\s+wounded|the\s+injured)\b|these\s+include\b|they\s+include\b)/i;

/** A sentence that opens on the number just given: "This number includes …", "Of these, …", "Among the dead …". */
export function opensOnBackReference(sentence: string): boolean {
  return BACK_REFERENCE.test(sentence);
}

const HEADER = /^\s*(?:(?:joint|official|press|full|text\s+of\s+the)\s+)?(?:statement|communiqu[eé]|press\s+release|announcement)\s+(?:by|from|of|issued\s+by)\s+([^;:!?]{3,100}?)\s*\.?\s*$/i;

/** The speaker a statement's header names: "Statement by the ministry spokesman, Dr. Ashraf al-Qidra". */
export function statementHeader(sentence: string): Speaker | null {
  if (sentence.length > 140) return null;
  const match = HEADER.exec(sentence);
  if (!match) return null;
  const speaker = speakerAttribution(sentence, match[1] ?? '', 'said', 'asserted')?.speaker ?? null;
  // "Statement from Kyiv": a place is where it came from, not who made it.
  const text = speaker?.text.replace(/^the\s+/i, '') ?? '';
  return speaker && !findPlaces(text).some((p) => p.start === 0 && p.end === text.length) ? speaker : null;
}

const LIST_MARKER = /^\s*(?:\d{1,2}[.)]|[(]?[a-z][.)]|[-•*–—▪●◦])\s*$/;
const BULLET = /^\s*[-•*–—▪●◦]\s/;

/** Whether a sentence is a list item (or a lone list marker), from the text of its line before it. */
export function isListItem(sentence: string, lineBefore: string): boolean {
  return BULLET.test(sentence) || LIST_MARKER.test(sentence) || (lineBefore.trim() !== '' && LIST_MARKER.test(lineBefore));
}

/** Whether a blank line stands between two sentences. */
export function startsParagraph(text: string, previousEnd: number, start: number): boolean {
  const between = text.slice(previousEnd, start);
  const first = between.indexOf('\n');
  return first >= 0 && between.indexOf('\n', first + 1) >= 0;
}

/** The text of a sentence's line before it when short ("2. " of a numbered item), else 'x'; at most 13 characters are looked at. */
export function lineBefore(text: string, start: number): string {
  const from = Math.max(0, start - 13);
  const near = text.slice(from, start);
  const newline = near.lastIndexOf('\n');
  return newline >= 0 ? near.slice(newline + 1) : from === 0 ? near : 'x';
}
