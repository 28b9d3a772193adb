import type { Speaker } from '../contracts/claim.js';
import { titledPeople } from './titled-people.js';
import { isWhiteSpace } from './chars.js';

const PRONOUN = /^(?:he|she|they|the\s+(?:spokesman|spokeswoman|spokesperson|official|minister|president))$/i;

/** A speaker a later "he" or last name can refer back to: named in full or by organisation. */
function isMemorable(speaker: Speaker): boolean {
  return !PRONOUN.test(speaker.text) && Boolean(speaker.name?.includes(' ') || speaker.org);
}

/** Whether the last of the white-space separated words of `name` is `word` (which holds no white space), and `name` has more than it. */
function endsWithWord(name: string, word: string): boolean {
  return name.length > word.length && name.endsWith(word) && isWhiteSpace(name.charCodeAt(name.length - word.length - 1));
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

  /**
   * The latest speaker named so far for whom `wanted` holds, reading the
   * sentences it passes on the way back (a loop, not a generator: it runs for
   * every attribution and walks back over every sentence without a claim).
   */
  private latest(wanted: (speaker: Speaker) => boolean): Speaker | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i] as Speaker | UnreadSentence;
      if (!(entry instanceof UnreadSentence)) {
        if (wanted(entry)) return entry;
        continue;
      }
      entry.people ??= titledPeople(entry.text).filter(isMemorable);
      for (let k = entry.people.length - 1; k >= 0; k--) if (wanted(entry.people[k] as Speaker)) return entry.people[k];
    }
    return undefined;
  }

  /** Resolves "Kirby" or "he" to the speaker named earlier in the document. */
  resolve(speaker: Speaker): Speaker {
    const text = speaker.text.trim();
    if (PRONOUN.test(text)) {
      const wanted = /^they$/i.test(text) ? (s: Speaker) => s.org !== null : (s: Speaker) => s.name !== null;
      const earlier = this.latest(wanted) ?? this.latest(() => true);
      return earlier ? { ...earlier, text } : { ...speaker, name: null, org: null };
    }
    const single = speaker.name && !speaker.name.includes(' ') ? speaker.name : null;
    if (single && !/\s/.test(single)) {
      const earlier = this.latest((s) => s.name !== null && endsWithWord(s.name, single));
      if (earlier) return { ...earlier, text };
    }
    return speaker;
  }
}
