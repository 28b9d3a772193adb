/**
 * Chains of number words read as one cardinal in the classic total/group form: "two hundred and
 * two thousand", "twenty-first", "three and a half", "two hundred point zero three", "3 million".
 */
import { type Atom, atomOf, vagueMaxOf } from './atom.js';
import { type ReadToken, type TokenType, readToken } from './number-words.js';

/** The cardinal being read, in the classic total/group form ("two hundred and two thousand"). */
export interface Chain {
  end: number;
  total: number;
  group: number;
  groupHasHundred: boolean;
  groupHasTens: boolean;
  groupHasUnit: boolean;
  lastScale: number;
  last: TokenType | 'fraction';
  multiplier: number;
  tokens: number;
  fromDigits: boolean;
  vague: boolean;
  /** A vague count's largest reading as a multiple of its smallest ("a couple" 1.5), 0 for the rule of vagueMaxOf. */
  vagueSpread: number;
  ordinal: boolean;
}

export function chainOf(end: number, group: number, fields: Partial<Chain> = {}): Chain {
  return {
    end, total: 0, group, groupHasHundred: false, groupHasTens: false, groupHasUnit: false, lastScale: Infinity,
    last: 'unit', multiplier: 1, tokens: 1, fromDigits: false, vague: false, vagueSpread: 0, ordinal: false, ...fields,
  };
}

export function singularFractionDenominator(token: ReadToken | null): number {
  if (token === null) return 0;
  if (token.type === 'half') return 2;
  if (token.type === 'quarter') return 4;
  if (token.type === 'ordinalUnit' && token.value >= 3 && token.value <= 10) return token.value;
  return 0;
}

export function isMultiplierToken(token: ReadToken): boolean {
  return token.type === 'hundred' || token.type === 'scale' || token.type === 'dozen';
}

function isSmallToken(token: ReadToken): boolean {
  return (token.type === 'unit' && token.value > 0) || token.type === 'tens' || token.type === 'digits';
}

/** "point zero three", "point seventy-one": the digits spoken after "point". */
function readSpokenDecimals(text: string, from: number): { value: number; end: number } | null {
  let digits = '';
  let end = from;
  for (;;) {
    const token = readToken(text, end);
    if (token === null || token.type !== 'unit' && token.type !== 'tens') break;
    if (token.type === 'tens') {
      const unit = readToken(text, token.end);
      if (unit !== null && unit.type === 'unit' && unit.value > 0 && unit.value < 10) {
        digits += String(token.value + unit.value);
        end = unit.end;
        continue;
      }
    }
    digits += String(token.value);
    end = token.end;
  }
  return digits === '' ? null : { value: Number(`0.${digits}`), end };
}

type Step = 'reject' | 'continue' | 'final';

