import type { Speaker } from '../contracts/claim.js';
import { findAttribution, type Attribution } from './attribution.js';
import { isWhiteSpace } from './chars.js';
import { carriesOver, opensOnBackReference, statementHeader } from './continuations.js';
import { parseSpeaker } from './speaker-parse.js';
import { isNonState, isOfficeOf, namedBeforeIn, referenceOf, statementOwner } from './speaker-references.js';
import { hasSpeechWord } from './speech-verbs.js';
import { titledPeople } from './titled-people.js';
import { stanceSubjects } from './stance-subjects.js';

/** A speaker a later "he" or last name can refer back to: named in full or by organisation ("he" resolved to one keeps its name). */
function isMemorable(speaker: Speaker): boolean {
  return Boolean(speaker.name?.includes(' ') || speaker.org);
}

/** Whether the last of the white-space separated words of `name` is `word` (which holds no white space), and `name` has more than it. */
function endsWithWord(name: string, word: string): boolean {
  return name.length > word.length && name.endsWith(word) && isWhiteSpace(name.charCodeAt(name.length - word.length - 1));
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.name === b.name && a.org === b.org;
}

/** The owner of a report or statement a sentence names: who "it" or "the report" will be (an organisation). */
function ownerOf(sentence: string): Speaker | null {
  const owner = statementOwner(sentence);
  return owner ? { ...parseSpeaker(owner), name: null, org: owner.replace(/^the\s+/i, '') } : null;
}

/** A speaker a pronoun refers to, written out in full: a surname that referred back ("Oo") is written as the whole name. */
function writtenAs(earlier: Speaker): Speaker {
  return earlier.name && !earlier.text.includes(earlier.name) ? { ...earlier, text: earlier.name } : earlier;
}

/** Whether a sentence has a word of speech or "according": one without names no speaker for "he" to refer to. */
function mayNameSpeaker(text: string): boolean {
  return hasSpeechWord(text) || /according/i.test(text);
}

/** Where in the document something was said: its sentence and paragraph, counted from 0. */
interface At {
  sentence: number;
  paragraph: number;
}

/** A speaker named (and resolved) in a sentence that was read. */
interface Named {
  speaker: Speaker;
  at: At;
}

/**
 * A sentence read only when a reference back needs it: its titled people
 * ("spokesperson John Kirby") and the speaker it names, if any.
 */
class UnreadSentence {
  people: Speaker[] | undefined;
  speakerValue: Speaker | null | undefined;
  constructor(
    readonly text: string,
    readonly at: At,
    /** Whether its titled people are offered to "he" and last names. */
    readonly offersPeople: boolean,
  ) {}

  get speaker(): Speaker | null {
    if (this.speakerValue === undefined) {
      const found = ownerOf(this.text) ?? findAttribution(this.text)?.speaker ?? null;
      this.speakerValue = found && isMemorable(found) ? found : null;
    }
    return this.speakerValue;
  }
}

/** "it" and "the statement" look back this many sentences at most, within this paragraph or the one before. */
const IT_REACH = 1;
const STATEMENT_REACH = 3;
/** "he" and "they" read the speakers of this many sentences back ("…, according to Ko Min. Ten died, he said."); further back only those already read. */
const PRONOUN_READ = 3;
/** "the rights group" reads the speakers of this many sentences back, claims or not ("…, Amnesty International said in a report. The rights group said …"). */
const NON_STATE_READ = 8;
/** "the ministry" looks back over this many sentences at most, so that a long document stays linear. */
const OFFICE_LOOKBACK = 300;

/** An attribution that continues over the sentences after it: a list after "X said:", a statement's header. */
interface Carried {
  attribution: Attribution;
  at: At;
  /** Only list items and lone list markers continue it past its paragraph. */
  list: boolean;
  /** The entries after it checked so far for another speaker (namedSince), so that each is read once. */
  checked: number;
  /** Whether one of them named another speaker. */
  superseded: boolean;
}

/**
 * The speakers named so far in one document, for "Kirby", "he", "it", "the
 * ministry" or "the statement" referring back, and for sentences that carry
 * on a speaker's words without naming them. Most sentences are never referred
 * back to, so they are read lazily, latest first, when a reference needs them.
 */
