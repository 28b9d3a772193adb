import { findPlaces } from './places.js';

/**
 * Whose record a phrase names: "the ministry's final count" is the
 * ministry's, "Kyrylenko's latest figures" Kyrylenko's, "its final report"
 * whoever "it" refers to. A toll is also a place's ("Gaza's death toll"):
 * a place that owns a toll is where the dead are, not who counts them.
 */
const QUALIFIERS = String.raw`(?:(?:own|latest|final|official|updated|preliminary|new|first|revised|initial|daily|provisional|running|overall|total|last|most\s+recent|detailed|earlier|previous|current|death|casualty|civilian|weekly|monthly|annual)\s+)*`;
export const RECORD_NOUNS = String.raw`count|counts|tally|toll|figures|figure|list|statement|statements|report|reports|estimate|estimates|data|numbers|records|register|database|assessment|bulletin|update|findings|investigation|inquiry|review|study|analysis|survey|audit`;
const OWNED_RECORD = new RegExp(String.raw`^(?:(?<owner>[^,;:"“”]{2,80}?)['’]s?|(?<pronoun>its|his|her|their))\s+${QUALIFIERS}(?<record>${RECORD_NOUNS})$`, 'iu');
const PRONOUN_SPEAKER: Record<string, string> = { its: 'it', his: 'he', her: 'she', their: 'they' };

export interface RecordOwner {
  /** The owner's words, or the pronoun standing for the owner ("it" for "its"). */
  owner: string;
  /** The record's noun: an estimate is estimated. */
  record: string;
}

/** The owner of a possessive record phrase; null when the phrase is none, or is a place's toll. */
export function ownerOfRecord(phrase: string): RecordOwner | null {
  if (!/['’]|\b(?:its|his|her|their)\s/i.test(phrase)) return null;
  const found = OWNED_RECORD.exec(phrase.trim());
  if (!found?.groups) return null;
  const { owner, pronoun, record } = found.groups as { owner?: string; pronoun?: string; record: string };
  if (pronoun) return { owner: PRONOUN_SPEAKER[pronoun.toLowerCase()] as string, record };
  if (!owner || (/^toll$/i.test(record) && isPlace(owner))) return null;
  return { owner, record };
}

function isPlace(owner: string): boolean {
  const name = owner.replace(/^the\s+/i, '');
  return findPlaces(name).some((place) => place.start === 0 && place.end === name.length);
}
