import type { Speaker } from '../contracts/claim.js';
import { titledPeople } from './attribution.js';

const PRONOUN = /^(?:he|she|they|the\s+(?:spokesman|spokeswoman|spokesperson|official|minister|president))$/i;

/** A speaker a later "he" or last name can refer back to: named in full or by organisation. */
function isMemorable(speaker: Speaker): boolean {
  return !PRONOUN.test(speaker.text) && Boolean(speaker.name?.includes(' ') || speaker.org);
}

/** A sentence whose titled people ("spokesperson John Kirby") are read only when a reference back needs them. */
class UnreadSentence {
  people: Speaker[] | undefined;
  constructor(readonly text: string) {}
}

/**
 * The speakers named so far in one document, for "Kirby" or "he" referring
 * back. Most sentences that may name a titled person are never referred
 * back to, so they are read lazily, latest first, when a reference needs them.
 */
export class SpeakerMemory {
  /** In document order. */
  private readonly entries: Array<Speaker | UnreadSentence> = [];

  remember(speaker: Speaker): void {
    if (isMemorable(speaker)) this.entries.push(speaker);
  }

  /** The people named with a title in `sentence` (see titledPeople), to be read when needed. */
  rememberTitledPeopleIn(sentence: string): void {
    this.entries.push(new UnreadSentence(sentence));
  }

  private *latestFirst(): Generator<Speaker> {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as Speaker | UnreadSentence;
      if (!(entry instanceof UnreadSentence)) {
        yield entry;
        continue;
      }
      entry.people ??= titledPeople(entry.text).filter(isMemorable);
      for (let k = entry.people.length - 1; k >= 0; k--) yield entry.people[k] as Speaker;
    }
  }

  /** Resolves "Kirby" or "he" to the speaker named earlier in the document. */
  resolve(speaker: Speaker): Speaker {
    const text = speaker.text.trim();
    if (PRONOUN.test(text)) {
      const wanted = /^they$/i.test(text) ? (s: Speaker) => s.org !== null : (s: Speaker) => s.name !== null;
      let latest: Speaker | undefined;
      for (const earlier of this.latestFirst()) {
        latest ??= earlier;
        if (wanted(earlier)) return { ...earlier, text };
      }
      return latest ? { ...latest, text } : { ...speaker, name: null, org: null };
    }
    const single = speaker.name && !speaker.name.includes(' ') ? speaker.name : null;
    if (single) {
      for (const earlier of this.latestFirst()) if (earlier.name?.split(/\s+/).pop() === single && earlier.name !== single) return { ...earlier, text };
    }
    return speaker;
  }
}