export class SpeakerMemory {
  /** In document order. */
  private readonly entries: Array<Named | UnreadSentence> = [];
  private at: At = { sentence: -1, paragraph: 0 };
  /** The current sentence's text, where "the charity" may have been named before it ("a hospital backed by the medical charity MSF …, the charity said"). */
  private sentence = '';
  private carried: Carried | null = null;
  private header: Carried | null = null;
  /** The latest attribution of a sentence, for one that opens on its number ("This number includes …"). */
  private last: Carried | null = null;

  /**
   * Moves on to the next sentence of the document. `newParagraph` when a blank
   * line stands before it; `listItem` tells, when asked, whether it is an item
   * of a list (or a lone list marker such as "2.").
   */
  next(newParagraph: boolean, listItem: () => boolean, sentence = ''): void {
    this.at = { sentence: this.at.sentence + 1, paragraph: this.at.paragraph + (newParagraph ? 1 : 0) };
    this.sentence = sentence;
    if (this.carried && this.carried.at.paragraph !== this.at.paragraph && !(this.carried.list && listItem())) this.carried = null;
  }

  /** A speaker named in the current sentence; `sentence` and its attribution, when its words go on after it. */
  remember(speaker: Speaker, attribution?: Attribution, sentence?: string): void {
    if (isMemorable(speaker)) this.entries.push({ speaker, at: this.at });
    if (attribution && sentence !== undefined) {
      // "X has released its report, Al Jazeera reported. It said …": the report's owner, not the outlet, is "it".
      const owner = ownerOf(sentence);
      if (owner && owner.org !== speaker.org) this.entries.push({ speaker: owner, at: this.at });
      this.last = this.carry(attribution, false);
      this.carried = carriesOver(sentence, attribution) ? this.carry(attribution, true) : null;
      if (this.header && !sameSpeaker(speaker, this.header.attribution.speaker)) this.header = null;
    }
  }

  /** A sentence whose people and speaker are read only when a reference back needs them. */
  rememberSentence(sentence: string, people = true): void {
    const header = statementHeader(sentence);
    if (header) {
      this.entries.push({ speaker: header, at: this.at });
      this.header = this.carry({ speaker: header, start: 0, end: 0, verb: 'said', stance: 'asserted' }, false);
      return;
    }
    this.entries.push(new UnreadSentence(sentence, this.at, people));
  }

  /** An attribution of the current sentence to carry over; the entries after the current one are checked for another speaker. */
  private carry(attribution: Attribution, list: boolean): Carried {
    return { attribution, at: this.at, list, checked: this.entries.length, superseded: false };
  }

  /**
   * The latest speaker named so far for whom `wanted` holds, reading the
   * sentences it passes on the way back (a loop, not a generator: it runs for
   * every attribution and walks back over every sentence without a claim).
   * With `reach`, only speakers of the last `reach` sentences, in this
   * paragraph or the one before, and only the nearest one.
   */
  private latest(wanted: (speaker: Speaker) => boolean, options: { people?: boolean; reach?: number; read?: number; back?: number; mentioning?: string } = {}): Speaker | undefined {
    const { people = true, reach, read, back, mentioning } = options;
    const stop = back === undefined ? 0 : Math.max(0, this.entries.length - back);
    for (let i = this.entries.length - 1; i >= stop; i--) {
      const entry = this.entries[i] as Named | UnreadSentence;
      if (reach !== undefined && (this.at.sentence - entry.at.sentence > reach || this.at.paragraph - entry.at.paragraph > 1)) return undefined;
      if (!(entry instanceof UnreadSentence)) {
        if (wanted(entry.speaker)) return entry.speaker;
        if (reach !== undefined) return undefined;
        continue;
      }
      // Beyond `reach` and `read` a sentence is not read for its speaker: a long document stays linear.
      const speaker = reach !== undefined || (read !== undefined && this.at.sentence - entry.at.sentence <= read && mayNameSpeaker(entry.text)) ? entry.speaker : null;
      if (speaker) {
        if (wanted(speaker)) return speaker;
        if (reach !== undefined) return undefined;
      }
      if (!people) continue;
      // Its titled people are named in its text: a sentence without the word wanted (`mentioning`) names none who is wanted.
      if (mentioning !== undefined && !entry.text.includes(mentioning)) continue;
      // A sentence that made no claim offers only the people it shows taking a stance ("Serhiy Bolvinov rejected the claim").
      entry.people ??= [...(entry.offersPeople ? titledPeople(entry.text) : []), ...stanceSubjects(entry.text)].filter(isMemorable);
      for (let k = entry.people.length - 1; k >= 0; k--) if (wanted(entry.people[k] as Speaker)) return entry.people[k];
    }
    return undefined;
  }

