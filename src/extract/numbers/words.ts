/**
 * Spelled-out numbers at a candidate position: chains ("seventy-seven"), articles before
 * multipliers ("a dozen", "a few"), fractions of multipliers ("half a million"), vague plurals
 * ("tens of thousands"), ordinals ("third"); "one" as a pronoun is not a number.
 */
import { type Atom, type Lexed, atomOf, vagueMaxOf } from './atom.js';
import { isHyphenCode, isLetterAt, skipWord } from './characters.js';
import { readFollower, wordBefore } from './neighbours.js';
import { HEDGED_READING, type ReadToken, VAGUE_PLURALS_NEEDING_OF, readToken } from './number-words.js';
import { type Chain, atomFromChain, chainOf, extendChain, isMultiplierToken, singularFractionDenominator } from './word-chains.js';

/** "no one", "the one", "which one": "one" as a pronoun. */
const PRONOUN_ONE_DETERMINERS: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'which', 'whichever', 'every', 'any', 'each', 'some', 'another', 'other', 'only', 'same',
  'last', 'next', 'little', 'new', 'old', 'right', 'wrong', 'such', 'one', 'a',
]);

/** "a second", "per second": the unit of time, not the ordinal. */
const SECOND_AS_TIME_DETERMINERS: ReadonlySet<string> = new Set(['a', 'per', 'every', 'one', 'split']);
/** Words after a bare "half" that make it a part of something: "half the condos", "half of them", "half its budget". */
const HALF_OF: ReadonlySet<string> = new Set(['the', 'of', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'all', 'these', 'those', 'this', 'that', 'them', 'a', 'an']);
/** Words before a bare "half" that bound it or make it a change: "more than half", "nearly half", "cut by half". */
const HALF_BOUNDED_BY: ReadonlySet<string> = new Set(['than', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'over', 'under', 'least', 'most', 'by']);
/** Words before "half" that make it a half of a period or a game: "the first half", "the other half". */
const HALF_AS_NOUN_AFTER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'first', 'second', 'last', 'other', 'each', 'every', 'this', 'that', 'latter', 'former', 'one']);