/** Applies one token to the chain, mutating it only when the token is accepted. */
function applyToken(text: string, chain: Chain, token: ReadToken, inAnd: { groupAtAnd: number; mustEndInFraction: boolean } | null): Step {
  const c = chain;
  switch (token.type) {
    case 'unit':
      if (token.value === 0 || c.groupHasUnit || (c.groupHasTens && token.value >= 10) || c.vague) return 'reject';
      c.group += token.value;
      c.groupHasUnit = true;
      return 'continue';
    case 'digits':
      if (token.value === 0 || c.groupHasUnit || c.groupHasTens || c.vague) return 'reject';
      if (c.last !== 'scale' && c.last !== 'hundred' && c.last !== 'and') return 'reject';
      if (c.groupHasHundred && token.value >= 100) return 'reject';
      c.group += token.value;
      c.groupHasUnit = true;
      c.groupHasTens = true;
      return 'continue';
    case 'tens':
      if (c.groupHasTens || c.groupHasUnit || c.vague) return 'reject';
      c.group += token.value;
      c.groupHasTens = true;
      return 'continue';
    case 'hundred':
      if (c.groupHasHundred || c.group <= 0 || c.group >= 1000 || inAnd?.mustEndInFraction) return 'reject';
      c.group *= 100;
      c.groupHasHundred = true;
      c.groupHasUnit = false;
      c.groupHasTens = false;
      c.multiplier = Math.max(c.multiplier, 100);
      return 'continue';
    case 'scale':
      if (inAnd?.mustEndInFraction) return 'reject';
      if (c.group > 0) {
        if (token.value >= c.lastScale) return 'reject';
        c.total += c.group * token.value;
        c.group = 0;
        c.lastScale = token.value;
      } else if (c.last === 'scale' && c.total > 0 && token.value > c.lastScale) {
        // "a thousand million", "three lakh crore": a scale of scales.
        c.total *= token.value;
        c.lastScale *= token.value;
      } else {
        return 'reject';
      }
      c.groupHasHundred = false;
      c.groupHasTens = false;
      c.groupHasUnit = false;
      c.multiplier = Math.max(c.multiplier, token.value);
      return 'continue';
    case 'dozen':
    case 'vaguePlural': {
      if (token.value !== 12 || c.group <= 0 || inAnd?.mustEndInFraction) return 'reject';
      const base = inAnd?.groupAtAnd ?? 0; // "three hundred and two dozen": only the two dozen
      c.group = base + (c.group - base) * 12;
      c.multiplier = Math.max(c.multiplier, 12);
      return 'final';
    }
    case 'fractionPlural': {
      const base = inAnd !== null ? inAnd.groupAtAnd : 0;
      if (inAnd === null && (c.groupHasHundred || c.total > 0 || c.vague)) return 'reject';
      const numerator = c.group - base;
      if (!(numerator > 0) || !Number.isInteger(numerator)) return 'reject';
      // "six million and two thirds" is a fraction of the million; "twenty and three fifths" of one.
      const whole = inAnd !== null && base === 0 && c.total > 0 ? c.lastScale : 1;
      c.group = base + (whole * numerator) / token.value;
      return 'final';
    }
    case 'half':
    case 'quarter':
    case 'ordinalUnit': {
      const denominator = singularFractionDenominator(token);
      if (c.tokens === 1 && c.group === 1 && !c.fromDigits && denominator > 0 && inAnd === null) {
        c.group = 1 / denominator; // "one fifth", "one quarter"
        return 'final';
      }
      if (token.type !== 'ordinalUnit' || inAnd?.mustEndInFraction) return 'reject';
      if (c.groupHasUnit || (c.groupHasTens && token.value >= 10)) return 'reject';
      if (c.last !== 'tens' && c.last !== 'hundred' && c.last !== 'scale' && c.last !== 'and') return 'reject';
      c.group += token.value; // "twenty-first", "one hundred and first"
      c.ordinal = true;
      return 'final';
    }
    case 'ordinalTens':
      if (c.groupHasTens || c.groupHasUnit || inAnd?.mustEndInFraction) return 'reject';
      if (c.last !== 'hundred' && c.last !== 'scale' && c.last !== 'and') return 'reject';
      c.group += token.value;
      c.ordinal = true;
      return 'final';
    case 'ordinalHundred':
      if (c.groupHasHundred || c.group <= 0 || c.group >= 100 || inAnd !== null) return 'reject';
      c.group *= 100;
      c.ordinal = true;
      return 'final';
    case 'ordinalScale':
      if (c.group <= 0 || token.value >= c.lastScale || inAnd !== null) return 'reject';
      c.total += c.group * token.value;
      c.group = 0;
      c.ordinal = true;
      return 'final';
    case 'point': {
      if (c.vague || inAnd !== null || c.last === 'fraction') return 'reject';
      const decimals = readSpokenDecimals(text, token.end);
      if (decimals === null) return 'reject';
      c.group += decimals.value;
      token.end = decimals.end;
      return 'final';
    }
    default:
      return 'reject';
  }
}

