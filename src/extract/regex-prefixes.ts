/**
 * The first characters a case-insensitive pattern can match, read from its source: a pre-test that lets
 * a scan skip the words no alternative can start with. A superset, never less: look-arounds are read as
 * matching nothing, and every character that is no ASCII letter is one symbol, '_'. Reads the syntax
 * the cue rules use (literals, escapes, classes, groups, look-arounds, quantifiers); anything else
 * (a back-reference, a named group, a Unicode escape) gives null: "could start anywhere".
 */
export const PREFIX_DEPTH = 3;
const ANY: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', '_'];

/** What one character is to the pre-test: its lower-case ASCII letter, else '_'. */
export function prefixSymbol(code: number): string {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? String.fromCharCode(lower) : '_';
}

/** Every way of writing a prefix of `first` followed by one of `second`, cut to PREFIX_DEPTH symbols. */
function concat(first: ReadonlySet<string>, second: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const a of first) {
    if (a.length >= PREFIX_DEPTH) out.add(a);
    else for (const b of second) out.add((a + b).slice(0, PREFIX_DEPTH));
  }
  return out;
}

const QUANTIFIER = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/;

class Reader {
  index = 0;
  constructor(readonly source: string) {}

  alternation(): Set<string> {
    const out = new Set<string>();
    for (;;) {
      for (const prefix of this.sequence()) out.add(prefix);
      if (this.source[this.index] !== '|') return out;
      this.index++;
    }
  }

  /** While above zero, atoms are read for their syntax only: what follows a whole prefix cannot change it. */
  private skipping = 0;

  private sequence(): Set<string> {
    let out = new Set<string>(['']);
    let whole = false;
    while (this.index < this.source.length && this.source[this.index] !== '|' && this.source[this.index] !== ')') {
      if (whole) {
        this.skipping++;
        this.repeated(this.atom());
        this.skipping--;
        continue;
      }
      out = concat(out, this.repeated(this.atom()));
      whole = [...out].every((prefix) => prefix.length >= PREFIX_DEPTH);
    }
    return out;
  }

  /** The atom's prefixes under the quantifier after it: up to PREFIX_DEPTH repetitions past the least tell them all. */
  private repeated(atom: Set<string>): Set<string> {
    const quantifier = QUANTIFIER.exec(this.source.slice(this.index));
    if (quantifier === null) return atom;
    this.index += quantifier[0].length;
    if (this.skipping > 0) return atom;
    const [, sign, low, comma, high] = quantifier;
    const min = sign === undefined ? Number(low) : sign === '+' ? 1 : 0;
    const max = sign === '?' ? 1 : sign !== undefined || high === '' ? Infinity : comma === undefined ? min : Number(high);
    const out = new Set<string>();
    let power = new Set<string>(['']);
    for (let count = 0; count <= Math.min(max, min + PREFIX_DEPTH); count++) {
      if (count >= min) for (const prefix of power) out.add(prefix);
      power = concat(power, atom);
    }
    return out;
  }

  private atom(): Set<string> {
    const char = this.source[this.index++] as string;
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '^' || char === '$') return new Set(['']);
    if (char === '.') return new Set(ANY);
    if ('*+?{}]|'.includes(char)) throw new Error(`unread syntax at ${this.index - 1}`);
    return new Set([prefixSymbol(char.charCodeAt(0))]);
  }

  private group(): Set<string> {
    const look = /^\?<?[=!]/.exec(this.source.slice(this.index));
    const plain = this.source.startsWith('?:', this.index);
    if (look === null && !plain && this.source[this.index] === '?') throw new Error('unread group');
    this.index += look !== null ? look[0].length : plain ? 2 : 0;
    const inner = this.alternation();
    if (this.source[this.index++] !== ')') throw new Error('unclosed group');
    return look !== null ? new Set(['']) : inner;
  }

  private escape(): Set<string> {
    const char = this.source[this.index++] as string;
    if (char === 'b' || char === 'B') return new Set(['']);
    if (char === 'w' || char === 'W' || char === 'S' || char === 'D') return new Set(ANY);
    if (char === 's' || char === 'd') return new Set(['_']);
    if (/[A-Za-z0-9]/.test(char)) throw new Error(`unread escape \\${char}`);
    return new Set([prefixSymbol(char.charCodeAt(0))]);
  }

  private characterClass(): Set<string> {
    const negated = this.source[this.index] === '^';
    if (negated) this.index++;
    const out = new Set<string>();
    while (this.index < this.source.length && this.source[this.index] !== ']') {
      const char = this.source[this.index++] as string;
      if (char === '\\') {
        for (const symbol of this.escape()) out.add(symbol);
      } else if (this.source[this.index] === '-' && this.index + 1 < this.source.length && this.source[this.index + 1] !== ']') {
        const last = (this.source[this.index + 1] as string).charCodeAt(0);
        this.index += 2;
        for (let code = char.charCodeAt(0); code <= last; code++) out.add(prefixSymbol(code));
      } else {
        out.add(prefixSymbol(char.charCodeAt(0)));
      }
    }
    if (this.source[this.index++] !== ']') throw new Error('unclosed class');
    return negated ? new Set(ANY) : out;
  }
}

const read = new Map<string, ReadonlySet<string> | null>();

/** The first PREFIX_DEPTH symbols the pattern can match (fewer where it can end sooner), or null when unread. */
export function leadingPrefixes(source: string): ReadonlySet<string> | null {
  let prefixes = read.get(source);
  if (prefixes === undefined) {
    prefixes = readPrefixes(source);
    read.set(source, prefixes);
  }
  return prefixes;
}

function readPrefixes(source: string): ReadonlySet<string> | null {
  try {
    const reader = new Reader(source);
    const prefixes = reader.alternation();
    return reader.index === source.length ? prefixes : null;
  } catch {
    return null;
  }
}