const ONE_AS_PRONOUN_AFTER =
  /(?:['’]s(?![\p{L}])|[ \t]+another(?![\p{L}])|[ \t]+(?:by|on|after)[ \t]+(?:one|another)(?![\p{L}])|-(?:off|sided|time|way|on-one|liner|stop|shot|size)(?![\p{L}]))/iuy;
/** "Scores, and likely hundreds, of": a hedged higher reading between the word and its "of". */
const HEDGED_OF = new RegExp(String.raw`${HEDGED_READING}of\s`, 'iy');
/** "wounding scores": the object of a verb of killing or wounding. */
const CASUALTY_VERB_BEFORE = /\b(?:killing|wounding|injuring|killed|wounded|injured|kill|wound|injure)\s+$/i;

/** Whether a vague plural that wants "of" ("scores") counts people here without it. */
function vaguePluralStandsAlone(text: string, start: number, end: number): boolean {
  HEDGED_OF.lastIndex = end;
  return HEDGED_OF.test(text) || CASUALTY_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** "dozens", "hundreds of thousands", "tens of thousands", "scores of". */
function lexVaguePlural(text: string, first: ReadToken, word: string): Atom | null {
  let value = 2 * first.value;
  let unit = first.value;
  let end = first.end;
  let needsOf = VAGUE_PLURALS_NEEDING_OF.has(word);
  for (;;) {
    const of = readToken(text, end);
    if (of === null || of.type !== 'of') break;
    needsOf = false;
    const larger = readToken(text, of.end);
    if (larger === null || larger.type !== 'vaguePlural' || larger.value <= unit) break;
    value *= larger.value;
    unit = larger.value;
    end = larger.end;
  }
  if (needsOf && !vaguePluralStandsAlone(text, first.start, end)) return null;
  return atomOf(first.start, end, value, { multiplier: unit, fromDigits: false, vague: true, vagueMax: vagueMaxOf(value) });
}

/** "a hundred", "a dozen", "a few", "a handful", "a couple of", "a half", "a quarter of". */
function chainAfterArticle(text: string, article: ReadToken): Chain | null {
  const next = readToken(text, article.end);
  if (next === null) return null;
  switch (next.type) {
    case 'hundred':
    case 'scale':
    case 'dozen':
      return chainOf(article.end, 1, { groupHasUnit: true, groupHasTens: true, last: 'unit' });
    case 'vagueStarter': {
      let end = next.end;
      const couple = text.slice(next.start, next.end).toLowerCase() === 'couple';
      if (couple) {
        // "a couple of", "a couple (of) hundred"; not "a couple who".
        const after = readToken(text, next.end);
        if (after === null || (after.type !== 'of' && !isMultiplierToken(after))) return null;
        const multiplier = after.type === 'of' ? readToken(text, after.end) : null;
        if (multiplier !== null && isMultiplierToken(multiplier)) end = after.end;
      }
      // "a couple" is two or three; "a few", "a handful" below ten.
      return chainOf(end, next.value, { groupHasUnit: true, groupHasTens: true, vague: true, vagueSpread: couple ? 1.5 : 0, tokens: 2 });
    }
    case 'half': {
      // "a half-million", not "a half-hearted effort".
      const joined = isHyphenCode(text.charCodeAt(next.end)) ? readToken(text, next.end) : null;
      if (isHyphenCode(text.charCodeAt(next.end)) && (joined === null || !isMultiplierToken(joined))) return null;
      return chainOf(next.end, 0.5, { groupHasUnit: true, groupHasTens: true, groupHasHundred: true, last: 'fraction', tokens: 2 });
    }
    case 'quarter':
    case 'ordinalUnit': {
      const denominator = singularFractionDenominator(next);
      const after = readToken(text, next.end);
      if (denominator === 0 || after === null || (after.type !== 'of' && after.type !== 'scale')) return null;
      return chainOf(next.end, 1 / denominator, { groupHasUnit: true, groupHasTens: true, groupHasHundred: true, last: 'fraction', tokens: 2 });
    }
    default:
      return null;
  }
}

/** "half a million", "half-million", "quarter million": a half or quarter of the multiplier after it. */
function chainAfterFractionWord(text: string, first: ReadToken): Chain | null {
  let next = readToken(text, first.end);
  let end = first.end;
  if (next !== null && next.type === 'article' && first.type === 'half') {
    end = next.end;
    next = readToken(text, next.end);
  }
  if (next === null || (next.type !== 'scale' && next.type !== 'dozen' && next.type !== 'hundred')) return null;
  return chainOf(end, 1 / first.value, { groupHasUnit: true, groupHasTens: true, last: 'fraction' });
}

/** "half the condos", "more than half": a bare "half" as a part of something, not "the first half". */
function lexBareHalf(text: string, half: ReadToken): Atom | null {
  const before = wordBefore(text, half.start).lower;
  if (HALF_AS_NOUN_AFTER.has(before)) return null;
  const after = readFollower(text, half.end, text.length);
  const isPartOf = after !== null && after.gap === 'space' && HALF_OF.has(after.lower);
  if (!isPartOf && !HALF_BOUNDED_BY.has(before)) return null;
  return atomOf(half.start, half.end, 0.5, { fromDigits: false, fraction: true });
}

function isOneAsPronoun(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const previousWord = before.lower;
  if (PRONOUN_ONE_DETERMINERS.has(previousWord)) return true;
  // The second "one" of "one by one", "one on one".
  if ((previousWord === 'by' || previousWord === 'on') && wordBefore(text, before.start).lower === 'one') return true;
  ONE_AS_PRONOUN_AFTER.lastIndex = end;
  return ONE_AS_PRONOUN_AFTER.test(text);
}

export function lexWords(text: string, start: number, floor: number): Lexed {
  const rejected: Lexed = { atom: null, next: skipWord(text, start) };
  if (isLetterAt(text, start - 1) || start < floor) return rejected;
  const first = readToken(text, start);
  if (first === null || first.start !== start) return rejected;
  const word = text.slice(first.start, first.end).toLowerCase();
  let chain: Chain | null;
  switch (first.type) {
    case 'unit':
      chain = chainOf(first.end, first.value, { groupHasUnit: true });
      break;
    case 'tens':
      chain = chainOf(first.end, first.value, { groupHasTens: true, last: 'tens' });
      break;
    case 'vagueStarter':
      chain = chainOf(first.end, first.value, { groupHasUnit: true, groupHasTens: true, vague: true });
      break;
    case 'article':
      chain = chainAfterArticle(text, first);
      break;
    case 'half':
    case 'quarter':
      chain = chainAfterFractionWord(text, first);
      if (chain === null && first.type === 'half') {
        const atom = lexBareHalf(text, first);
        return atom === null ? rejected : { atom, next: atom.end };
      }
      break;
    case 'fold':
    case 'multiplyingVerb': {
      // "sixfold"; "doubled" says the change too.
      const verbChange = first.type === 'fold' ? null : first.value > 1 ? 'up' : 'down';
      const atom = atomOf(start, first.end, first.value, { fromDigits: false, formKind: 'multiple', verbChange });
      return { atom, next: atom.end };
    }
    case 'vaguePlural': {
      const atom = lexVaguePlural(text, first, word);
      return atom === null ? rejected : { atom, next: atom.end };
    }
    case 'ordinalUnit':
    case 'ordinalTens':
    case 'ordinalHundred': {
      if (word === 'second' && SECOND_AS_TIME_DETERMINERS.has(wordBefore(text, start).lower)) return rejected;
      const atom = atomOf(start, first.end, first.value, { fromDigits: false, ordinal: true });
      return { atom, next: atom.end };
    }
    default:
      return rejected;
  }
  if (chain === null) return rejected;
  chain = extendChain(text, chain);
  if (chain.tokens === 1 && word === 'one' && isOneAsPronoun(text, start, chain.end)) return rejected;
  const atom = atomFromChain(start, chain);
  return { atom, next: atom.end };
}
