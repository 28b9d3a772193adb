import { kindOfNoun } from './groups.js';

/**
 * "casualties among Russian troops", "40 deaths among civilians", "losses
 * among its personnel": the group after "among" is the group counted.
 */
export interface AmongGroup {
  /** The group's words as written ("Russian troops"). */
  text: string;
  /** The word that names people in it ("troops"), whose kind is the group's. */
  noun: string;
}

const AMONG = /^\s+among\s+(?:the\s+|its\s+|their\s+|our\s+|his\s+|her\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;

/** The group named by "among …" right after `end` (the outcome word's end), or null. */
export function amongGroupAfter(sentence: string, end: number): AmongGroup | null {
  const match = AMONG.exec(sentence.slice(end, end + 80));
  if (!match) return null;
  const words = (match[1] ?? '').split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (kindOfNoun(word) !== null) return { text: words.slice(0, i + 1).join(' '), noun: word };
  }
  return null;
}
