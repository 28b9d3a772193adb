import { PREFIX_DEPTH, leadingPrefixes } from './regex-prefixes.js';

/**
 * /\b(?:(P1)|(P2)|…)\b/gi, each rule's pattern one capture group, run as a scan of word starts: where a
 * word's first characters can begin no pattern (most words of a sentence) no regex runs; where they can,
 * a sticky regex of just the rules that start with its letter, in their order, is tried there. The match,
 * and so the rule and its priority, is the one regex's: a pattern starting with another letter cannot
 * match at that word, and as every pattern starts with a letter, `\b` before it is a word start.
 */
export interface RulePattern {
  readonly pattern: string;
}

export interface RuleMatch<Rule> {
  match: RegExpExecArray;
  /** The rules of `match`'s regex: capture group n is rules[n - 1]. */
  rules: readonly Rule[];
}

const SYMBOLS = 27; // a–z, then '_' for any other character or the end of the text

function symbolIndex(symbol: string): number {
  return symbol === '_' ? 26 : symbol.charCodeAt(0) - 97;
}

function symbolAt(text: string, index: number): number {
  if (index >= text.length) return 26;
  const lower = text.charCodeAt(index) | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : 26;
}

/** What `\w` matches without the u flag: [A-Za-z0-9_]. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function alternationSource(rules: readonly RulePattern[]): string {
  return `(?:${rules.map((rule) => `(${rule.pattern})`).join('|')})\\b`;
}

export class WordStartAlternation<Rule extends RulePattern> {
  /** When a pattern's start cannot be read: the one regex, as written. */
  private readonly whole: RegExp | null = null;
  /** starts[index of the first PREFIX_DEPTH symbols]: whether some pattern can start with them. */
  private readonly starts = new Uint8Array(SYMBOLS ** PREFIX_DEPTH);
  private readonly byLetter: Array<{ regex: RegExp; rules: readonly Rule[] } | null> = [];

  constructor(private readonly rules: readonly Rule[]) {
    const prefixes = rules.map((rule) => leadingPrefixes(rule.pattern));
    if (prefixes.some((set) => set === null || [...set].some((prefix) => prefix === '' || prefix.startsWith('_')))) {
      this.whole = new RegExp(`\\b${alternationSource(rules)}`, 'gi');
      return;
    }
    for (let letter = 0; letter < 26; letter++) {
      const symbol = String.fromCharCode(97 + letter);
      const subset = rules.filter((_, index) => [...prefixes[index]!].some((prefix) => prefix.startsWith(symbol)));
      this.byLetter.push(subset.length === 0 ? null : { regex: new RegExp(alternationSource(subset), 'iy'), rules: subset });
    }
    for (const set of prefixes) {
      for (const prefix of set!) {
        let from = 0;
        for (let depth = 0; depth < PREFIX_DEPTH; depth++) from = from * SYMBOLS + (depth < prefix.length ? symbolIndex(prefix.charAt(depth)) : 0);
        this.starts.fill(1, from, from + SYMBOLS ** (PREFIX_DEPTH - prefix.length));
      }
    }
  }

  private startsAt(text: string, index: number, first: number): boolean {
    let key = first;
    for (let depth = 1; depth < PREFIX_DEPTH; depth++) key = key * SYMBOLS + symbolAt(text, index + depth);
    return this.starts[key] === 1;
  }

  /** The first match at or after `from`, as the one regex with lastIndex `from` would find it. */
  exec(text: string, from: number): RuleMatch<Rule> | null {
    if (this.whole !== null) {
      this.whole.lastIndex = from;
      const match = this.whole.exec(text);
      return match === null ? null : { match, rules: this.rules };
    }
    const length = text.length;
    let index = from;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (!isWordCode(code)) {
        index++;
        continue;
      }
      const first = (code | 32) - 97;
      if (first >= 0 && first < 26 && (index === 0 || !isWordCode(text.charCodeAt(index - 1))) && this.startsAt(text, index, first)) {
        const letter = this.byLetter[first];
        if (letter) {
          letter.regex.lastIndex = index;
          const match = letter.regex.exec(text);
          if (match !== null) return { match, rules: letter.rules };
        }
      }
      // No match starts inside a run of word characters.
      index++;
      while (index < length && isWordCode(text.charCodeAt(index))) index++;
    }
    return null;
  }
}
