import type { Speaker } from '../contracts/claim.js';
import type { SourcedClaim } from './input.js';
import { normaliseName, type SpeakerTable } from './speakers.js';
import { withoutRankOrHonorific } from '../extract/ranks.js';
import { BODY_KINDS } from './org-descriptors.js';

/**
 * People's names in speaker phrases: the name after a role ("Donetsk
 * regional governor Pavlo Kyrylenko"), after a comma ("the ministry
 * spokesman, Dr. Ashraf al-Qidra"), and a one-word surname written out as
 * the one full name of its document or corpus ("Lee" → "Lee Seong-kweun").
 */

/** The words of a person's name, for matching "Lee" or "Kirby" to a full name. */
export function nameWords(name: string): string[] {
  return normaliseName(name).split(' ').filter((word) => word.length > 1);
}

/** "Donetsk regional governor Pavlo Kyrylenko" → "Pavlo Kyrylenko": the capitalised words after the last lower-case role word. */
const NAME_AFTER_ROLE = /(?:^|\s)(?!(?:the|of|and|for|from|with|by|at|in)\s)\p{Ll}[\p{L}-]{2,}\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{Ll}'’-]+)$/u;

/** "the ministry spokesman, Dr. Ashraf al-Qidra" → "Ashraf al-Qidra": a name set after its role by a comma, an honorific dropped. */
const NAME_APPOSED = /,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Brig|Gen|Col|Maj|Lt|Capt|Sgt|Sheikh)\.?\s+){0,2}((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}(?:\p{Ll}{1,3}-)?\p{Lu}[\p{Ll}'’-]+)$/u;

export function personNameOf(speaker: Speaker): string | null {
  const text = speaker.text.trim();
  const afterRole = NAME_AFTER_ROLE.exec(text)?.[1];
  // "the monitoring group Airwars", "medical charity MSF": a name after a kind of body is the body's (the name ends the text).
  const read = (afterRole && !BODY_KIND_BEFORE.test(text.slice(0, text.length - afterRole.length)) ? afterRole : null) ?? NAME_APPOSED.exec(text)?.[1] ?? null;
  // "the opposition National Unity Government": capitalised words ending on a body's noun name a body.
  return speaker.name ?? (read && !BODY_NOUN_LAST.test(read) ? read : null);
}
const BODY_KIND_BEFORE = new RegExp(String.raw`\b${BODY_KINDS}\s+$`, 'i');
const BODY_NOUN_LAST = /\s(?:Government|Council|Ministry|Committee|Agency|Office|Forces|Army|Front|Party|Movement|Union|Service|Network|Observatory|Authority|Command|Commission|Organi[sz]ation|Institute|Group|Brigade|Corps|Guard|Police|Department|Directorate|Mission|Coalition|Alliance|Center|Centre|Bureau)$/;

/** Every person's name of two or more words in the corpus and the alias table, by each of its words. */
export function corpusFullNames(items: readonly SourcedClaim[], table: SpeakerTable): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  const add = (written: string) => {
    // "Maj. Gen. Lucky Irabor" and "Lucky Irabor" are one full name for a surname to resolve to.
    const name = withoutRankOrHonorific(written);
    const words = nameWords(name);
    if (words.length < 2) return;
    for (const word of words) {
      const names = byWord.get(word);
      if (names) names.add(name);
      else byWord.set(word, new Set([name]));
    }
  };
  for (const item of items) {
    const name = item.claim.speaker ? personNameOf(item.claim.speaker) : null;
    if (name) add(name);
  }
  for (const entry of table.entries) if (entry.name) add(entry.name);
  return byWord;
}

/** "Lee" → "Lee Seong-kweun" when exactly one full name has that word, first in the same document, then in the corpus. */
export function fullNameOf(name: string, documentClaims: readonly SourcedClaim[], fullNames: ReadonlyMap<string, Set<string>>): string {
  const words = nameWords(name);
  if (words.length !== 1) return name;
  const word = words[0] ?? '';
  const inDocument = new Set(
    documentClaims
      .map((item) => (item.claim.speaker ? personNameOf(item.claim.speaker) : null))
      .filter((n): n is string => !!n && nameWords(n).length >= 2 && nameWords(n).includes(word))
      .map(withoutRankOrHonorific),
  );
  if (inDocument.size === 1) return [...inDocument][0] ?? name;
  const inCorpus = new Set([...(fullNames.get(word) ?? [])].map(normaliseName));
  return inCorpus.size === 1 ? ([...(fullNames.get(word) ?? [])][0] ?? name) : name;
}