/** "and a half" / "and one half" after a number: the fraction it adds, or 0 when the words after "and" are not one. */
function readAndAFraction(text: string, afterAnd: ReadToken): { denominator: number; end: number } {
  const isOne = afterAnd.type === 'article' || (afterAnd.type === 'unit' && afterAnd.value === 1);
  if (!isOne) return { denominator: 0, end: 0 };
  const fraction = readToken(text, afterAnd.end);
  const denominator = singularFractionDenominator(fraction);
  return denominator > 0 && fraction !== null ? { denominator, end: fraction.end } : { denominator: 0, end: 0 };
}

/** Reads number words (and small integers after scales) after the chain's first token. */
export function extendChain(text: string, start: Chain): Chain {
  let chain = start;
  let beforeAnd: Chain | null = null;
  let inAnd: { groupAtAnd: number; mustEndInFraction: boolean } | null = null;
  let rejected: TokenType | null = null;
  for (;;) {
    const token = readToken(text, chain.end);
    if (token === null) break;
    if (token.type === 'and') {
      if (inAnd !== null) {
        rejected = token.type;
        break;
      }
      const afterAnd = readToken(text, token.end);
      if (afterAnd === null) break;
      const fraction = readAndAFraction(text, afterAnd);
      if (fraction.denominator > 0) {
        if (chain.group > 0) chain.group += 1 / fraction.denominator; // "two and a half"
        else if (chain.last === 'scale') chain.total += chain.lastScale / fraction.denominator; // "3 million and a half"
        else break;
        chain.groupHasUnit = true;
        chain.groupHasTens = true;
        chain.end = fraction.end;
        chain.last = 'fraction';
        chain.tokens += 3;
        continue;
      }
      if (!isSmallToken(afterAnd)) break;
      // An "and" is kept only if what follows proves it: after "hundred" or a scale a smaller
      // number may follow ("three hundred and six"); otherwise only a fraction ("twenty and three fifths").
      beforeAnd = { ...chain };
      inAnd = { groupAtAnd: chain.group, mustEndInFraction: chain.last !== 'hundred' && chain.last !== 'scale' };
      if (inAnd.mustEndInFraction) {
        chain.groupHasUnit = false;
        chain.groupHasTens = false;
      }
      chain.end = token.end;
      chain.last = 'and';
      chain.tokens++;
      continue;
    }
    const step = applyToken(text, chain, token, inAnd);
    if (step === 'reject') {
      rejected = token.type;
      break;
    }
    chain.end = token.end;
    chain.tokens++;
    chain.last = token.type;
    if (token.type === 'fractionPlural') {
      inAnd = null;
      beforeAnd = null;
    } else if (inAnd !== null && !inAnd.mustEndInFraction && (token.type === 'hundred' || token.type === 'scale')) {
      inAnd = null; // "two thousand and two hundred": the "and" is proven
      beforeAnd = null;
    }
    if (step === 'final') break;
  }
  const rejectedMultiplier = rejected === 'hundred' || rejected === 'scale' || rejected === 'dozen';
  if (beforeAnd !== null && inAnd !== null && (inAnd.mustEndInFraction || chain.last === 'and' || rejectedMultiplier)) {
    return beforeAnd;
  }
  return chain;
}

function chainValue(chain: Chain): number {
  return chain.total + chain.group;
}

export function atomFromChain(start: number, chain: Chain): Atom {
  const value = chainValue(chain);
  const vagueMax = !chain.vague ? null : chain.vagueSpread > 0 ? value * chain.vagueSpread : vagueMaxOf(value);
  return atomOf(start, chain.end, value, {
    multiplier: chain.multiplier,
    fromDigits: chain.fromDigits,
    vague: chain.vague,
    ordinal: chain.ordinal,
    // "three quarters", "a third", "one fifth"; not "zero point five".
    fraction: value > 0 && value < 1 && chain.last !== 'point',
    vagueMax,
  });
}
