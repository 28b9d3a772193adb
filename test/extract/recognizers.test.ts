/**
 * Microsoft Recognizers-Text's English number cases (MIT; ../shared/eval/recognizers/README.md)
 * run through findNumbers. Every case must pass except those listed in KNOWN_DIFFERENCES, each
 * with the reason we read it differently; a listed case that starts passing fails the test too,
 * so that the list stays true.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findNumbers } from '../../src/extract/numbers.js';
import type { NumberMention } from '../../src/extract/types.js';

interface RecognizerCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; TypeName: string; Resolution: { value: string }; Start: number; End: number }>;
}

function casesOf(file: string): RecognizerCase[] {
  return JSON.parse(readFileSync(new URL(`../../../shared/eval/recognizers/${file}`, import.meta.url), 'utf8')) as RecognizerCase[];
}

const FRACTION = 'spoken fractions beyond "one fifth", "two thirds", "N and a half": not used in casualty reporting';
const COMPOUND_DENOMINATOR = 'fractions with compound denominators ("one twenty-fifth", "five hundred fifths") not supported';
const OVER_FRACTION = '"N over M" is not a fraction for us: "over" is a lower bound ("over 3,000")';
const POWER = 'powers of numbers other than ten ("1.1^23", "2.5^-1") not supported: not used in reporting (scientific notation is)';
const SPACED_MULTIPLIER = 'a multiplier letter apart from the number ("2.33 k", "1,674.5 G") is not read';
const UNIT_GLUED = 'a number written against its unit ("180ml", "29km") is a measure for us; Recognizers drops it';
const DECIMAL_COMMA = 'decimal commas ("1,3", "1.111,11", "5,00") not supported: "3,000" thousands separators win';
const FRACTION_BETWEEN_SCALES = 'a fraction between two scales ("one billion and a half million") not supported';
const EQUAL_TO = '"equal to N" is an exact number for us, not the range [N,N]';
const ORDINAL_RANGE = 'ordinals ("the tenth") are ranks, not quantities: not range ends for us';

/** NumberModel.json case index → why we read it differently. */
const NUMBER_MODEL_DIFFERENCES: ReadonlyMap<number, string> = new Map([
  [1, 'an IP address is one identifier mention, not four numbers'],
  [2, UNIT_GLUED],
  [3, UNIT_GLUED],
  [4, UNIT_GLUED],
  [5, '"May 4th" is a date mention for us (Recognizers leaves dates to its date model)'],
  [12, 'a second "and" in one number ("… and three and two thirds") is not read'],
  [18, FRACTION],
  [19, FRACTION],
  [20, 'a bare "hundred" with no number or "a" before it is not read'],
  [32, 'a sign apart from the number and mixed numbers ("- 1 4/5") not supported'],
  [40, '"10G" is a name for us, like "5G"'],
  [41, SPACED_MULTIPLIER],
  [54, SPACED_MULTIPLIER],
  [58, POWER],
  [62, 'mixed numbers ("2 1/4") are read as two numbers'],
  [70, '"twenty and three" is not one number: an "and" after tens is kept only before a fraction'],
  [71, FRACTION],
  [76, FRACTION],
  [77, FRACTION],
  [78, FRACTION],
  [79, POWER],
  [80, POWER],
  [81, POWER],
  [82, POWER],
  [83, POWER],
  [84, POWER],
  [89, '"a fifth" alone can be an ordinal ("a fifth time"): a fraction only before "of"'],
  [90, FRACTION],
  [96, COMPOUND_DENOMINATOR],
  [97, COMPOUND_DENOMINATOR],
  [98, COMPOUND_DENOMINATOR],
  [99, COMPOUND_DENOMINATOR],
  [100, COMPOUND_DENOMINATOR],
  [101, COMPOUND_DENOMINATOR],
  [102, COMPOUND_DENOMINATOR],
  [103, COMPOUND_DENOMINATOR],
  [104, COMPOUND_DENOMINATOR],
  [105, COMPOUND_DENOMINATOR],
  [106, 'a second "and" in one number ("… and thirty and two fifths") is not read'],
  [107, COMPOUND_DENOMINATOR],
  [108, COMPOUND_DENOMINATOR],
  [109, COMPOUND_DENOMINATOR],
  [110, COMPOUND_DENOMINATOR],
  [111, OVER_FRACTION],
  [112, OVER_FRACTION],
  [113, OVER_FRACTION],
  [114, OVER_FRACTION],
  [115, OVER_FRACTION],
  [116, OVER_FRACTION],
  [117, OVER_FRACTION],
  [118, OVER_FRACTION],
  [119, OVER_FRACTION],
  [120, OVER_FRACTION],
  [121, COMPOUND_DENOMINATOR],
  [123, COMPOUND_DENOMINATOR],
  [124, COMPOUND_DENOMINATOR],
  [126, COMPOUND_DENOMINATOR],
  [127, OVER_FRACTION],
  [133, COMPOUND_DENOMINATOR],
  [143, '"5/17/2018" is one date mention, not three numbers'],
  [144, 'a phone number is one identifier mention, not four numbers'],
  [146, '"1m" is one metre for us: a million only next to money or people ("$1m", "1m people")'],
  [159, DECIMAL_COMMA],
  [164, OVER_FRACTION],
  [173, 'Indian digit grouping ("12,34,567") not supported'],
  [181, '"two thirds of a million" is read as two numbers'],
  [182, FRACTION_BETWEEN_SCALES],
  [187, DECIMAL_COMMA],
  [193, SPACED_MULTIPLIER],
  [194, SPACED_MULTIPLIER],
  [200, DECIMAL_COMMA],
  [206, FRACTION_BETWEEN_SCALES],
  [207, FRACTION_BETWEEN_SCALES],
  [215, '"five hundreds" is "five" and the vague "hundreds" for us, so no proportion'],
  [223, FRACTION],
  [227, '"two millionth" is an ordinal for us (Recognizers reads the cardinal "two")'],
]);