  /**
   * Resolves "Kirby", "he", "it", "the ministry" or "the statement" to the
   * speaker named earlier in the document. Null when "it" or "the statement"
   * has no speaker just before it to refer to: saying nothing is better than
   * a guess.
   */
  resolve(speaker: Speaker): Speaker | null {
    const text = speaker.text.trim();
    const reference = referenceOf(text);
    if (reference?.kind === 'person' || reference?.kind === 'group') {
      const wanted = reference.kind === 'group' ? (s: Speaker) => s.org !== null : (s: Speaker) => s.name !== null;
      // The pronoun's text says nothing of who spoke: the speaker is written as the one it refers to, or not at all.
      const earlier = this.latest(wanted, { read: PRONOUN_READ }) ?? this.latest(() => true);
      return earlier ? writtenAs(earlier) : null;
    }
    if (reference?.kind === 'it') {
      const earlier = this.latest((s) => s.org !== null && s.name === null, { people: false, reach: IT_REACH });
      return earlier ? writtenAs(earlier) : null;
    }
    if (reference?.kind === 'statement') {
      const earlier = this.latest(() => true, { people: false, reach: STATEMENT_REACH });
      return earlier ? { ...earlier, text } : null;
    }
    if (reference?.kind === 'office') {
      const { noun } = reference;
      // "the group" after "Human Rights Watch": a group not named by its noun is the latest one outside the state.
      const earlier =
        this.latest((s) => s.org !== null && isOfficeOf(s.org, noun), { people: false, back: OFFICE_LOOKBACK }) ??
        (noun === 'group' ? this.latest((s) => s.org !== null && s.name === null && isNonState(s.org), { people: false, back: OFFICE_LOOKBACK, read: NON_STATE_READ }) : undefined);
      // The office, not the person who spoke for it.
      return this.organisationReferredTo(speaker, earlier);
    }
    if (reference?.kind === 'non-state') {
      const earlier = this.latest((s) => s.org !== null && s.name === null && isNonState(s.org), { people: false, back: OFFICE_LOOKBACK, read: NON_STATE_READ });
      return this.organisationReferredTo(speaker, earlier);
    }
    const single = speaker.name && !speaker.name.includes(' ') ? speaker.name : null;
    if (single && !/\s/.test(single)) {
      const earlier = this.latest((s) => s.name !== null && endsWithWord(s.name, single), { mentioning: single });
      if (earlier) return { ...earlier, text };
    }
    return speaker;
  }

  /** "the ministry", "the charity": the organisation named before, else the one its own sentence named before it, else the words as written. */
  private organisationReferredTo(speaker: Speaker, earlier: Speaker | undefined): Speaker {
    const text = speaker.text.trim();
    if (earlier?.org) return { text, name: null, org: earlier.org, country: earlier.country };
    const named = namedBeforeIn(this.sentence, text);
    return named ? { text, name: null, org: named, country: null } : speaker;
  }

  /**
   * The attribution a sentence that names no speaker carries over from
   * before: the items of a list after "X said:", a sentence in the same
   * paragraph after it, the claims of a statement under its header ("Statement
   * by the ministry spokesman …") until someone else is named.
   */
  carriedAttribution(sentence: string): Attribution | null {
    if (this.carried) return { ...this.carried.attribution, start: 0, end: 0 };
    const last = this.last;
    if (last && opensOnBackReference(sentence) && this.at.sentence - last.at.sentence <= 2 && this.at.paragraph - last.at.paragraph <= 1 && !this.namedSince(last)) {
      return { ...last.attribution, start: 0, end: 0 };
    }
    if (this.header && !this.namedSince(this.header)) return { ...this.header.attribution };
    return null;
  }

  /** Whether a sentence after the carried attribution's named someone else (each entry is read once). */
  private namedSince(carried: Carried): boolean {
    for (; !carried.superseded && carried.checked < this.entries.length; carried.checked++) {
      const entry = this.entries[carried.checked] as Named | UnreadSentence;
      if (entry.at.sentence <= carried.at.sentence) continue;
      const speaker = entry.speaker;
      if (speaker && !sameSpeaker(speaker, carried.attribution.speaker)) carried.superseded = true;
    }
    return carried.superseded;
  }
}