/** NumberRangeModel.json case index → why we read it differently. */
const NUMBER_RANGE_MODEL_DIFFERENCES: ReadonlyMap<number, string> = new Map([
  [3, ORDINAL_RANGE],
  [5, ORDINAL_RANGE],
  [29, EQUAL_TO],
  [33, EQUAL_TO],
  [34, EQUAL_TO],
  [45, EQUAL_TO],
  [47, EQUAL_TO],
  [51, EQUAL_TO],
  [52, EQUAL_TO],
  [58, '"more than 2 in 5" is more than the proportion 2/5 for us (Recognizers bounds the 2, though it reads "2 in 5 or more" as a proportion)'],
  [68, EQUAL_TO],
  [69, 'Recognizers finds nothing in "from 200 to 300 in 2008" (it reads a date range there); for us it is 200–300'],
]);

/** Every case we do not pass, with the reason: the test fails if one of them starts passing. */
const KNOWN_DIFFERENCES = { numberModel: NUMBER_MODEL_DIFFERENCES, numberRangeModel: NUMBER_RANGE_MODEL_DIFFERENCES } as const;

function isClose(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameNumbers(actual: readonly number[], expected: readonly number[]): boolean {
  const sortedActual = [...actual].sort((a, b) => a - b);
  const sortedExpected = [...expected].sort((a, b) => a - b);
  return sortedActual.length === sortedExpected.length && sortedActual.every((value, index) => isClose(value, sortedExpected[index]!));
}

/** NumberModel: the values of everything but ordinals (Recognizers reads those in its OrdinalModel). */
function numberValues(input: string): number[] {
  return findNumbers(input).filter((mention) => mention.kind !== 'ordinal').map((mention) => mention.value);
}

type Interval = readonly [number | null, number | null];

/** "(20,35]" → [20, 35]; "[3965,)" → [3965, null]. Open or closed ends do not matter to us. */
function intervalOf(resolution: string): Interval {
  const match = /^[[(](-?[\d.]*),(-?[\d.]*)[\])]$/.exec(resolution);
  assert.ok(match !== null, `range resolution ${resolution}`);
  const end = (written: string | undefined) => (written === undefined || written === '' ? null : Number(written));
  return [end(match[1]), end(match[2])];
}

/** NumberRangeModel: the bounds of every bounded mention (lower, upper, range). */
function boundedIntervals(input: string): Interval[] {
  return findNumbers(input)
    .filter((mention: NumberMention) => mention.bound === 'lower' || mention.bound === 'upper' || mention.bound === 'range')
    .map((mention) => [mention.min, mention.max] as const);
}

function sameIntervals(actual: readonly Interval[], expected: readonly Interval[]): boolean {
  const key = (interval: Interval) => `${interval[0]},${interval[1]}`;
  const sortedActual = actual.map(key).sort();
  const sortedExpected = expected.map(key).sort();
  return JSON.stringify(sortedActual) === JSON.stringify(sortedExpected);
}

function checkCase(index: number, known: ReadonlyMap<number, string>, passes: boolean, describeResult: () => string): void {
  const reason = known.get(index);
  if (reason === undefined) {
    assert.ok(passes, describeResult());
  } else {
    assert.ok(!passes, `case ${index} now passes: remove it from KNOWN_DIFFERENCES ("${reason}")`);
  }
}

const numberCases = casesOf('NumberModel.json');
const rangeCases = casesOf('NumberRangeModel.json');


describe('Recognizers-Text NumberModel.json', () => {
  it('lists only real cases, each with a reason', () => {
    for (const [index, reason] of KNOWN_DIFFERENCES.numberModel) {
      assert.ok(index >= 0 && index < numberCases.length && reason.length > 0);
    }
  });
  numberCases.forEach((testCase, index) => {
    it(`#${index} ${JSON.stringify(testCase.Input)}`, () => {
      const actual = numberValues(testCase.Input);
      const expected = testCase.Results.map((result) => Number(result.Resolution.value));
      checkCase(index, KNOWN_DIFFERENCES.numberModel, sameNumbers(actual, expected), () => `expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
    });
  });
});

describe('Recognizers-Text NumberRangeModel.json', () => {
  it('lists only real cases, each with a reason', () => {
    for (const [index, reason] of KNOWN_DIFFERENCES.numberRangeModel) {
      assert.ok(index >= 0 && index < rangeCases.length && reason.length > 0);
    }
  });
  rangeCases.forEach((testCase, index) => {
    it(`#${index} ${JSON.stringify(testCase.Input)}`, () => {
      const actual = boundedIntervals(testCase.Input);
      const expected = testCase.Results.map((result) => intervalOf(result.Resolution.value));
      checkCase(index, KNOWN_DIFFERENCES.numberRangeModel, sameIntervals(actual, expected), () => `expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
    });
  });
});
